using FluentValidation;
using Mediator;
using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Funnels;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Core.Security;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Exports;

/// <summary>
/// One table or chart's data as a file. It sends the very query its page sends, so a download
/// can never show more than the page would, and a refusal is audited the same way.
/// </summary>
public sealed record GetTableDownload(
    string Table, ExportFormat Format, FinancialYear Year, DateOnly AsAt, string? ShaCode = null, string? PctCode = null, int? ContractId = null, int? PilotId = null)
    : IQuery<TableDownload>
{
    /// <summary>The page's drill filters, as its address carries them.</summary>
    public TableFilters Filters { get; init; } = TableFilters.None;

    /// <summary>The page and order on screen.</summary>
    public TableView View { get; init; } = TableView.Default;

    public TableRequest Request => new(Year, AsAt, ShaCode, PctCode, ContractId, PilotId) { Filters = Filters, View = View };
}

public sealed record TableDownload(string FileName, ExportFormat Format, TableExport Table)
{
    public Task WriteAsync(Stream stream, CancellationToken cancellationToken) => Format == ExportFormat.Csv
        ? CsvTableWriter.WriteAsync(Table, stream, cancellationToken)
        : XlsxTableWriter.WriteAsync(Table, stream, cancellationToken);
}

public sealed class GetTableDownloadValidator : AbstractValidator<GetTableDownload>
{
    public GetTableDownloadValidator()
    {
        RuleFor(q => q.Table).Must(key => ExportableTables.Find(key) is not null)
            .WithMessage(q => $"'{q.Table}' is not a table that downloads. Choose one of: {string.Join(", ", ExportableTables.All.Select(t => t.Key))}.");
        RuleFor(q => q.AsAt).Must((q, asAt) => q.Year.Contains(asAt))
            .WithMessage(q => $"The as-at date {q.AsAt:dd/MM/yyyy} is not in {q.Year.Label}.");
        RuleFor(q => q.ShaCode).NotEmpty().When(q => ExportableTables.Find(q.Table)?.Subject == TableSubject.Sha)
            .WithMessage(q => $"The {q.Table} table needs an SHA code, for example Q36.");
        RuleFor(q => q.PctCode).NotEmpty().When(q => ExportableTables.Find(q.Table)?.Subject == TableSubject.Pct)
            .WithMessage(q => $"The {q.Table} table needs a PCT code, for example 5AT.");
        RuleFor(q => q.ContractId).NotNull().When(q => ExportableTables.Find(q.Table)?.Subject == TableSubject.Contract)
            .WithMessage(q => $"The {q.Table} table needs a contract id.");
        RuleFor(q => q.PilotId).NotNull().When(q => ExportableTables.Find(q.Table)?.Subject == TableSubject.Pilot)
            .WithMessage(q => $"The {q.Table} table needs a pilot id.");
        RuleFor(q => q.View.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page").WithMessage("The page number must be 1 or more.");
    }
}

public sealed class GetTableDownloadHandler(ISender sender, AccessService access, AuditLog audit, DashboardSettings settings)
    : IQueryHandler<GetTableDownload, TableDownload>
{
    public async ValueTask<TableDownload> Handle(GetTableDownload query, CancellationToken cancellationToken)
    {
        var (subject, table) = TableCatalogue.Find(query.Table) is { } defined
            ? await defined.ExportAsync(new TableServices(sender, settings), query.Request, cancellationToken)
            : await ListedAsync(query, cancellationToken);


        var fileName = ExportFileName.For(subject, query.Table, query.Year.UrlValue, query.AsAt, query.Format.Extension());
        var user = await access.CurrentAsync(cancellationToken);
        await audit.WriteAsync(user, AuditLog.Download, fileName, $"{query.Table} as {query.Format.Extension()}", cancellationToken);
        return new TableDownload(fileName, query.Format, table);
    }

    private async Task<ExportedTable> ListedAsync(GetTableDownload query, CancellationToken cancellationToken)
    {
        var (year, asAt) = (query.Year, query.AsAt);
        return query.Table.ToLowerInvariant() switch
        {
            "england" => ("england", OtherTables.England(await sender.Send(new GetEnglandOverview(year, asAt), cancellationToken))),
            "pilots" => ("fesc", OtherTables.Pilots(await sender.Send(new GetPilots(), cancellationToken))),
            "uptake-pipeline" => await Uptake(query, RegionTables.UptakePipeline, cancellationToken),
            "uptake-trend" => await Uptake(query, RegionTables.UptakeTrend, cancellationToken),
            "uptake-lists" => await Uptake(query, RegionTables.UptakeByList, cancellationToken),
            "uptake-areas" => await Uptake(query, RegionTables.UptakeByServiceArea, cancellationToken),
            "uptake-buyers" => await Uptake(query, RegionTables.UptakeBuyers, cancellationToken),
            "wcc-scores" => await Assessments(query, RegionTables.AssessmentScores, cancellationToken),
            "pct-journey" => await Pct(query, OtherTables.PctJourney, cancellationToken),
            "pct-ratings" => await Pct(query, OtherTables.PctRatings, cancellationToken),
            "pilot-milestones" => await Pilot(query, OtherTables.PilotMilestones, cancellationToken),
            "pilot-commentary" => await Pilot(query, OtherTables.PilotCommentary, cancellationToken),
            "uptake-funnel" => ("england", FunnelTables.Uptake(UptakeFunnel.From(await sender.Send(new GetEnglandOverview(year, asAt), cancellationToken)))),
            "wcc-funnel" => ("england", FunnelTables.Wcc(WccFunnel.From(await sender.Send(new GetWccComposites(year), cancellationToken)))),
            _ => throw new NotFoundException($"Table '{query.Table}'"),
        };
    }

    private async Task<(string, TableExport)> Uptake(GetTableDownload query, Func<RegionUptake, TableExport> table, CancellationToken ct)
    {
        var uptake = await sender.Send(new GetRegionUptake(query.ShaCode!, query.AsAt), ct);
        return (uptake.Sha.Name, table(uptake));
    }

    private async Task<(string, TableExport)> Savings(GetTableDownload query, Func<RegionSavings, TableExport> table, CancellationToken ct)
    {
        var savings = await sender.Send(new GetRegionSavings(query.ShaCode!, query.AsAt), ct);
        return (savings.Sha.Name, table(savings));
    }

    private async Task<(string, TableExport)> Assessments(GetTableDownload query, Func<RegionAssessments, TableExport> table, CancellationToken ct)
    {
        var assessments = await sender.Send(new GetRegionAssessments(query.ShaCode!, query.Year), ct);
        return (assessments.Sha.Name, table(assessments));
    }

    private async Task<(string, TableExport)> Pct(GetTableDownload query, Func<PctDashboard, TableExport> table, CancellationToken ct)
    {
        var pct = await sender.Send(new GetPctDashboard(query.PctCode!, query.Year, query.AsAt), ct);
        return (pct.Pct.Name, table(pct));
    }

    private async Task<(string, TableExport)> Pilot(GetTableDownload query, Func<PilotDetail, TableExport> table, CancellationToken ct)
    {
        var pilot = await sender.Send(new GetPilot(query.PilotId!.Value), ct);
        return (pilot.Name, table(pilot));
    }

    private async Task<(string, TableExport)> Contract(GetTableDownload query, Func<ContractDetail, TableExport> table, CancellationToken ct)
    {
        var contract = await sender.Send(new GetContract(query.ContractId!.Value, query.AsAt), ct);
        return ($"contract-{contract.Reference}", table(contract));
    }
}
