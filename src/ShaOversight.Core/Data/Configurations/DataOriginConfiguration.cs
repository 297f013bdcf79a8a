using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class DataOriginConfiguration : IEntityTypeConfiguration<DataOrigin>
{
    public void Configure(EntityTypeBuilder<DataOrigin> builder)
    {
        builder.Property(o => o.Description).HasMaxLength(1000);
    }
}
