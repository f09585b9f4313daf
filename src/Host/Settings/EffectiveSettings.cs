using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>The settings in force, as <c>key = value</c> lines in HOCON form with credentials masked.</summary>
public static class EffectiveSettings
{
    public static IReadOnlyList<string> Describe(IConfiguration configuration) =>
        configuration.GetSection(NanoClawOptions.SectionName)
            .AsEnumerable()
            .Where(pair => pair.Value is not null)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair =>
            {
                var key = SettingsKeys.Display(pair.Key);
                return $"{key} = {SecretMask.Apply(key, pair.Value)}";
            })
            .ToList();
}
