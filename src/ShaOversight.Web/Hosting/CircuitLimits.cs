using Microsoft.AspNetCore.Components.Server;

namespace ShaOversight.Web.Hosting;

/// <summary>
/// Blazor circuit options, chosen rather than inherited (see docs/operations.md). A circuit holds
/// a signed-in user's state in server memory, so a dropped one is kept only long enough to ride
/// out a network blip, and there are never many of them.
/// </summary>
public static class CircuitLimits
{
    /// <summary>Long enough for a Wi-Fi drop or a train tunnel; the default three minutes keeps a closed laptop's session alive.</summary>
    public static readonly TimeSpan DisconnectedRetention = TimeSpan.FromMinutes(1);

    /// <summary>Per instance. Far above the concurrent users one instance serves, far below what would strain its memory.</summary>
    public const int DisconnectedMaxRetained = 50;

    /// <summary>
    /// The default minute, kept on purpose: the board pack and the import problem list are
    /// streamed to the browser inside one call, and a large pack on a slow link needs the time.
    /// </summary>
    public static readonly TimeSpan JsInteropTimeout = TimeSpan.FromMinutes(1);

    /// <summary>How far the server renders ahead of a slow browser before it waits; the default, kept on purpose.</summary>
    public const int MaxUnacknowledgedRenderBatches = 10;

    public static void Apply(CircuitOptions options)
    {
        // Never send exception details to the browser, whatever the environment or the DetailedErrors setting say.
        options.DetailedErrors = false;
        options.DisconnectedCircuitRetentionPeriod = DisconnectedRetention;
        options.DisconnectedCircuitMaxRetained = DisconnectedMaxRetained;
        options.JSInteropDefaultCallTimeout = JsInteropTimeout;
        options.MaxBufferedUnacknowledgedRenderBatches = MaxUnacknowledgedRenderBatches;
    }
}
