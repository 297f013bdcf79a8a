namespace ShaOversight.Core.Spc;

/// <summary>Which way is better for a measure. It turns special cause into improvement or concern.</summary>
public enum ImprovementDirection
{
    /// <summary>Higher is better, e.g. savings validated.</summary>
    Up,

    /// <summary>Lower is better, e.g. days a procurement spends in one stage.</summary>
    Down,

    /// <summary>Neither is better: special cause is reported as neutral.</summary>
    Neither,
}
