using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Features.Imports.Kinds;

/// <summary>
/// Contracts let under FESC, one row per contract by reference. A reference already held is
/// updated; a changed term or savings target re-phases the monthly targets.
/// </summary>
public sealed class ContractsImport : IImportKind
{
    public const string ReferenceColumn = "Reference";
    public const string TitleColumn = "Title";
    public const string BuyerColumn = "Buyer code";
    public const string SupplierColumn = "Supplier";
    public const string ListColumn = "FESC list";
    public const string AreasColumn = "Service areas";
    public const string CoversColumn = "Covers PCTs";
    public const string AwardedColumn = "Awarded on";
    public const string StartsColumn = "Starts on";
    public const string TermColumn = "Term (months)";
    public const string FeeColumn = "Annual fee (£)";
    public const string TargetColumn = "Savings target (£)";
    public const string GainShareColumn = "Gain share (%)";

    public ImportKind Kind => ImportKind.Contracts;
    public string Title => "Contracts";
    public string Description => "Contracts let under FESC, with their term, fees and savings target. A reference already held is updated.";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new(ReferenceColumn, "The contract's unique reference, up to 40 characters."),
        new(TitleColumn, "What the contract buys, in a few words."),
        new(BuyerColumn, "The organisation code of the body that let it: a PCT, an SHA or an agency."),
        new(SupplierColumn, "The supplier's name as the framework lists it, e.g. BUPA Commissioning."),
        new(ListColumn, "Micro, Macro or End-to-end."),
        new(AreasColumn, "Service area codes separated by semicolons: AP, CP, PMSR, PPE."),
        new(CoversColumn, "Codes of the PCTs it serves, separated by semicolons. Leave blank when a PCT buys for itself.", Required: false),
        new(AwardedColumn, "Date awarded, day/month/year."),
        new(StartsColumn, "First day of the term, day/month/year."),
        new(TermColumn, "Length of the term in whole months, 1 to 120."),
        new(FeeColumn, "The fee a year, in pounds."),
        new(TargetColumn, "Savings hoped for over the whole term, in pounds."),
        new(GainShareColumn, "The supplier's share of savings above target, 0 to 100."),
    ];

    public IReadOnlyList<string[]> ExampleRows { get; } =
    [
        ["FESC-5AT-002", "Demand management support", "5AT", "BUPA Commissioning", "Micro", "CP;PMSR", "", "01/03/2010", "01/04/2010", "24", "200000", "3000000", "20"],
    ];

    public async Task<ImportPlan> PlanAsync(ImportContext context, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var organisations = await context.OrganisationsAsync(cancellationToken);
        var suppliers = await db.Suppliers.ToDictionaryAsync(s => s.Name, s => s.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var lists = await db.FescLists.Select(l => new { l.Id, l.Code, l.Name }).ToListAsync(cancellationToken);
        var listChoices = new ChoiceSet<int>([.. lists.Select(l => (l.Name.Replace(" list", "", StringComparison.Ordinal), l.Id)), .. lists.Select(l => (l.Code, l.Id)), .. lists.Select(l => (l.Name, l.Id))]);
        var areas = await db.ServiceAreas.ToDictionaryAsync(a => a.Code, a => a.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var duplicates = new DuplicateRows<string>("the same reference");

        var wanted = new List<ContractRow>();
        foreach (var row in rows)
        {
            var reference = row.Required(ReferenceColumn, 40);
            var title = row.Required(TitleColumn, 300);
            var buyerCode = row.Required(BuyerColumn, 12);
            var supplierName = row.Required(SupplierColumn, 200);
            var list = row.Choice(ListColumn, required: true, listChoices);
            var areaCodes = Codes(row.Required(AreasColumn));
            var covers = Codes(row.Text(CoversColumn, 2000));
            var awarded = row.Date(AwardedColumn, required: true);
            var starts = row.Date(StartsColumn, required: true);
            var term = row.WholeNumber(TermColumn, required: true, 1, 120);
            var fee = row.Money(FeeColumn, required: true);
            var target = row.Money(TargetColumn, required: true);
            var gainShare = row.WholeNumber(GainShareColumn, required: true, 0, 100);

            int? supplierId = null;
            if (supplierName is not null)
            {
                if (suppliers.TryGetValue(supplierName, out var id)) supplierId = id;
                else row.Problem(SupplierColumn, $"{ImportProblem.Quote(supplierName)} is not a supplier on the framework. The suppliers are: {string.Join(", ", suppliers.Keys.Order())}.");
            }
            var areaIds = new List<int>();
            foreach (var code in areaCodes)
            {
                if (areas.TryGetValue(code, out var id)) areaIds.Add(id);
                else row.Problem(AreasColumn, $"{ImportProblem.Quote(code)} is not a service area code. The codes are: {string.Join(", ", areas.Keys)}.");
            }
            if (awarded is { } a && starts is { } s && a > s)
                row.Problem(AwardedColumn, $"{a:dd/MM/yyyy} is after the term starts ({s:dd/MM/yyyy}); a contract is awarded before it starts.");

            var buyer = await context.WritableOrganisationAsync(row, BuyerColumn, buyerCode, cancellationToken);
            var coveredIds = new List<int>();
            foreach (var code in covers)
            {
                if (!organisations.TryGetValue(code, out var pct)) row.Problem(CoversColumn, $"{ImportProblem.Quote(code)} is not a known organisation code.");
                // Only the code: the organisation may be in another region, whose names a refusal must not reveal.
                else if (!pct.IsCommissioner) row.Problem(CoversColumn, $"{pct.Code} is not a PCT or care trust.");
                else if (buyer is not null && pct.RegionId != buyer.RegionId) row.Problem(CoversColumn, $"{pct.Code} is not in the buyer's region.");
                else coveredIds.Add(pct.Id);
            }
            if (buyer is not null && covers.Count == 0 && !buyer.IsCommissioner)
                row.Problem(CoversColumn, $"{buyer.Name} is not a PCT, so list the PCTs the contract serves.");

            if (reference is null || buyer is null || row.HasProblems) continue;
            if (!duplicates.IsFirst(row, reference)) continue;
            wanted.Add(new ContractRow(row, reference, title!, buyer, supplierId!.Value, list!.Value, areaIds, coveredIds.Count > 0 ? coveredIds : [buyer.Id],
                awarded!.Value, starts!.Value, term!.Value, fee!.Value, target!.Value, gainShare!.Value));
        }

        var plan = new TrackedImportPlan();
        if (context.Problems.Count > 0) return plan;

        var references = wanted.Select(w => w.Reference).ToList();
        var held = await db.Contracts
            .Include(c => c.ServiceAreas).Include(c => c.Coverage).Include(c => c.TargetPhases)
            .Include(c => c.Buyer)
            .Where(c => references.Contains(c.Reference))
            .ToDictionaryAsync(c => c.Reference, StringComparer.OrdinalIgnoreCase, cancellationToken);
        foreach (var wantedRow in wanted)
        {
            plan.RegionIds.Add(wantedRow.Buyer.RegionId);
            if (!held.TryGetValue(wantedRow.Reference, out var contract))
            {
                contract = new Contract { Reference = wantedRow.Reference, Title = wantedRow.Title };
                wantedRow.ApplyTo(contract);
                plan.Add(contract);
                continue;
            }
            // Moving a contract to another region needs the other region's analyst too.
            var heldBuyer = organisations[contract.Buyer.Code];
            if (!context.CanWrite(wantedRow.Row, ReferenceColumn, heldBuyer,
                    $"{contract.Reference} is held for a buyer that is not in your region, so you cannot change it.")) continue;
            var before = Describe(contract);
            wantedRow.ApplyTo(contract);
            var after = Describe(contract);
            if (before == after) plan.LeaveAlone();
            else plan.Change(contract, new RecordChange(contract.Reference, before, after));
        }
        return plan;
    }

    private static List<string> Codes(string? text) =>
        (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Describe(Contract c) => string.Create(CultureInfo.InvariantCulture,
        $"{c.Title}; buyer {c.BuyerId}; supplier {c.SupplierId}; list {c.FescListId}; areas {string.Join(";", c.ServiceAreas.Select(a => a.ServiceAreaId).Order())}; " +
        $"covers {string.Join(";", c.Coverage.Select(a => a.PctId).Order())}; awarded {c.AwardedOn:yyyy-MM-dd}; {c.StartsOn:yyyy-MM-dd} to {c.EndsOn:yyyy-MM-dd}; " +
        $"fee {c.AnnualFee:0.00}; target {c.SavingsTarget:0.00}; gain share {c.GainSharePercent:0.##}%");

    private sealed record ContractRow(ImportRow Row, string Reference, string Title, OrganisationInScope Buyer, int SupplierId, int ListId, List<int> AreaIds, List<int> CoveredIds,
        DateOnly Awarded, DateOnly Starts, int TermMonths, decimal Fee, decimal Target, int GainShare)
    {
        public void ApplyTo(Contract contract)
        {
            var endsOn = Starts.AddMonths(TermMonths).AddDays(-1);
            var rephase = contract.StartsOn != Starts || contract.EndsOn != endsOn || contract.SavingsTarget != Target;
            contract.Title = Title;
            contract.BuyerId = Buyer.Id;
            contract.SupplierId = SupplierId;
            contract.FescListId = ListId;
            contract.AwardedOn = Awarded;
            contract.StartsOn = Starts;
            contract.EndsOn = endsOn;
            contract.AnnualFee = Fee;
            contract.SavingsTarget = Target;
            contract.GainSharePercent = GainShare;
            Replace(contract.ServiceAreas, AreaIds, a => a.ServiceAreaId, id => new ContractServiceArea { ServiceAreaId = id });
            Replace(contract.Coverage, CoveredIds, c => c.PctId, id => new ContractCoverage { PctId = id });
            if (!rephase) return;
            contract.TargetPhases.Clear();
            foreach (var (month, target) in SavingsPhasing.Phase(Target, Starts, TermMonths))
                contract.TargetPhases.Add(new SavingsTargetPhase { Month = month, Target = target });
        }

        private static void Replace<T>(ICollection<T> held, List<int> wanted, Func<T, int> key, Func<int, T> create)
        {
            foreach (var stale in held.Where(h => !wanted.Contains(key(h))).ToList()) held.Remove(stale);
            foreach (var id in wanted.Where(id => held.All(h => key(h) != id))) held.Add(create(id));
        }
    }
}
