using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class ChangeFeedEntryConfiguration : IEntityTypeConfiguration<ChangeFeedEntry>
{
    public void Configure(EntityTypeBuilder<ChangeFeedEntry> builder)
    {
        builder.ToTable("ChangeFeed");
        // The position is the primary key, so reading "after the last one seen" is an index seek.
        builder.HasKey(e => e.Position);
        builder.Property(e => e.Position).ValueGeneratedNever();
        builder.Property(e => e.What).HasMaxLength(ChangeFeedEntry.WhatLength);
        builder.Property(e => e.RegionIds).HasMaxLength(4000);
        builder.Property(e => e.ChangedBy).HasMaxLength(ChangeFeedEntry.ChangedByLength);
        builder.Property(e => e.Origin).HasMaxLength(ChangeFeedEntry.OriginLength);
    }
}

internal sealed class ChangeFeedHeadConfiguration : IEntityTypeConfiguration<ChangeFeedHead>
{
    public void Configure(EntityTypeBuilder<ChangeFeedHead> builder)
    {
        builder.ToTable("ChangeFeedHead");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.HasData(new ChangeFeedHead { Id = ChangeFeedHead.TheOnlyId, Position = 0 });
    }
}
