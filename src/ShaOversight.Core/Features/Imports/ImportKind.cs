using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Imports;

/// <summary>The things an analyst can load from a file. The slug is used in URLs and on the command line.</summary>
public enum ImportKind
{
    MonthlyReturns,
    StageChanges,
    Contracts,
    PilotUpdates,
    Assessments,
}

/// <summary>A template column: its heading, and what to put in it.</summary>
public sealed record ImportColumn(string Name, string Help, bool Required = true);

/// <summary>
/// What one kind of import knows: its columns, its example rows, and how to turn checked rows
/// into a plan of changes against the database.
/// </summary>
public interface IImportKind
{
    ImportKind Kind { get; }
    string Title { get; }
    string Description { get; }
    IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>Rows for the template, showing each format the kind accepts.</summary>
    IReadOnlyList<string[]> ExampleRows { get; }

    /// <summary>
    /// Checks every row against the database and the user's scope, recording problems, and
    /// works out what would be added, changed and left alone. Writes nothing.
    /// </summary>
    Task<ImportPlan> PlanAsync(ImportContext context, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken);
}

/// <summary>What a checked file would do. Applied only when it has no problems.</summary>
public abstract class ImportPlan
{
    public int Added { get; protected set; }
    public int Changed { get; protected set; }
    public int Unchanged { get; protected set; }

    /// <summary>The SHAs whose data the file touches, so their open dashboards refresh.</summary>
    public HashSet<int> RegionIds { get; } = [];

    /// <summary>Each changed record's before and after values, for the audit log.</summary>
    public List<RecordChange> Changes { get; } = [];

    public abstract Task ApplyAsync(AppDbContext db, CancellationToken cancellationToken);
}

public sealed record RecordChange(string Record, string? Before, string After);

/// <summary>What a kind needs while planning: the database, the user, the problem list and today's date.</summary>
public sealed class ImportContext(AppDbContext db, UserAccess user, List<ImportProblem> problems, DateOnly today)
{
    private Dictionary<string, OrganisationInScope>? _organisations;

    public AppDbContext Db => db;
    public UserAccess User => user;
    public List<ImportProblem> Problems => problems;

    /// <summary>Every organisation by code, with its region; a few hundred rows, read once.</summary>
    public async Task<IReadOnlyDictionary<string, OrganisationInScope>> OrganisationsAsync(CancellationToken cancellationToken)
    {
        if (_organisations is null)
        {
            var all = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Organisations.Select(o => new OrganisationInScope(o.Id, o.Code, o.Name, o.Kind, o.ParentId ?? o.Id)),
                cancellationToken);
            _organisations = all.ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        }
        return _organisations;
    }

    /// <summary>
    /// Finds an organisation by code and checks the user may write its region's data. Records
    /// the problem and returns null when either fails; out-of-scope rows are marked so the
    /// refusal can be audited.
    /// </summary>
    public async Task<OrganisationInScope?> WritableOrganisationAsync(ImportRow row, string column, string? code, CancellationToken cancellationToken)
    {
        if (code is null) return null;
        var organisations = await OrganisationsAsync(cancellationToken);
        if (!organisations.TryGetValue(code, out var organisation))
        {
            row.Problem(column, $"{ImportProblem.Quote(code)} is not a known organisation code.");
            return null;
        }
        if (!CanWrite(row, column, organisation)) return null;
        return organisation;
    }

    /// <param name="refusal">
    /// What to tell the user instead of the usual "not in your region" message. Neither may name
    /// the organisation or its SHA: the code the user typed is all a refusal repeats, so a file
    /// cannot be used to learn another region's buyers.
    /// </param>
    public bool CanWrite(ImportRow row, string column, OrganisationInScope organisation, string? refusal = null)
    {
        if (user.CanWriteRegion(organisation.RegionId)) return true;
        row.Problem(column, refusal ?? $"organisation code {organisation.Code} is not in your region, so you cannot load its data.");
        OutOfScopeRows++;
        return false;
    }

    /// <summary>Refuses a date after today where the form refuses it too, naming what the date is.</summary>
    public bool NotInFuture(ImportRow row, string column, DateOnly? date, string what)
    {
        if (date is not { } day || day <= today) return true;
        row.Problem(column, $"{what} cannot be in the future ({day:dd/MM/yyyy}).");
        return false;
    }

    /// <summary>Rows refused because their organisation is outside the user's scope.</summary>
    public int OutOfScopeRows { get; private set; }
}

public sealed record OrganisationInScope(int Id, string Code, string Name, OrganisationKind Kind, int RegionId)
{
    public bool IsCommissioner => Organisation.CommissionerKinds.Contains(Kind);
}
