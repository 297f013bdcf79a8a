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
            SettingsException.Read(configuration, "Dashboards:StalledAfterDays", defaults.StalledAfterDays, "a number"),
            SettingsException.Read(configuration, "Dashboards:GreenFrom", defaults.GreenFrom, "a number"),
            SettingsException.Read(configuration, "Dashboards:AmberFrom", defaults.AmberFrom, "a number"));
        if (settings.StalledAfterDays < 1)
            throw new SettingsException("Dashboards:StalledAfterDays must be a whole number of days, 1 or more.");
        if (settings.AmberFrom is <= 0 or > 2 || settings.GreenFrom is <= 0 or > 2 || settings.AmberFrom > settings.GreenFrom)
            throw new SettingsException("Dashboards:AmberFrom and Dashboards:GreenFrom are shares such as 0.80 and 0.95, with amber no higher than green.");
        return settings;
    }
}
