using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class ContractServiceAreaConfiguration : IEntityTypeConfiguration<ContractServiceArea>
{
    public void Configure(EntityTypeBuilder<ContractServiceArea> builder)
    {
        builder.HasKey(a => new { a.ContractId, a.ServiceAreaId });
        builder.HasOne(a => a.ServiceArea).WithMany().HasForeignKey(a => a.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
