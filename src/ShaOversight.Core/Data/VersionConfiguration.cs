using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data;

/// <summary>Shared set-up for the integer concurrency token (see AppDbContext.BumpVersions).</summary>
public static class VersionConfiguration
{
    public const string PropertyName = "Version";

    public static void HasVersionToken<T>(this EntityTypeBuilder<T> builder) where T : class =>
        builder.Property<int>(PropertyName).IsConcurrencyToken().HasDefaultValue(0).ValueGeneratedNever();
}
