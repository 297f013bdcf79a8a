using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Application;
using ShaOversight.Core.Security;
using ShaOversight.Web.Components.Shared;

namespace ShaOversight.Web.Tests.Components;

public sealed class LiveRefreshTests : ComponentTest
{
    private static readonly OrganisationRef London = new(36, "Q36", "NHS London");
    private static readonly UserAccess LondonBoard = new("board", "Board member", Role.BoardMember, London, London);
    private static readonly UserAccess HillingdonChiefExecutive = new("ce", "Chief executive", Role.Pct, new(117, "5AT", "Hillingdon PCT"), London);

    private readonly DataChanges _changes = new();
    private readonly Viewer _viewer = new();

    public LiveRefreshTests()
    {
        Context.Services.AddSingleton(_changes);
        Context.Services.AddSingleton<ICurrentUser>(_viewer);
        Context.Services.AddScoped<AccessService>();
    }

    private static DataChange ChangeIn(int regionId) =>
        new("return FESC-5AT-001 2008-06", new HashSet<int> { regionId }, "Sam Analyst", new DateTimeOffset(2026, 7, 1, 9, 42, 0, TimeSpan.Zero));

    [Fact]
    public void A_change_in_the_pages_region_reloads_it_and_says_so_politely()
    {
        var reloads = 0;
        var live = Context.Render<LiveRefresh>(p => p.Add(x => x.RegionId, 36).Add(x => x.OnRefresh, () => reloads++));

        _changes.Publish(ChangeIn(36));

        live.WaitForAssertion(() => Assert.Equal(1, reloads));
        var status = live.Find("[role=status]");
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        // 09:42 UTC in July is 10:42 British Summer Time.
        Assert.Equal("Figures updated at 10:42 after a change by Sam Analyst (return FESC-5AT-001 2008-06).", status.TextContent);
    }

    [Fact]
    public void A_pct_chief_executive_is_told_figures_changed_but_not_which_contract_nor_who_changed_it()
    {
        _viewer.Access = HillingdonChiefExecutive;
        var reloads = 0;
        var england = Context.Render<LiveRefresh>(p => p.Add(x => x.OnRefresh, () => reloads++));
        var region = Context.Render<LiveRefresh>(p => p.Add(x => x.RegionId, 36).Add(x => x.OnRefresh, () => reloads++));

        _changes.Publish(new DataChange("return FESC-0101-0807 2009-06", new HashSet<int> { 36 }, "Sam Analyst",
            new DateTimeOffset(2026, 7, 1, 9, 42, 0, TimeSpan.Zero)));

        england.WaitForAssertion(() => Assert.Equal("Figures updated at 10:42.", england.Find("[role=status]").TextContent));
        region.WaitForAssertion(() => Assert.Equal("Figures updated at 10:42.", region.Find("[role=status]").TextContent));
        Assert.Equal(2, reloads);
    }

    [Fact]
    public void A_board_member_is_not_told_who_changed_another_regions_figures()
    {
        _viewer.Access = LondonBoard;
        var england = Context.Render<LiveRefresh>(p => p.Add(x => x.OnRefresh, () => { }));

        _changes.Publish(ChangeIn(31));

        england.WaitForAssertion(() => Assert.Equal("Figures updated at 10:42.", england.Find("[role=status]").TextContent));
    }

    [Fact]
    public void A_change_in_another_region_leaves_the_page_alone_but_england_hears_of_every_one()
    {
        var regionReloads = 0;
        var englandReloads = 0;
        var region = Context.Render<LiveRefresh>(p => p.Add(x => x.RegionId, 36).Add(x => x.OnRefresh, () => regionReloads++));
        var england = Context.Render<LiveRefresh>(p => p.Add(x => x.OnRefresh, () => englandReloads++));

        _changes.Publish(ChangeIn(31));

        england.WaitForAssertion(() => Assert.Equal(1, englandReloads));
        Assert.Equal(0, regionReloads);
        Assert.Equal("", region.Find("[role=status]").TextContent);
    }

    [Fact]
    public void An_island_asks_the_browser_for_the_page_again_and_speaks_once_the_page_is_patched()
    {
        var patched = Context.JSInterop.Setup<bool>("shaoAfterNextPatch");
        var island = Context.Render<LiveRefresh>(p => p.Add(x => x.RegionId, 36));

        _changes.Publish(ChangeIn(36));

        island.WaitForAssertion(() => Assert.Single(Context.JSInterop.Invocations, i => i.Identifier == "shaoAfterNextPatch"));
        Assert.Equal("", island.Find("[role=status]").TextContent);
        patched.SetResult(true);
        island.WaitForAssertion(() => Assert.Equal("Figures updated at 10:42 after a change by Sam Analyst (return FESC-5AT-001 2008-06).",
            island.Find("[role=status]").TextContent));
    }

    [Fact]
    public void An_island_whose_page_was_not_patched_says_to_reload_and_never_that_the_figures_were_updated()
    {
        Context.JSInterop.Setup<bool>("shaoAfterNextPatch").SetResult(false);
        var island = Context.Render<LiveRefresh>(p => p.Add(x => x.RegionId, 36));

        _changes.Publish(ChangeIn(36));

        island.WaitForAssertion(() => Assert.Equal("Figures changed at 10:42, but this page could not be refreshed. Reload the page to see them.",
            island.Find("[role=status]").TextContent));
    }

    [Fact]
    public void A_page_that_has_gone_no_longer_listens()
    {
        var reloads = 0;
        var live = Context.Render<LiveRefresh>(p => p.Add(x => x.OnRefresh, () => reloads++));

        live.Instance.Dispose();
        _changes.Publish(ChangeIn(36));

        Assert.Equal(0, reloads);
    }

    /// <summary>Who is looking at the page; a test changes it to play another role.</summary>
    private sealed class Viewer : ICurrentUser
    {
        public UserAccess Access { get; set; } = LondonBoard;

        public ValueTask<UserAccess> GetAccessAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Access);
    }
}
