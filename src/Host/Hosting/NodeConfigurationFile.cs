using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Hosting;

/// <summary>
/// The configuration the node runs with: how to read it, how to name it in logs, and the folder
/// that relative paths in it are relative to.
/// </summary>
public sealed record NodeConfigurationFile(string Description, string BaseDirectory, Func<HoconSource> Open)
{
    /// <summary>
    /// <paramref name="configPath"/> when given (it must exist), else <c>HOCON.conf</c> in the working
    /// directory when there is one, else the copy built into the binary.
    /// </summary>
    public static NodeConfigurationFile Locate(string? configPath, string workingDirectory)
    {
        if (configPath is not null)
        {
            var fullPath = Path.GetFullPath(configPath, workingDirectory);
            if (!File.Exists(fullPath))
            {
                throw new HoconException(new SourcePosition(configPath, 1, 1), $"configuration file not found ({fullPath})");
            }

            return FromFile(configPath, fullPath);
        }

        var local = Path.Combine(workingDirectory, EmbeddedHocon.DefaultName);
        if (File.Exists(local))
        {
            return FromFile(EmbeddedHocon.DefaultName, local);
        }

        return new NodeConfigurationFile("built-in HOCON.conf", workingDirectory, () => EmbeddedHocon.Default);
    }

    private static NodeConfigurationFile FromFile(string displayName, string fullPath) =>
        new(fullPath, Path.GetDirectoryName(fullPath)!, () => HoconSource.FromFile(fullPath, displayName));
}
