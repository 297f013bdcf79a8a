namespace ShaOversight.Core.Spc;

/// <summary>A segment's centre line and limits. Nothing is rounded: round for display.</summary>
public sealed record XmrLines
{
    public required decimal Mean { get; init; }
    public required decimal MeanMovingRange { get; init; }

    /// <summary>Mean + 2.66 × mean moving range.</summary>
    public required decimal UpperProcessLimit { get; init; }

    /// <summary>Mean − 2.66 × mean moving range.</summary>
    public required decimal LowerProcessLimit { get; init; }

    /// <summary>Two-thirds of the way from the mean to the upper limit, for the 2-of-3 rule.</summary>
    public required decimal UpperTwoThirds { get; init; }

    /// <summary>Two-thirds of the way from the mean to the lower limit, for the 2-of-3 rule.</summary>
    public required decimal LowerTwoThirds { get; init; }

    public static XmrLines From(decimal mean, decimal meanMovingRange)
    {
        var reach = XmrAnalysis.LimitFactor * meanMovingRange;
        return new XmrLines
        {
            Mean = mean,
            MeanMovingRange = meanMovingRange,
            UpperProcessLimit = mean + reach,
            LowerProcessLimit = mean - reach,
            UpperTwoThirds = mean + reach * 2 / 3,
            LowerTwoThirds = mean - reach * 2 / 3,
        };
    }
}
