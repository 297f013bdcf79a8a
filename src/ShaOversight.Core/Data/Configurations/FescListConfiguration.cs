using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class FescListConfiguration : IEntityTypeConfiguration<FescList>
{
    public void Configure(EntityTypeBuilder<FescList> builder)
    {
        builder.Property(l => l.Code).HasMaxLength(20);
        builder.HasIndex(l => l.Code).IsUnique();
        builder.Property(l => l.Name).HasMaxLength(60);
        builder.Property(l => l.Description).HasMaxLength(400);
    }
}
