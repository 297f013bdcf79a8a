using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class SupplierListingConfiguration : IEntityTypeConfiguration<SupplierListing>
{
    public void Configure(EntityTypeBuilder<SupplierListing> builder)
    {
        builder.HasKey(l => new { l.SupplierId, l.FescListId });
        builder.HasOne(l => l.Supplier).WithMany(s => s.Listings).HasForeignKey(l => l.SupplierId);
        builder.HasOne(l => l.FescList).WithMany().HasForeignKey(l => l.FescListId).OnDelete(DeleteBehavior.Restrict);
    }
}
