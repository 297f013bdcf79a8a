using System.Text.Json.Serialization;
using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Features.Savings;

/// <summary>
/// What a contract, or a roll-up of contracts, has achieved as at a date, from figures summed
/// in SQL. Every ratio is null where there is nothing to divide by, so no page shows a false 0%.
/// The ratios are worked out, not stored, so they are left out of the JSON a page hands to its circuit.
/// </summary>
public sealed record SavingsMeasures(
    decimal SavingsTarget,
    decimal TargetToDate,
    decimal ClaimedToDate,
    decimal ValidatedToDate,
    decimal FeesToDate,
    decimal FeesForTerm,
    decimal? ForecastOutturn)
{
    public static readonly SavingsMeasures None = new(0, 0, 0, 0, 0, 0, null);

    /// <summary>Claimed savings that validation has not (yet) confirmed.</summary>
    [JsonIgnore]
    public decimal ClaimedNotValidated => ClaimedToDate - ValidatedToDate;

    /// <summary>Validated savings as a share of the target phased to date.</summary>
    [JsonIgnore]
    public decimal? Achievement => TargetToDate == 0 ? null : ValidatedToDate / TargetToDate;

    /// <summary>Validated savings per pound of fees paid so far.</summary>
    [JsonIgnore]
    public decimal? ReturnOnFees => FeesToDate == 0 ? null : ValidatedToDate / FeesToDate;

    /// <summary>What was promised per pound of fees over the term (Hillingdon: £11m for £1.05m, about 10.5).</summary>
    [JsonIgnore]
    public decimal? ReturnOnFeesTarget => FeesForTerm == 0 ? null : SavingsTarget / FeesForTerm;

    /// <summary>The forecast outturn as a share of the savings target over the terms.</summary>
    public decimal? ForecastAgainstTarget => SavingsTarget == 0 || ForecastOutturn is not { } forecast ? null : forecast / SavingsTarget;

    public Rag? Rating(DashboardSettings settings) => Achievement switch
    {
        null => null,
        var achieved when achieved >= settings.GreenFrom => Rag.Green,
        var achieved when achieved >= settings.AmberFrom => Rag.Amber,
        _ => Rag.Red,
    };

    /// <summary>One contract's measures as at a date.</summary>
    /// <param name="monthsValidated">Months with a validated return up to the date.</param>
    public static SavingsMeasures ForContract(
        ContractTerms terms, DateOnly asAt, decimal targetToDate, decimal claimedToDate, decimal validatedToDate, int monthsValidated)
    {
        var termMonths = terms.TermMonths;
        var monthlyFee = terms.AnnualFee / 12m;
        // The run rate uses validated months only: a month awaiting validation is not a zero.
        decimal? forecast = monthsValidated == 0
            ? null
            : validatedToDate + validatedToDate / monthsValidated * Math.Max(0, termMonths - monthsValidated);
        return new SavingsMeasures(
            terms.SavingsTarget, targetToDate, claimedToDate, validatedToDate,
            monthlyFee * MonthsElapsed(terms.StartsOn, terms.EndsOn, asAt), monthlyFee * termMonths, forecast);
    }

    /// <summary>A roll-up adds its contracts' figures; its forecast is the sum of theirs.</summary>
    public static SavingsMeasures Sum(IEnumerable<SavingsMeasures> contracts)
    {
        var all = contracts.ToList();
        var forecasts = all.Where(c => c.ForecastOutturn is not null).ToList();
        return new SavingsMeasures(
            all.Sum(c => c.SavingsTarget), all.Sum(c => c.TargetToDate), all.Sum(c => c.ClaimedToDate), all.Sum(c => c.ValidatedToDate),
            all.Sum(c => c.FeesToDate), all.Sum(c => c.FeesForTerm),
            forecasts.Count == 0 ? null : forecasts.Sum(c => c.ForecastOutturn!.Value));
    }

    /// <summary>Months of the term that have begun by <paramref name="asAt"/>, from 0 to the whole term.</summary>
    public static int MonthsElapsed(DateOnly startsOn, DateOnly endsOn, DateOnly asAt)
    {
        if (asAt < startsOn) return 0;
        var last = asAt > endsOn ? endsOn : asAt;
        return (last.Year - startsOn.Year) * 12 + last.Month - startsOn.Month + 1;
    }
}

/// <summary>The parts of a contract its measures depend on.</summary>
public sealed record ContractTerms(decimal AnnualFee, decimal SavingsTarget, DateOnly StartsOn, DateOnly EndsOn)
{
    public int TermMonths => (EndsOn.Year - StartsOn.Year) * 12 + EndsOn.Month - StartsOn.Month + 1;
}
