using ShaOversight.Core.Features.Facts;
using ShaOversight.Web.Components.Shared;

namespace ShaOversight.Web.Features.Facts;

/// <summary>How a quoted figure reads: £350,000 a year, £11m, 61%, 93 respondents.</summary>
public static class FactText
{
    public static string? Figure(ArticleFact fact) => (fact.Value, fact.Unit) switch
    {
        (null, _) => null,
        ({ } value, "GBP") => Pounds(value),
        ({ } value, "GBP a year") => $"{Pounds(value)} a year",
        ({ } value, "per cent") => string.Create(Formats.EnGb, $"{value:0.#}%"),
        ({ } value, { } unit) => string.Create(Formats.EnGb, $"{value:#,0.#} {unit}"),
        ({ } value, null) => value.ToString("#,0.#", Formats.EnGb),
    };

    /// <summary>Whole millions as the articles write them (£11m, £3m); smaller sums in full (£350,000).</summary>
    private static string Pounds(decimal value) => value >= 1_000_000m
        ? string.Create(Formats.EnGb, $"£{value / 1_000_000m:0.#}m")
        : Formats.MoneyInFull(value);
}
