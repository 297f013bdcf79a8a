using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class PublishedFactConfiguration : IEntityTypeConfiguration<PublishedFact>
{
    public void Configure(EntityTypeBuilder<PublishedFact> builder)
    {
        builder.Property(f => f.Topic).HasMaxLength(100);
        builder.Property(f => f.Statement).HasMaxLength(1000);
        builder.Property(f => f.Unit).HasMaxLength(40);
        builder.Property(f => f.Source).HasMaxLength(400);
    }
}
