using Microsoft.Extensions.Logging;

namespace NanoClaw.Host.Settings;

public sealed class LoggingOptions
{
    /// <summary>The minimum level for every category not listed in <see cref="Categories"/>.</summary>
    public LogLevel Level { get; set; } = LogLevel.Information;

    public LogFormat Format { get; set; } = LogFormat.Simple;

    /// <summary>Minimum level per category prefix, e.g. <c>"Microsoft.Hosting" = Warning</c>.</summary>
    public Dictionary<string, LogLevel> Categories { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft"] = LogLevel.Warning,
        ["Microsoft.Hosting.Lifetime"] = LogLevel.Information,
        ["System"] = LogLevel.Warning,
    };
}
