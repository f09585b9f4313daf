namespace NanoClaw.Actors.Scheduling;

/// <summary>The Vixie cron macros, as the five-field expressions they stand for.</summary>
internal static class CronMacros
{
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@hourly"] = "0 * * * *",
        ["@daily"] = "0 0 * * *",
        ["@midnight"] = "0 0 * * *",
        ["@weekly"] = "0 0 * * 0",
        ["@monthly"] = "0 0 1 * *",
        ["@yearly"] = "0 0 1 1 *",
        ["@annually"] = "0 0 1 1 *",
    };

    public const string Supported = "@hourly, @daily, @midnight, @weekly, @monthly, @yearly or @annually";

    /// <summary>The expansion of <paramref name="macro"/>, or null when no such macro exists.</summary>
    /// <remarks>@reboot is deliberately absent: tasks follow a schedule, not the node's start.</remarks>
    public static string? Expand(string macro) => Expansions.GetValueOrDefault(macro);
}
