using System.IO.Compression;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;

namespace ShaOversight.Web.Components.Shared;

/// <summary>
/// The one way a page or lens loads its data, hands it from the prerender to the live circuit,
/// and reloads it when a change is committed elsewhere. The component says which query it shows
/// and how to tell whether data already loaded still fits its parameters; this does the rest.
/// <para>
/// What is handed over travels back from the browser in the message that starts the circuit,
/// which SignalR caps at 32 KB. So it goes as Brotli-compressed JSON (its field names repeat row
/// after row, so it packs to a fraction), and a page hands over at most
/// <see cref="PageBudgetBytes"/> in all; data past that is not handed over, and the circuit sends
/// its query again.
/// </para>
/// </summary>
public sealed class PageData<TResult>(ISender sender, PersistentComponentState pageState)
    where TResult : class
{
    /// <summary>
    /// The state is base64-encoded, data-protected and base64-encoded again on its way into the
    /// page (about 1.8 times its size), and shares the message with the components' markers.
    /// </summary>
    public const int PageBudgetBytes = 14 * 1024;

    // One running total per request, shared by every PageData<T> on the page.
    private const string BudgetKey = "PageData.HandedOverBytes";
    private PersistingComponentStateSubscription? _persisting;

    public TResult? Value { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Loads the query's result unless the value held already <paramref name="shows"/> what the parameters ask for.</summary>
    /// <returns>Whether a value is held afterwards.</returns>
    public async Task<bool> LoadAsync(IQuery<TResult> query, Func<TResult, bool> shows, HttpContext? httpContext)
    {
        if (Value is not null && shows(Value)) return true;
        Value = null;
        var key = $"PageData:{typeof(TResult).FullName}:{JsonSerializer.Serialize(query, query.GetType())}";
        if (httpContext is null && pageState.TryTakeFromJson<byte[]>(key, out var packed) && packed is not null)
        {
            (Value, Problem) = (Unpack(packed), null);
            return true;
        }
        (Value, Problem) = await PageQuery.SendAsync(sender, query, httpContext, pageState);
        // A page rendered per request has no circuit to hand its data to; its islands would only
        // carry it back to the server, unread, and keep it for their circuit's life.
        if (httpContext?.AcceptsInteractiveRouting() == true && Value is not null) HandOver(key, httpContext);
        return Value is not null;
    }

    /// <summary>Reloads in place; the old value stays until the new one arrives, and stays if the reload is refused.</summary>
    public async Task RefreshAsync(IQuery<TResult> query)
    {
        var (fresh, _) = await PageQuery.SendAsync(sender, query);
        if (fresh is not null) Value = fresh;
    }

    private void HandOver(string key, HttpContext httpContext)
    {
        // A second load in the same prerender replaces the first hand-over rather than adding a second.
        _persisting?.Dispose();
        _persisting = pageState.RegisterOnPersisting(() =>
        {
            if (Value is null) return Task.CompletedTask;
            var packed = Pack(Value);
            var spent = httpContext.Items[BudgetKey] as int? ?? 0;
            if (spent + packed.Length > PageBudgetBytes) return Task.CompletedTask;
            httpContext.Items[BudgetKey] = spent + packed.Length;
            pageState.PersistAsJson(key, packed);
            return Task.CompletedTask;
        }, RenderMode.InteractiveServer);
    }

    private static byte[] Pack(TResult value)
    {
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.Optimal))
            JsonSerializer.Serialize(brotli, value, JsonSerializerOptions.Web);
        return packed.ToArray();
    }

    private static TResult? Unpack(byte[] packed)
    {
        using var brotli = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<TResult>(brotli, JsonSerializerOptions.Web);
    }
}
