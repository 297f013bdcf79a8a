using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

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
        Context.AddBunitPersistentComponentState();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
