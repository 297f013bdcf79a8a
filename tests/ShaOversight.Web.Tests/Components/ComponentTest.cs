using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;
using ShaOversight.Web.Components.Charts;

namespace ShaOversight.Web.Tests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services, loose JS interop and page state (pages hand a
/// prerendered refusal to the live circuit through it), disposed asynchronously
/// because MudBlazor's services only dispose that way.
/// </summary>
public abstract class ComponentTest : IAsyncLifetime
{
    protected BunitContext Context { get; } = new();

    protected ComponentTest()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.AddAuthorization();
        Context.Services.AddSingleton<ChartDrawingStore>();
        Context.Services.AddScoped<ChartDrawings>();
        Context.AddBunitPersistentComponentState();
    }

    /// <summary>
    /// Rendered as the server prerenders a page, so charts carry their drawings inline to be read.
    /// Set here, after every constructor has added its services: setting it starts the renderer.
    /// </summary>
    public Task InitializeAsync()
    {
        Context.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
