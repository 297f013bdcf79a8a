using Microsoft.Extensions.Configuration;
using ShaOversight.Core.Data;

namespace ShaOversight.Core.Application;

/// <summary>
/// Thresholds boards may want to set for themselves: when a buyer counts as stalled, and the
/// achievement levels for green and amber. Read from the <c>Dashboards</c> settings section.
/// </summary>
public sealed record DashboardSettings(int StalledAfterDays = 90, decimal GreenFrom = 0.95m, decimal AmberFrom = 0.80m)
{
    public static DashboardSettings From(IConfiguration configuration)
    {
        var defaults = new DashboardSettings();
        var settings = new DashboardSettings(
            Read(configuration, "Dashboards:StalledAfterDays", defaults.StalledAfterDays),
            Read(configuration, "Dashboards:GreenFrom", defaults.GreenFrom),
            Read(configuration, "Dashboards:AmberFrom", defaults.AmberFrom));
        if (settings.StalledAfterDays < 1)
            throw new SettingsException("Dashboards:StalledAfterDays must be a whole number of days, 1 or more.");
        if (settings.AmberFrom is <= 0 or > 2 || settings.GreenFrom is <= 0 or > 2 || settings.AmberFrom > settings.GreenFrom)
            throw new SettingsException("Dashboards:AmberFrom and Dashboards:GreenFrom are shares such as 0.80 and 0.95, with amber no higher than green.");
        return settings;
    }

    private static T Read<T>(IConfiguration configuration, string key, T fallback) where T : IParsable<T>
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return T.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SettingsException($"{key} is '{text}', which is not a number.");
    }
}
