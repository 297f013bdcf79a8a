using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ShaOversight.Web.Tests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services and loose JS interop, disposed asynchronously
/// because MudBlazor's services only dispose that way.
/// </summary>
public abstract class ComponentTest : IAsyncLifetime
{
    protected BunitContext Context { get; } = new();

    protected ComponentTest()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
