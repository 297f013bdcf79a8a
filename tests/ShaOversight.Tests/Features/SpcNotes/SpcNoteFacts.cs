using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.SpcNotes;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.SpcNotes;

/// <summary>Finds the series the note tests write on, apart from those the other edit tests change.</summary>
internal static class SpcNoteFacts
{
    /// <summary>Far enough on that every seeded month is in the chart.</summary>
    public static readonly DateOnly AsAt = new(2011, 3, 31);

    /// <summary>
    /// A contract with at least this many validated months (26 lets a recalculation half way leave both
    /// segments long enough for limits), in London or outside it. Counted from the last contract, as
    /// other edit tests take the first.
    /// </summary>
    public static Task<(int Id, List<DateOnly> Validated)> LongContractAsync(this SliceFixture fixture, bool inLondon, int validatedMonths) =>
        fixture.QueryAsync(async db =>
        {
            var london = await db.Organisations.Where(o => o.Code == "Q36").Select(o => o.Id).SingleAsync();
            var id = await db.Contracts.Where(c => ((c.Buyer.ParentId ?? c.BuyerId) == london) == inLondon
                    && db.MonthlyReturns.Count(r => r.ContractId == c.Id && r.Validated != null) >= validatedMonths)
                .OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync();
            var months = await db.MonthlyReturns.Where(r => r.ContractId == id && r.Validated != null).OrderBy(r => r.Month).Select(r => r.Month).ToListAsync();
            return (id, months);
        });

    public static Task<int> OrganisationIdAsync(this SliceFixture fixture, string code) =>
        fixture.QueryAsync(db => db.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    public static async Task<SpcSeries> RegionSeriesAsync(this SliceFixture fixture, string shaCode) =>
        new(SpcSeriesKind.Region, await fixture.OrganisationIdAsync(shaCode));

    public static async Task<SpcSeries> PctSeriesAsync(this SliceFixture fixture, string pctCode) =>
        new(SpcSeriesKind.Pct, await fixture.OrganisationIdAsync(pctCode));

    public static Task<int> StoredNotesAsync(this SliceFixture fixture, SpcSeries series) =>
        fixture.QueryAsync(db => db.SpcNotes.CountAsync(n => n.SeriesKind == series.Kind && n.SeriesId == series.Id));
}
