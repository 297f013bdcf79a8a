using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class MonthlyReturnConfiguration : IEntityTypeConfiguration<MonthlyReturn>
{
    public void Configure(EntityTypeBuilder<MonthlyReturn> builder)
    {
        builder.HasIndex(r => new { r.ContractId, r.Month }).IsUnique();
        builder.HasVersionToken();
    }
}
