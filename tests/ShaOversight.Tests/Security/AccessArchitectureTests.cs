using System.Reflection;
using ShaOversight.Core.Application;
using ShaOversight.Core.Security;

namespace ShaOversight.Tests.Security;

/// <summary>
/// Every handler learns who is asking through <see cref="AccessService"/>, which resolves access
/// from current data per operation; none may read UserScopes or resolve a principal itself, or
/// an open circuit could keep access that has since been taken away.
/// </summary>
public sealed class AccessArchitectureTests
{
    private static readonly Type[] Bypasses = [typeof(ICurrentUser), typeof(UserAccessResolver), typeof(UserSessions)];

    [Fact]
    public void No_handler_takes_the_current_user_or_the_resolver_instead_of_the_access_service()
    {
        var handlers = typeof(AuditLog).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.GetInterfaces().Any(IsHandlerInterface))
            .ToList();

        var offenders = handlers
            .SelectMany(h => h.GetConstructors().SelectMany(c => c.GetParameters())
                .Where(p => Bypasses.Contains(p.ParameterType))
                .Select(p => $"{h.Name} takes {p.ParameterType.Name}"))
            .ToList();

        Assert.True(handlers.Count > 20, $"only {handlers.Count} handlers were found: the test is not looking where they are");
        Assert.Empty(offenders);
    }

    [Fact]
    public void Only_the_access_service_reads_user_scopes_or_resolves_a_principal()
    {
        var root = RepositoryRoot();
        var allowed = new[] { Path.Combine("src", "ShaOversight.Core", "Security"), Path.Combine("src", "ShaOversight.Core", "Data"),
                              Path.Combine("src", "ShaOversight.Web", "Security"), Path.Combine("src", "ShaOversight.Cli") };
        var words = new[] { "UserScopes", "ICurrentUser", "resolver.ResolveAsync", "GetAccessAsync" };

        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (Relative: Path.GetRelativePath(root, f), Text: File.ReadAllText(f)))
            .Where(f => !allowed.Any(a => f.Relative.StartsWith(a, StringComparison.Ordinal)))
            .SelectMany(f => words.Where(w => f.Text.Contains(w, StringComparison.Ordinal)).Select(w => $"{f.Relative} uses {w}"))
            .ToList();

        Assert.Empty(offenders);
    }

    private static bool IsHandlerInterface(Type type) =>
        type.IsGenericType && type.Namespace == "Mediator" && type.Name.Contains("Handler", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ShaOversight.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (ShaOversight.sln) was not found above the test's folder.");
    }
}
