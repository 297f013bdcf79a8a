using ShaOversight.Core.Data;
using ShaOversight.Core.Data.Seeding;
using ShaOversight.Web;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddShaOversight();
    var app = builder.Build();
    await app.UseShaOversightAsync();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is SettingsException or SeedFileException)
{
    // A setting or seed file a person must fix: say which, without a stack trace.
    Console.Error.WriteLine($"ShaOversight cannot start. {ex.Message}");
    return 1;
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
