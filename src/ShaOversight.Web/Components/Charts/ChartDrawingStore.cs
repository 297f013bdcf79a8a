using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace ShaOversight.Web.Components.Charts;

/// <summary>
/// Chart drawings (SVG) a live page has asked the browser to fetch, by an address that names their
/// content, for the users who drew them. A circuit keeps only the address, not the drawing: a page's charts were
/// most of what an open SHA lens held (docs/performance.md, "Memory per circuit"). The browser
/// fetches a drawing once, within seconds, and keeps it (wwwroot/app.js), so a drawing is kept
/// here only until <see cref="KeptFor"/> after it was last drawn or fetched, and the whole store is
/// bounded by <see cref="MostChars"/>.
/// </summary>
public sealed class ChartDrawingStore : IDisposable
{
    /// <summary>How long after it was last drawn or fetched a drawing can still be fetched.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(2);

    /// <summary>At most 64 MB of drawings (UTF-16); a drawing that would go past it first makes room by dropping the least recently used half.</summary>
    public const long MostChars = 32L * 1024 * 1024;

    private readonly MemoryCache _drawings = new(new MemoryCacheOptions { SizeLimit = MostChars });

    // A key from the content under a secret of this process: the same chart drawn again has the same
    // address (so the browser's copy serves it), and an address says nothing of what it holds.
    private readonly byte[] _secret = RandomNumberGenerator.GetBytes(32);

    /// <summary>The address a drawing is fetched from, without keeping it (a prerendered page has its drawings inline).</summary>
    public string KeyOf(string svg) => Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(svg)));

    /// <summary>Keeps a drawing for this user to fetch, and gives its key.</summary>
    public string Keep(string ownerId, string svg)
    {
        var key = KeyOf(svg);
        // One writer at a time: two users drawing the same chart at once must both end up among its
        // owners, not one of them in an entry the other replaced.
        lock (_writing)
        {
            if (!_drawings.TryGetValue(key, out KeptDrawing? kept))
            {
                kept = new KeptDrawing(svg);
                Store(key, kept);
                // A full cache refuses a new entry rather than dropping an old one; make room and store again.
                if (!_drawings.TryGetValue(key, out _))
                {
                    _drawings.Compact(0.5);
                    Store(key, kept);
                }
            }
            kept!.Owners.TryAdd(ownerId, 0);
        }
        return key;
    }

    private readonly Lock _writing = new();

    private void Store(string key, KeptDrawing kept) =>
        _drawings.Set(key, kept, new MemoryCacheEntryOptions { Size = kept.Svg.Length, SlidingExpiration = KeptFor });

    /// <summary>
    /// The drawing under this key if this user drew it and it is still kept; otherwise nothing,
    /// whether it never existed, has gone, or was drawn only for someone else.
    /// </summary>
    public string? Find(string ownerId, string key) =>
        ownerId.Length > 0 && _drawings.TryGetValue(key, out KeptDrawing? kept) && kept!.Owners.ContainsKey(ownerId) ? kept.Svg : null;

    public void Dispose() => _drawings.Dispose();

    private sealed record KeptDrawing(string Svg)
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, byte> Owners { get; } = new(StringComparer.Ordinal);
    }
}
