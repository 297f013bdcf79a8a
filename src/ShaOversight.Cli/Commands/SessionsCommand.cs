using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Application;
using ShaOversight.Core.Security;

namespace ShaOversight.Cli.Commands;

/// <summary>
/// `shao sessions end --user &lt;object id&gt;`: ends every live session of one user. Roles come from
/// Entra and are read at sign-in, so after a role is removed there, this is what makes it take
/// effect on the user's open pages at their next action rather than at their next sign-in.
/// </summary>
internal static class SessionsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var user = new Option<string>("--user") { Description = "The user's Entra object id (as in UserScopes and the audit log).", Required = true, HelpName = "object-id" };
        var operatorName = new Option<string?>("--operator") { Description = "The name the audit log records (default: the account running the command).", HelpName = "name" };
        var database = CliHost.DatabaseOption();
        var end = new Command("end", "End every live session of a user: their open pages are refused at their next action, and they must sign in again.")
        {
            user, operatorName, database,
        };
        end.SetAction((parse, cancellationToken) => CliHost.RunAsync(error, async () =>
        {
            var objectId = parse.GetValue(user)!.Trim();
            if (objectId.Length == 0)
            {
                await error.WriteLineAsync("--user needs the user's object id.");
                return 1;
            }
            var operatorUser = OperatorUser.Loader(parse.GetValue(operatorName));
            await using var services = CliHost.BuildServices(CliHost.ReadSettings(parse.GetValue(database)), operatorUser);
            if (await CliHost.SchemaProblemAsync(services, cancellationToken) is { } schemaProblem)
            {
                await error.WriteLineAsync(schemaProblem);
                return 1;
            }
            var ended = await services.GetRequiredService<UserSessions>().EndAllForAsync(objectId, cancellationToken);
            await services.GetRequiredService<AuditLog>().WriteAsync(await operatorUser.GetAccessAsync(cancellationToken),
                AuditLog.SessionsEnded, $"user {objectId}", $"{ended} live session(s) ended", cancellationToken);
            await output.WriteLineAsync(ended == 0
                ? $"{objectId} had no live sessions; nothing was changed."
                : $"Ended {ended} live session(s) of {objectId}. Their open pages are refused at their next action, and signing in again reads their roles afresh.");
            return 0;
        }));
        return new Command("sessions", "Manage signed-in sessions.") { end };
    }
}
