using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class PilotCommentaryConfiguration : IEntityTypeConfiguration<PilotCommentary>
{
    public void Configure(EntityTypeBuilder<PilotCommentary> builder)
    {
        builder.Property(c => c.Author).HasMaxLength(200);
        builder.Property(c => c.Text).HasMaxLength(PilotCommentary.TextLength);
        builder.Property(c => c.Source).HasMaxLength(400);
    }
}
