using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> builder)
    {
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.Source).HasMaxLength(400);
        builder.HasOne(c => c.Buyer).WithMany().HasForeignKey(c => c.BuyerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.BuyerId, c.ChangedOn });
    }
}
