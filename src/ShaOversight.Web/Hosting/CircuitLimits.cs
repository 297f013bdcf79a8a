using Microsoft.AspNetCore.Components.Server;

namespace ShaOversight.Web.Hosting;

/// <summary>
/// Blazor circuit options, chosen rather than inherited (see docs/operations.md). A circuit holds
/// a signed-in user's state in server memory, so a dropped one is kept only long enough to ride
/// out a network blip, and there are never many of them.
/// </summary>
public static class CircuitLimits
{
    /// <summary>
    /// Long enough for a Wi-Fi drop: the browser's reconnection attempts are over within about
    /// half a minute. The default three minutes keeps every closed tab's circuit in memory.
    /// </summary>
    public static readonly TimeSpan DisconnectedRetention = TimeSpan.FromSeconds(30);

    /// <summary>Per instance. Above the tabs that drop at once in a blip, and a bound on what closed tabs can hold.</summary>
    public const int DisconnectedMaxRetained = 20;

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
