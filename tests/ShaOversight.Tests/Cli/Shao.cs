using ShaOversight.Cli;

namespace ShaOversight.Tests.Cli;

/// <summary>Runs `shao` in process, as a scheduler would run it, capturing what it prints.</summary>
internal static class Shao
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
