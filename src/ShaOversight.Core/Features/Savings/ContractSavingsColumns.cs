using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Savings;

/// <summary>
/// A contract's savings as a table row: the columns of every contracts table (an SHA's, a PCT's),
/// on screen, in files and in the board pack. On screen the detail columns sit under another.
/// </summary>
public static class ContractSavingsColumns
{
    public const string Reference = "Reference";
    public const string Buyer = "Buyer";
    public const string Supplier = "Supplier";
    public const string PhasedTarget = "Phased target to date (£)";
    public const string Validated = "Validated to date (£)";
    public const string Achievement = "Achievement (%)";
    public const string ReturnOnFees = "Return on fees";
    public const string Forecast = "Forecast outturn (£)";
    public const string Rag = "RAG";

    public static readonly TableColumns<ContractSavingsRow> All = new()
    {
        new(Reference, CellKind.Text, r => r.Reference) { Key = "contract", Sortable = true, Link = r => new TableLink(TableSubject.Contract, $"{r.Id}") },
        new("Title", CellKind.Text, r => r.Title) { Under = Reference },
        new("Buyer code", CellKind.Text, r => r.BuyerCode) { Under = Buyer },
        new(Buyer, CellKind.Text, r => r.BuyerName) { Key = "buyer", Sortable = true },
        new(Supplier, CellKind.Text, r => r.Supplier) { Key = "supplier", Sortable = true },
        new("FESC list", CellKind.Text, r => r.List) { Under = Supplier },
        new("Starts", CellKind.Date, r => r.StartsOn),
        new("Ends", CellKind.Date, r => r.EndsOn) { Under = "Starts" },
        new("Savings target for term (£)", CellKind.Money, r => r.Measures.SavingsTarget) { Under = Forecast },
        new(PhasedTarget, CellKind.Money, r => r.Measures.TargetToDate) { Key = "target", Sortable = true },
        new("Claimed to date (£)", CellKind.Money, r => r.Measures.ClaimedToDate),
        new(Validated, CellKind.Money, r => r.Measures.ValidatedToDate) { Key = "validated", Sortable = true },
        new(Achievement, CellKind.Percent, r => r.Measures.Achievement * 100) { Key = "achieved", Sortable = true },
        new("Fees to date (£)", CellKind.Money, r => r.Measures.FeesToDate) { Under = ReturnOnFees },
        new(ReturnOnFees, CellKind.Number, r => r.Measures.ReturnOnFees) { Key = "return", Sortable = true, Display = r => CellText.Times(r.Measures.ReturnOnFees) },
        new(Forecast, CellKind.Money, r => r.Measures.ForecastOutturn) { Key = "forecast", Sortable = true },
        new(Rag, CellKind.Text, r => r.Rating?.ToString()),
    };
}
