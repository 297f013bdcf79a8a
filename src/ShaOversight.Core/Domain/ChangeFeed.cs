namespace ShaOversight.Core.Domain;

/// <summary>
/// One committed write (an edit or an import), recorded in the write's own transaction so that
/// every instance of the app learns of it by reading the rows after the last position it has seen.
/// </summary>
public sealed class ChangeFeedEntry
{
    public const int WhatLength = 400;
    public const int ChangedByLength = 200;
    public const int OriginLength = 100;

    public long Position { get; set; }
    public required string What { get; set; }

    /// <summary>The ids of the regions the write touched, comma-separated.</summary>
    public required string RegionIds { get; set; }
    public required string ChangedBy { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The instance that wrote it, for whoever reads the table; the listener skips by position, not by this.</summary>
    public required string Origin { get; set; }
}

/// <summary>
/// The last position handed out. One row, bumped by every writer in its own transaction: the
/// bump holds the row's lock until the write commits, so positions commit in the order they
/// are given and a reader never sees a later one while an earlier one is still pending.
/// </summary>
public sealed class ChangeFeedHead
{
    public const int TheOnlyId = 1;

    public int Id { get; set; }
    public long Position { get; set; }
}
