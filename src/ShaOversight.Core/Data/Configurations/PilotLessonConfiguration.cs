using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class PilotLessonConfiguration : IEntityTypeConfiguration<PilotLesson>
{
    public void Configure(EntityTypeBuilder<PilotLesson> builder)
    {
        builder.Property(l => l.Text).HasMaxLength(4000);
        builder.Property(l => l.Source).HasMaxLength(400);
    }
}
