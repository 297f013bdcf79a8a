using Microsoft.AspNetCore.Components.Authorization;
using ShaOversight.Core.Security;

namespace ShaOversight.Web.Components.Charts;

/// <summary>
/// Turns a chart component's SVG into a <see cref="ChartDrawing"/> for the signed-in user: inline
/// when the page is rendered on the server, and kept in <see cref="ChartDrawingStore"/> for the
/// browser to fetch when the page is live. One per circuit or request.
/// </summary>
public sealed class ChartDrawings(ChartDrawingStore store, AuthenticationStateProvider authentication)
{
    public const string AddressPrefix = "/charts/";

    /// <summary>
    /// The drawing for a page rendered on the server (<paramref name="live"/> false), at once; or
    /// kept for the circuit's user to fetch.
    /// </summary>
    public ValueTask<ChartDrawing> DrawAsync(string svg, bool live) =>
        live ? KeepAsync(svg) : ValueTask.FromResult(new ChartDrawing(AddressPrefix + store.KeyOf(svg), svg));

    private async ValueTask<ChartDrawing> KeepAsync(string svg)
    {
        var owner = UserAccessResolver.ObjectIdOf((await authentication.GetAuthenticationStateAsync()).User);
        return new ChartDrawing(AddressPrefix + store.Keep(owner, svg), null);
    }
}
