using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(40);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.GainSharePercent).HasPrecision(5, 2);
        builder.Property(c => c.Source).HasMaxLength(400);
        builder.HasOne(c => c.Buyer).WithMany().HasForeignKey(c => c.BuyerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Supplier).WithMany().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.FescList).WithMany().HasForeignKey(c => c.FescListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.ServiceAreas).WithOne().HasForeignKey(a => a.ContractId);
        builder.HasMany(c => c.Coverage).WithOne().HasForeignKey(a => a.ContractId);
        builder.HasMany(c => c.TargetPhases).WithOne().HasForeignKey(p => p.ContractId);
        builder.HasMany(c => c.Returns).WithOne(r => r.Contract).HasForeignKey(r => r.ContractId);
        builder.HasIndex(c => c.BuyerId);
        builder.ToTable(t =>
        {
            // Decimal columns are text in SQLite, so range checks on money live in validators.
            t.HasCheckConstraint("CK_Contracts_Term", "\"EndsOn\" >= \"StartsOn\"");
        });
        builder.HasVersionToken();
    }
}
