namespace ShaOversight.Core.Domain;

/// <summary>Red/amber/green rating. Stored by name so the database reads plainly.</summary>
public enum Rag
{
    Red = 0,
    Amber = 1,
    Green = 2,
}
