using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShaOversight.Core.Features.Imports.Kinds;

namespace ShaOversight.Core.Features.Imports;

public static class ImportKinds
{
    private static readonly Dictionary<ImportKind, string> Slugs = new()
    {
        [ImportKind.MonthlyReturns] = "monthly-returns",
        [ImportKind.StageChanges] = "stage-changes",
        [ImportKind.Contracts] = "contracts",
        [ImportKind.PilotUpdates] = "pilot-updates",
        [ImportKind.Assessments] = "assessments",
    };

    /// <summary>The kind's name in URLs, file names and on the command line.</summary>
    public static string Slug(ImportKind kind) => Slugs[kind];

    public static IReadOnlyCollection<string> AllSlugs => Slugs.Values;

    public static bool TryParse(string? slug, out ImportKind kind)
    {
        foreach (var (candidate, text) in Slugs)
        {
            if (string.Equals(text, slug, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public static IServiceCollection AddShaOversightImports(this IServiceCollection services)
    {
        services.TryAddSingleton(new ImportLimits());
        services.AddSingleton<IImportKind, MonthlyReturnsImport>();
        services.AddSingleton<IImportKind, StageChangesImport>();
        services.AddSingleton<IImportKind, ContractsImport>();
        services.AddSingleton<IImportKind, PilotUpdatesImport>();
        services.AddSingleton<IImportKind, AssessmentsImport>();
        services.AddSingleton<ImportRunner>();
        services.AddSingleton<ImportTemplates>();
        return services;
    }
}
