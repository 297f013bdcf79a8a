using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Features.Contracts;

namespace ShaOversight.Core.Features.Imports.Kinds;

/// <summary>
/// Monthly savings returns: one row per contract and month. A contract's month already held is
/// replaced, so loading a period again is safe. This is the high-volume import, so it writes
/// with batched SQL rather than tracked entities.
/// </summary>
public sealed class MonthlyReturnsImport : IImportKind
{
    public const string ContractColumn = "Contract reference";
    public const string MonthColumn = "Month";
    public const string ClaimedColumn = "Claimed (£)";
    public const string ValidatedColumn = "Validated (£)";

    public ImportKind Kind => ImportKind.MonthlyReturns;
    public string Title => "Monthly savings returns";
    public string Description => "Savings the supplier claimed and the PCT validated, one row per contract and month. A month already loaded is replaced.";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new(ContractColumn, "The contract's reference, as on its page (e.g. FESC-5AT-001)."),
        new(MonthColumn, "The month the return covers: 06/2008, Jun 2008 or June 2008."),
        new(ClaimedColumn, "Savings the supplier claims for the month, in pounds and pence."),
        new(ValidatedColumn, "Savings the PCT has validated. Leave blank until validation is done: blank is not zero.", Required: false),
    ];

    public IReadOnlyList<string[]> ExampleRows { get; } =
    [
        ["FESC-5AT-001", "06/2008", "12500.00", "11800.00"],
        ["FESC-5AT-001", "Jul 2008", "£13,250.50", ""],
    ];

    public async Task<ImportPlan> PlanAsync(ImportContext context, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var organisations = await context.OrganisationsAsync(cancellationToken);
        var contracts = await db.Contracts.AsNoTracking()
            .Select(c => new { c.Id, c.Reference, BuyerCode = c.Buyer.Code, c.StartsOn, c.EndsOn })
            .ToDictionaryAsync(c => c.Reference, StringComparer.OrdinalIgnoreCase, cancellationToken);

        var duplicates = new DuplicateRows<(int, DateOnly)>("the same contract and month");
        var wanted = new List<WantedReturn>(rows.Count);
        var regionIds = new HashSet<int>();
        foreach (var row in rows)
        {
            var reference = row.Required(ContractColumn, 40);
            var month = row.Month(MonthColumn, required: true);
            // The form's own limits: a month's figure over the ceiling is a typing slip, and a
            // PCT cannot validate more than the supplier claimed.
            var claimed = row.Money(ClaimedColumn, required: true, RecordMonthlyReturnValidator.MonthlyCeiling);
            var validated = row.Money(ValidatedColumn, required: false, RecordMonthlyReturnValidator.MonthlyCeiling);
            if (validated > claimed) row.Problem(ValidatedColumn, "savings validated cannot be more than the savings claimed.");
            if (reference is null) continue;
            if (!contracts.TryGetValue(reference, out var contract))
            {
                row.Problem(ContractColumn, $"{ImportProblem.Quote(reference)} is not a known contract reference.");
                continue;
            }
            var buyer = organisations[contract.BuyerCode];
            if (!context.CanWrite(row, ContractColumn, buyer, $"contract {contract.Reference} is not in your region, so you cannot load its returns.")) continue;
            if (month is not { } first) continue;
            if (!Domain.Contract.TermCovers(contract.StartsOn, contract.EndsOn, first))
            {
                row.Problem(MonthColumn, $"{first:MM/yyyy} is outside the contract's term ({contract.StartsOn:MM/yyyy} to {contract.EndsOn:MM/yyyy}).");
                continue;
            }
            if (!duplicates.IsFirst(row, (contract.Id, first)) || row.HasProblems || claimed is not { } claimedAmount) continue;
            wanted.Add(new WantedReturn(contract.Id, contract.Reference, first, claimedAmount, validated));
            regionIds.Add(buyer.RegionId);
        }

        var plan = new Plan();
        if (context.Problems.Count > 0) return plan;

        plan.RegionIds.UnionWith(regionIds);
        var held = await HeldAsync(db, wanted, cancellationToken);

        for (var index = 0; index < wanted.Count; index++)
        {
            var (contractId, reference, month, claimed, validated) = wanted[index];
            if (!held.TryGetValue(index, out var before))
            {
                plan.Add(contractId, month, claimed, validated);
            }
            else if (before.Claimed != claimed || before.Validated != validated)
            {
                plan.Change(before.Id, claimed, validated,
                    new RecordChange($"{reference} {month:MM/yyyy}", Describe(before.Claimed, before.Validated), Describe(claimed, validated)));
            }
            else
            {
                plan.LeaveAlone();
            }
        }
        return plan;
    }

    private readonly record struct WantedReturn(int ContractId, string Reference, DateOnly Month, decimal Claimed, decimal? Validated);

    /// <summary>
    /// The returns already held for the file's contracts and months, by the row's position in
    /// <paramref name="wanted"/>: one join in the database, however long the file.
    /// </summary>
    private static async Task<Dictionary<int, (int Id, decimal Claimed, decimal? Validated)>> HeldAsync(
        AppDbContext db, List<WantedReturn> wanted, CancellationToken cancellationToken)
    {
        var rows = new JsonRows(db.Database, Statements.WantedColumns);
        for (var index = 0; index < wanted.Count; index++)
            rows.Row().Add(index).Add(wanted[index].ContractId).Add(wanted[index].Month);

        var held = new Dictionary<int, (int, decimal, decimal?)>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = rows.Command(db.Database, Statements.Held(rows, TableName(db)));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                held[reader.GetInt32(0)] = (reader.GetInt32(1), reader.GetDecimal(2), reader.IsDBNull(3) ? null : reader.GetDecimal(3));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return held;
    }

    private static string TableName(AppDbContext db) => db.Model.FindEntityType(typeof(Domain.MonthlyReturn))!.GetTableName()!;

    private static string Describe(decimal claimed, decimal? validated) =>
        string.Create(CultureInfo.InvariantCulture, $"claimed {claimed:0.00}, validated {(validated is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "blank")}");

    /// <summary>
    /// The hand-written statements, apart from the code that runs them, so a test can parse
    /// their SQL Server form without a server (tests/…/Data/SqlServerSyntaxTests).
    /// </summary>
    internal static class Statements
    {
        public static readonly JsonColumn[] WantedColumns = [new("Row", "int"), new("ContractId", "int"), new("Month", "date")];

        public static readonly JsonColumn[] InsertColumns =
            [new("ContractId", "int"), new("Month", "date"), new("Claimed", "decimal(18,2)"), new("Validated", "decimal(18,2)")];

        public static readonly JsonColumn[] UpdateColumns =
            [new("Id", "int"), new("Claimed", "decimal(18,2)"), new("Validated", "decimal(18,2)")];

        public static string Held(JsonRows rows, string table) =>
            $"SELECT j.\"Row\", r.\"Id\", r.\"Claimed\", r.\"Validated\" FROM {rows.Source("j")} " +
            $"INNER JOIN \"{table}\" AS r ON r.\"ContractId\" = j.\"ContractId\" AND r.\"Month\" = j.\"Month\"";

        public static string Insert(JsonRows rows, string table) =>
            $"INSERT INTO \"{table}\" (\"ContractId\", \"Month\", \"Claimed\", \"Validated\", \"Version\") " +
            $"SELECT j.\"ContractId\", j.\"Month\", j.\"Claimed\", j.\"Validated\", 0 FROM {rows.Source("j")}";

        // The version moves on, so a form open on one of these returns sees a conflict
        // instead of overwriting the loaded figures.
        public static string Update(JsonRows rows, string table) => rows.UpdateFrom(table, "r", "j",
            "\"Claimed\" = j.\"Claimed\", \"Validated\" = j.\"Validated\", \"Version\" = r.\"Version\" + 1",
            "r.\"Id\" = j.\"Id\"");
    }

    private sealed class Plan : ImportPlan
    {
        private readonly List<(int ContractId, DateOnly Month, decimal Claimed, decimal? Validated)> _inserts = [];
        private readonly List<(int Id, decimal Claimed, decimal? Validated)> _updates = [];

        public void Add(int contractId, DateOnly month, decimal claimed, decimal? validated)
        {
            _inserts.Add((contractId, month, claimed, validated));
            Added++;
        }

        public void Change(int id, decimal claimed, decimal? validated, RecordChange change)
        {
            _updates.Add((id, claimed, validated));
            Changes.Add(change);
            Changed++;
        }

        public void LeaveAlone() => Unchanged++;

        /// <summary>
        /// Two set-based statements inside the runner's transaction, each carrying its rows as
        /// one JSON parameter: a year's returns for a large region is tens of thousands of rows,
        /// and a statement per row (or tracked entities) would take far longer than the file
        /// took to check.
        /// </summary>
        public override async Task ApplyAsync(AppDbContext db, CancellationToken cancellationToken)
        {
            if (db.Database.CurrentTransaction is null)
                throw new InvalidOperationException("Returns are written only inside the import's transaction.");
            var table = TableName(db);

            if (_inserts.Count > 0)
            {
                var inserts = new JsonRows(db.Database, Statements.InsertColumns);
                foreach (var (contractId, month, claimed, validated) in _inserts)
                    inserts.Row().Add(contractId).Add(month).Add(claimed).Add(validated);
                await using var insert = inserts.Command(db.Database, Statements.Insert(inserts, table));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            if (_updates.Count > 0)
            {
                // The version moves on, so a form open on one of these returns sees a conflict
                // instead of overwriting the loaded figures.
                var updates = new JsonRows(db.Database, Statements.UpdateColumns);
                foreach (var (id, claimed, validated) in _updates)
                    updates.Row().Add(id).Add(claimed).Add(validated);
                await using var update = updates.Command(db.Database, Statements.Update(updates, table));
                await update.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
