using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class SavingsTargetPhaseConfiguration : IEntityTypeConfiguration<SavingsTargetPhase>
{
    public void Configure(EntityTypeBuilder<SavingsTargetPhase> builder)
    {
        builder.HasKey(p => new { p.ContractId, p.Month });
    }
}
