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
        RuleFor(q => q.Table).Must(key => TableCatalogue.Find(key) is not null)
            .WithMessage(q => $"'{q.Table}' is not a table that downloads. Choose one of: {string.Join(", ", TableCatalogue.All.Select(t => t.Key))}.");
        RuleFor(q => q.AsAt).Must((q, asAt) => q.Year.Contains(asAt))
            .WithMessage(q => $"The as-at date {q.AsAt:dd/MM/yyyy} is not in {q.Year.Label}.");
        RuleFor(q => q.ShaCode).NotEmpty().When(q => TableCatalogue.Find(q.Table)?.Subject == TableSubject.Sha)
            .WithMessage(q => $"The {q.Table} table needs an SHA code, for example Q36.");
        RuleFor(q => q.PctCode).NotEmpty().When(q => TableCatalogue.Find(q.Table)?.Subject == TableSubject.Pct)
            .WithMessage(q => $"The {q.Table} table needs a PCT code, for example 5AT.");
        RuleFor(q => q.ContractId).NotNull().When(q => TableCatalogue.Find(q.Table)?.Subject == TableSubject.Contract)
            .WithMessage(q => $"The {q.Table} table needs a contract id.");
        RuleFor(q => q.PilotId).NotNull().When(q => TableCatalogue.Find(q.Table)?.Subject == TableSubject.Pilot)
            .WithMessage(q => $"The {q.Table} table needs a pilot id.");
        RuleFor(q => q.View.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page").WithMessage("The page number must be 1 or more.");
    }
}

public sealed class GetTableDownloadHandler(ISender sender, AccessService access, AuditLog audit, DashboardSettings settings)
    : IQueryHandler<GetTableDownload, TableDownload>
{
    public async ValueTask<TableDownload> Handle(GetTableDownload query, CancellationToken cancellationToken)
    {
        var table = TableCatalogue.Find(query.Table) ?? throw new NotFoundException($"Table '{query.Table}'");
        var (subject, export) = await table.ExportAsync(new TableServices(sender, settings), query.Request, cancellationToken);

        var fileName = ExportFileName.For(subject, query.Table, query.Year.UrlValue, query.AsAt, query.Format.Extension());
        var user = await access.CurrentAsync(cancellationToken);
        await audit.WriteAsync(user, AuditLog.Download, fileName, $"{query.Table} as {query.Format.Extension()}", cancellationToken);
        return new TableDownload(fileName, query.Format, export);
    }
}
