using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Exports.BoardPack;
using ShaOversight.Core.Features.Imports;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Features.Imports;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Security;

/// <summary>
/// Every refusal is written to the audit log exactly once, however many messages it passes
/// through; and a record outside the user's scope answers as a missing one does.
/// </summary>
public sealed class RefusalAuditTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private static readonly FinancialYear Year = new(2009);
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    [Fact]
    public async Task A_page_query_for_a_neighbours_contract_is_audited_once_and_answers_as_a_missing_contract()
    {
        var neighbour = await NeighbourContractAsync();

        var refused = await OneRefusalAsync<NotFoundException>(SliceFixture.HillingdonChiefExecutive, new GetContract(neighbour, YearEnd));
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetContract(999_999, YearEnd)));

        Assert.Equal($"Contract {neighbour} was not found.", refused.Message);
        Assert.Equal("Contract 999999 was not found.", missing.Message);
    }

    [Fact]
    public async Task A_pct_outside_the_users_scope_answers_as_a_missing_pct()
    {
        var refused = await OneRefusalAsync<NotFoundException>(SliceFixture.LondonBoard, new GetPctDashboard("5ND", Year, YearEnd));
        Assert.Equal("PCT '5ND' was not found.", refused.Message);
    }

    [Fact]
    public async Task A_refused_download_is_audited_once_though_it_sends_the_pages_query_inside_its_own()
    {
        var neighbour = await NeighbourContractAsync();
        await OneRefusalAsync<NotFoundException>(SliceFixture.HillingdonChiefExecutive,
            new GetTableDownload("contract-months", ExportFormat.Csv, Year, YearEnd, ContractId: neighbour));
        await OneRefusalAsync<AccessDeniedException>(SliceFixture.LondonBoard,
            new GetTableDownload("savings-contracts", ExportFormat.Xlsx, Year, YearEnd, ShaCode: "Q35"));
    }

    [Fact]
    public async Task A_refused_board_pack_is_audited_once()
    {
        await OneRefusalAsync<AccessDeniedException>(SliceFixture.LondonBoard, new GetBoardPack("Q35", null, Year, YearEnd));
    }

    [Fact]
    public async Task A_preview_with_rows_outside_the_users_scope_is_audited_once_for_the_file_not_once_per_row()
    {
        var before = await RefusalCountAsync();
        var file = ImportFiles.Returns("FESC-0036-0905,06/2009,100,100", "FESC-0036-0905,07/2009,100,100", "FESC-5AT-001,12/2009,100,100");

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, file));

        Assert.Equal(2, outcome.TotalProblems);
        Assert.Equal(before + 1, await RefusalCountAsync());
        var entry = await fixture.QueryAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal("Import refused: 2 row(s) outside the user's scope", entry.Details);
    }

    [Fact]
    public async Task A_role_refusal_of_a_message_is_audited_once_with_what_the_role_may_not_do()
    {
        var contractId = await fixture.QueryAsync(db => db.Contracts.Where(c => c.Reference == "FESC-5AT-001").Select(c => c.Id).SingleAsync());
        await OneRefusalAsync<AccessDeniedException>(SliceFixture.HillingdonChiefExecutive, new GetContractForEdit(contractId));
        var entry = await fixture.QueryAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal("GetContractForEdit: the Pct role may not do this", entry.Details);
    }

    private Task<TException> OneRefusalAsync<TException>(ClaimsPrincipal who, Mediator.IQuery<object> query) where TException : Exception =>
        OneRefusalAsync<TException>(() => fixture.SendAs(who, query));

    private async Task<TException> OneRefusalAsync<TException>(Func<Task> send) where TException : Exception
    {
        var before = await RefusalCountAsync();
        var refused = await Assert.ThrowsAsync<TException>(send);
        Assert.Equal(before + 1, await RefusalCountAsync());
        return refused;
    }

    private Task<int> NeighbourContractAsync() => fixture.QueryAsync(db =>
        db.Contracts.Where(c => c.Buyer.Parent!.Code == "Q36" && c.Buyer.Code != "5AT" && !c.Coverage.Any(cv => cv.Pct.Code == "5AT"))
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    private Task<int> RefusalCountAsync() => fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditLog.AccessDenied));
}
