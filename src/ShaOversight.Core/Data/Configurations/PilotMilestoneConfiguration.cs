using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class PilotMilestoneConfiguration : IEntityTypeConfiguration<PilotMilestone>
{
    public void Configure(EntityTypeBuilder<PilotMilestone> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Source).HasMaxLength(400);
        builder.HasVersionToken();
    }
}
