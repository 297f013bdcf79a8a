using System.Globalization;
using ScottPlot;

namespace ShaOversight.Core.Features.Charts;

/// <summary>
/// A monthly x axis a board reads: a label at the start of every quarter (April, July, October,
/// January), or every half year on a series longer than four years, with the year written under
/// the first label and each January, so the labels stay short enough never to crowd.
/// </summary>
public static class MonthAxis
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static double X(DateOnly month) => month.ToDateTime(TimeOnly.MinValue).ToOADate();

    public static void Apply(Plot plot, IReadOnlyList<DateOnly> months)
    {
        if (months.Count == 0) return;
        var ticks = Ticks(months);
        plot.Axes.Bottom.SetTicks([.. ticks.Select(t => X(t.Month))], [.. ticks.Select(t => t.Label)]);
        var margin = months.Count == 1 ? 20 : 10;
        plot.Axes.SetLimitsX(X(months[0]) - margin, X(months[^1]) + margin);
    }

    /// <summary>The labelled months, in order: "Apr\n2008", "Jul", "Oct", "Jan\n2009"…</summary>
    public static IReadOnlyList<(DateOnly Month, string Label)> Ticks(IReadOnlyList<DateOnly> months)
    {
        if (months.Count == 0) return [];
        var step = months.Count > 48 ? 6 : 3;
        var first = new DateOnly(months[0].Year, months[0].Month, 1);
        var ticks = new List<(DateOnly, string)>();
        for (var month = first; month <= months[^1]; month = month.AddMonths(1))
        {
            // Quarters of the financial year begin in April, July, October and January.
            if ((month.Month - 4 + 12) % step != 0) continue;
            // The year on a second line, under the first label and each January: never read as "Oct Jan".
            var withYear = ticks.Count == 0 || month.Month == 1;
            ticks.Add((month, month.ToString(withYear ? "MMM'\n'yyyy" : "MMM", EnGb)));
        }
        if (ticks.Count == 0) ticks.Add((first, first.ToString("MMM'\n'yyyy", EnGb)));
        return ticks;
    }
}
