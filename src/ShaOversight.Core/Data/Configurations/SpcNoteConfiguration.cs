using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class SpcNoteConfiguration : IEntityTypeConfiguration<SpcNote>
{
    public void Configure(EntityTypeBuilder<SpcNote> builder)
    {
        builder.Property(n => n.SeriesKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Text).HasMaxLength(SpcNote.TextLength);
        builder.Property(n => n.Author).HasMaxLength(200);
        // Every chart reads its series' notes in one seek.
        builder.HasIndex(n => new { n.SeriesKind, n.SeriesId, n.Month });
        builder.HasVersionToken();
    }
}
