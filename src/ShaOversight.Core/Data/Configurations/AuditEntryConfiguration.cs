using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.UserObjectId).HasMaxLength(64);
        builder.Property(e => e.UserName).HasMaxLength(200);
        builder.Property(e => e.Action).HasMaxLength(60);
        builder.Property(e => e.Target).HasMaxLength(400);
        builder.Property(e => e.Details).HasMaxLength(4000);
        builder.Property(e => e.FileHash).HasMaxLength(64);
        builder.HasIndex(e => e.At);
        // Finds an earlier load of the identical file.
        builder.HasIndex(e => e.FileHash);
    }
}
