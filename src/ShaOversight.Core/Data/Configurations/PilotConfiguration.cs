using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class PilotConfiguration : IEntityTypeConfiguration<Pilot>
{
    public void Configure(EntityTypeBuilder<Pilot> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Aim).HasMaxLength(2000);
        builder.Property(p => p.RagReason).HasMaxLength(Pilot.RagReasonLength);
        builder.Property(p => p.Source).HasMaxLength(400);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.OrganisationId).IsUnique();
        builder.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.PilotId);
        builder.HasMany(p => p.Commentary).WithOne().HasForeignKey(c => c.PilotId);
        builder.HasMany(p => p.Lessons).WithOne().HasForeignKey(l => l.PilotId);
        builder.HasVersionToken();
    }
}
