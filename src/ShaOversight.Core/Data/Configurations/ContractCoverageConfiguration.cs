using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class ContractCoverageConfiguration : IEntityTypeConfiguration<ContractCoverage>
{
    public void Configure(EntityTypeBuilder<ContractCoverage> builder)
    {
        builder.HasKey(c => new { c.ContractId, c.PctId });
        builder.HasOne(c => c.Pct).WithMany().HasForeignKey(c => c.PctId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.PctId);
    }
}
