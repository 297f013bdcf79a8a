using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.SpcNotes;

/// <summary>
/// Where a series belongs, for the writes: its region (whose analysts, and administrators, may
/// write its notes), its name for the audit log, and for a contract the term its months lie in.
/// </summary>
internal sealed record SeriesOwner(SpcSeries Series, string Name, int RegionId, DateOnly? StartsOn, DateOnly? EndsOn, string? ShownAsNotFound)
{
    /// <summary>What a refusal is audited against: the series, since the note may not exist yet.</summary>
    public string Target => $"the savings SPC of {Name}";

    public static string NameOf(SpcSeriesKind kind, string code) => kind switch
    {
        SpcSeriesKind.Contract => $"contract {code}",
        SpcSeriesKind.Pct => $"PCT {code}",
        _ => $"SHA {code}",
    };

    public static async Task<SeriesOwner> FindAsync(AppDbContext db, SpcSeries series, CancellationToken ct)
    {
        var id = series.Id;
        // Read as plain values, then named: one small query whichever kind of series it is.
        var found = series.Kind switch
        {
            SpcSeriesKind.Contract => await db.Contracts.Where(c => c.Id == id)
                .Select(c => new Found(c.Reference, c.Buyer.ParentId ?? c.BuyerId, c.StartsOn, c.EndsOn)).SingleOrDefaultAsync(ct),
            SpcSeriesKind.Pct => await db.Organisations.Where(o => o.Id == id && Organisation.CommissionerKinds.Contains(o.Kind) && o.ParentId != null)
                .Select(o => new Found(o.Code, o.ParentId!.Value, null, null)).SingleOrDefaultAsync(ct),
            _ => await db.Organisations.Where(o => o.Id == id && o.Kind == OrganisationKind.StrategicHealthAuthority)
                .Select(o => new Found(o.Code, o.Id, null, null)).SingleOrDefaultAsync(ct),
        } ?? throw new NotFoundException($"The {series.Kind.ToString().ToLowerInvariant()} series {id}");
        var shownAsNotFound = series.Kind switch
        {
            SpcSeriesKind.Contract => $"Contract {id}",
            SpcSeriesKind.Pct => $"PCT '{found.Code}'",
            _ => null,
        };
        return new SeriesOwner(series, NameOf(series.Kind, found.Code), found.RegionId, found.StartsOn, found.EndsOn, shownAsNotFound);
    }

    private sealed record Found(string Code, int RegionId, DateOnly? StartsOn, DateOnly? EndsOn);

    /// <summary>Row-level scope: the series' region's analysts and administrators only; the pipeline audits a refusal.</summary>
    public void DemandWrite(UserAccess user) => EditSteps.DemandWrite(user, RegionId, Target, ShownAsNotFound);

    /// <summary>
    /// The rules that need the database: a contract's note lies within its term, and a series has
    /// at most one recalculation a month (two would start the same segment twice).
    /// </summary>
    public async Task DemandMonthAsync(AppDbContext db, SpcNoteKind kind, DateOnly month, int? exceptId, CancellationToken ct)
    {
        if (StartsOn is { } starts && EndsOn is { } ends && !Contract.TermCovers(starts, ends, month))
            throw EditSteps.Invalid("Month", $"The contract runs from {starts:MMMM yyyy} to {ends:MMMM yyyy}; this month is outside its term.");
        if (kind != SpcNoteKind.Recalculation) return;
        var taken = await db.SpcNotes.AnyAsync(n => n.SeriesKind == Series.Kind && n.SeriesId == Series.Id
            && n.Kind == SpcNoteKind.Recalculation && n.Month == month && n.Id != exceptId, ct);
        if (taken)
            throw EditSteps.Invalid("Month", $"The limits are already recalculated from {month:MMMM yyyy} on this chart: change that recalculation instead.");
    }
}

/// <summary>The rules every note's form shares, written once for recording and changing.</summary>
internal static class SpcNoteRules
{
    public static void NoteText<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Say what happened: the reason or the note cannot be blank.")
            .MaximumLength(SpcNote.TextLength).WithMessage("Keep it to 500 characters: it labels the chart.");

    public static void NoteMonth<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider clock) =>
        rule.Must(m => m.Day == 1).WithMessage("A note is on a whole month: give the month, not a day.")
            .LessThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The month cannot be in the future.");
}
