using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;
using ShaOversight.Core.Spc;
using ShaOversight.Web.Components.Charts;
using ShaOversight.Web.Components.Spc;

namespace ShaOversight.Web.Tests.Components;

/// <summary>
/// A chart in a live circuit: its holder names the drawing's address and holds nothing else, and the
/// drawing is kept for the signed-in user to fetch (the browser side is app.js, exercised by the
/// browser tests). Its own context, rendered as a live circuit renders, not as the server prerenders.
/// </summary>
public sealed class LiveChartDrawingTests : IAsyncLifetime
{
    private const string BoardMember = "board-member-object-id";
    private readonly BunitContext _context = new();
    private readonly ChartDrawingStore _store = new();

    public Task InitializeAsync()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        var authorization = _context.AddAuthorization();
        authorization.SetAuthorized("NHS London board member");
        authorization.SetClaims(new Claim(UserAccessResolver.ShortObjectIdClaim, BoardMember));
        _context.Services.AddSingleton(_store);
        _context.Services.AddScoped<ChartDrawings>();
        _context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _store.Dispose();
    }

    [Fact]
    public void A_live_chart_holds_its_drawings_address_and_the_drawing_is_kept_for_its_user_alone()
    {
        var months = Enumerable.Range(0, 6).Select(i => new DateOnly(2008, 4, 1).AddMonths(i)).ToList();
        var series = XmrAnalysis.Analyse(months.Select((m, i) => (m, 100m + i * 7)).ToList(), ImprovementDirection.Up, target: null);

        var chart = _context.Render<XmrChart>(p => p.Add(x => x.Result, series));

        chart.WaitForAssertion(() => Assert.NotNull(chart.Find("div.drawing-holder").GetAttribute("data-chart-src")));
        var holder = chart.Find("div.drawing-holder");
        Assert.Empty(holder.Children);
        var key = holder.GetAttribute("data-chart-src")![ChartDrawings.AddressPrefix.Length..];
        Assert.Contains("class=\"spc-svg\"", _store.Find(BoardMember, key));
        Assert.Null(_store.Find("someone-else", key));
        Assert.Equal(series.Points.Count, chart.FindAll(".spc-point-target").Count);
    }
}
