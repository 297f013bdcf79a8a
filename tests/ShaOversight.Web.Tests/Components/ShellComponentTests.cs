using ShaOversight.Web.Components.Layout;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ShaOversight.Web.Tests.Components;

public sealed class ShellComponentTests : ComponentTest
{
    [Fact]
    public void Breadcrumbs_link_every_level_but_the_current_page()
    {
        var crumbs = Context.Render<Breadcrumbs>(p => p.Add(x => x.Trail, [("England", "/"), ("NHS London", "/sha/Q36"), ("Hillingdon PCT", "/pct/5AT")]));

        Assert.Single(crumbs.FindAll("nav"));
        var items = crumbs.FindAll("li.mud-breadcrumb-item");
        Assert.Equal(3, items.Count);
        Assert.Contains("mud-disabled", items[^1].ClassName);
        Assert.DoesNotContain("mud-disabled", items[0].ClassName);
        Assert.Equal("/sha/Q36", items[1].QuerySelector("a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task The_demo_banner_shows_exactly_when_demo_sign_in_is_on(bool demoEnabled, bool shown)
    {
        // Its own context: the shared one's renderer has started, so it takes no more services.
        await using var context = new BunitContext();
        context.Services.AddSingleton(new SignInSettings(EntraEnabled: !demoEnabled, DemoEnabled: demoEnabled));

        var banner = context.Render<DemoBanner>();

        Assert.Equal(shown, banner.Markup.Contains("Demo sign-in is on", StringComparison.Ordinal));
    }

    [Fact]
    public void The_loading_panel_announces_itself_politely()
    {
        var panel = Context.Render<LoadingPanel>(p => p.Add(x => x.Text, "Loading England's figures…"));

        var status = panel.Find("[role=status]");
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        Assert.Contains("Loading England's figures…", status.TextContent);
    }
}
