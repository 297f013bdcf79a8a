using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports.BoardPack;
using ShaOversight.Core.Features.Imports;
using ShaOversight.Tests.Features.Imports;
using ShaOversight.Tests.Infrastructure;
using static ShaOversight.Tests.Features.Imports.ImportFiles;

namespace ShaOversight.Tests.Application;

/// <summary>
/// One import and one board pack at a time per user. The first is held open by starting it on
/// the limiter directly, as a long-running check or pack would, so nothing waits on a clock.
/// </summary>
public sealed class UserWorkLimiterTests(ImportFixture fixture) : IClassFixture<ImportFixture>
{
    private static PreviewImport AnImport() => new(ImportKind.MonthlyReturns, Returns("FESC-5AT-001,04/2010,100.00,90.00"));

    [Fact]
    public async Task A_second_import_by_the_same_user_is_refused_while_the_first_runs_and_others_carry_on()
    {
        var limiter = fixture.GetService<UserWorkLimiter>();
        var analyst = await fixture.ResolveAsync(SliceFixture.LondonAnalyst);

        using (limiter.Start(analyst, HeavyWork.Import))
        {
            var refused = await Assert.ThrowsAsync<TooBusyException>(() => fixture.SendAs(SliceFixture.LondonAnalyst, AnImport()));
            Assert.Equal("You already have a file being checked or saved, perhaps in another tab. Wait for it to finish, then try again.", refused.Message);
            Assert.Empty((await fixture.SendAs(SliceFixture.Administrator, AnImport())).Problems);
        }

        Assert.Empty((await fixture.SendAs(SliceFixture.LondonAnalyst, AnImport())).Problems);
    }

    [Fact]
    public async Task A_second_board_pack_by_the_same_user_is_refused_while_the_first_is_drawn()
    {
        var limiter = fixture.GetService<UserWorkLimiter>();
        var board = await fixture.ResolveAsync(SliceFixture.LondonBoard);
        var pack = new GetBoardPack("Q36", null, new FinancialYear(2009), new DateOnly(2010, 3, 31));

        using (limiter.Start(board, HeavyWork.BoardPack))
        {
            var refused = await Assert.ThrowsAsync<TooBusyException>(() => fixture.SendAs(SliceFixture.LondonBoard, pack));
            Assert.Contains("already have a board pack being prepared", refused.Message);
        }

        Assert.True((await fixture.SendAs(SliceFixture.LondonBoard, pack)).Pages > 0);
    }

    [Fact]
    public async Task A_failed_import_frees_the_users_place()
    {
        var broken = new PreviewImport(ImportKind.MonthlyReturns, new UploadedFile("empty.csv", []));
        Assert.True((await fixture.SendAs(SliceFixture.LondonAnalyst, broken)).HasProblems);

        Assert.Empty((await fixture.SendAs(SliceFixture.LondonAnalyst, AnImport())).Problems);
    }
}
