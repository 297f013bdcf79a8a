using System.Globalization;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ShaOversight.Core.Data;

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
        var wanted = new List<(int ContractId, string Reference, DateOnly Month, decimal Claimed, decimal? Validated)>(rows.Count);
        foreach (var row in rows)
        {
            var reference = row.Required(ContractColumn, 40);
            var month = row.Month(MonthColumn, required: true);
            var claimed = row.Money(ClaimedColumn, required: true);
            var validated = row.Money(ValidatedColumn, required: false);
            if (reference is null) continue;
            if (!contracts.TryGetValue(reference, out var contract))
            {
                row.Problem(ContractColumn, $"'{reference}' is not a known contract reference.");
                continue;
            }
            if (!context.CanWrite(row, ContractColumn, organisations[contract.BuyerCode])) continue;
            if (month is not { } first) continue;
            var termStart = new DateOnly(contract.StartsOn.Year, contract.StartsOn.Month, 1);
            if (first < termStart || first > contract.EndsOn)
            {
                row.Problem(MonthColumn, $"{first:MM/yyyy} is outside the contract's term ({contract.StartsOn:MM/yyyy} to {contract.EndsOn:MM/yyyy}).");
                continue;
            }
            if (!duplicates.IsFirst(row, (contract.Id, first)) || row.HasProblems || claimed is not { } claimedAmount) continue;
            wanted.Add((contract.Id, contract.Reference, first, claimedAmount, validated));
        }

        var plan = new Plan();
        if (context.Problems.Count > 0) return plan;

        var contractIds = wanted.Select(w => w.ContractId).Distinct().ToList();
        var existing = await db.MonthlyReturns.AsNoTracking()
            .Where(r => contractIds.Contains(r.ContractId))
            .Select(r => new { r.Id, r.ContractId, r.Month, r.Claimed, r.Validated })
            .ToDictionaryAsync(r => (r.ContractId, r.Month), cancellationToken);
        var buyerById = contracts.Values.ToDictionary(c => c.Id, c => c.BuyerCode);
        foreach (var contractId in contractIds)
            plan.RegionIds.Add(organisations[buyerById[contractId]].RegionId);

        foreach (var (contractId, reference, month, claimed, validated) in wanted)
        {
            if (!existing.TryGetValue((contractId, month), out var held))
            {
                plan.Add(contractId, month, claimed, validated);
            }
            else if (held.Claimed != claimed || held.Validated != validated)
            {
                plan.Change(held.Id, claimed, validated,
                    new RecordChange($"{reference} {month:MM/yyyy}", Describe(held.Claimed, held.Validated), Describe(claimed, validated)));
            }
            else
            {
                plan.LeaveAlone();
            }
        }
        return plan;
    }

    private static string Describe(decimal claimed, decimal? validated) =>
        string.Create(CultureInfo.InvariantCulture, $"claimed {claimed:0.00}, validated {(validated is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "blank")}");

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
        /// One prepared statement reused for every row, inside the runner's transaction: a
        /// file of a year's returns for a large region is tens of thousands of rows, and
        /// tracked entities would take far longer than the file took to check.
        /// </summary>
        public override async Task ApplyAsync(AppDbContext db, CancellationToken cancellationToken)
        {
            var table = db.Model.FindEntityType(typeof(Domain.MonthlyReturn))!.GetTableName();
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("Returns are written only inside the import's transaction.");

            await using (var insert = Prepare(connection, transaction,
                $"INSERT INTO \"{table}\" (\"ContractId\", \"Month\", \"Claimed\", \"Validated\", \"Version\") VALUES (@contract, @month, @claimed, @validated, 0)",
                "@contract", "@month", "@claimed", "@validated"))
            {
                foreach (var (contractId, month, claimed, validated) in _inserts)
                    await ExecuteAsync(insert, cancellationToken, contractId, month, claimed, validated);
            }

            // The version moves on, so a form open on one of these returns sees a conflict
            // instead of overwriting the loaded figures.
            await using var update = Prepare(connection, transaction,
                $"UPDATE \"{table}\" SET \"Claimed\" = @claimed, \"Validated\" = @validated, \"Version\" = \"Version\" + 1 WHERE \"Id\" = @id",
                "@id", "@claimed", "@validated");
            foreach (var (id, claimed, validated) in _updates)
                await ExecuteAsync(update, cancellationToken, id, claimed, validated);
        }

        private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in names)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            return command;
        }

        private static async Task ExecuteAsync(DbCommand command, CancellationToken cancellationToken, params object?[] values)
        {
            for (var index = 0; index < values.Length; index++)
                command.Parameters[index].Value = values[index] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
