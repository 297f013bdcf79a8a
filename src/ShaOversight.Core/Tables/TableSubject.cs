namespace ShaOversight.Core.Features.Exports;

/// <summary>What a table is about, and so which code or id a download of it must name.</summary>
public enum TableSubject
{
    England,
    Sha,
    Pct,
    Contract,
    Pilot,
}
