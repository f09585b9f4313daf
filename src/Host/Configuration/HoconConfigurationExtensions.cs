using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Configuration;

public static class HoconConfigurationExtensions
{
    /// <summary>
    /// Adds a HOCON file. A missing file is an error (a configuration the user named must exist).
    /// Also makes durations (<c>30m</c>) bind to <see cref="TimeSpan"/>; see <see cref="HoconTypeConverters"/>.
    /// </summary>
    public static IConfigurationBuilder AddHocon(this IConfigurationBuilder builder, string path, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        HoconTypeConverters.Register();
        return builder.Add(new HoconConfigurationSource(() => OpenFile(path), environment));
    }

    /// <summary>Adds a HOCON source held in memory or embedded in the assembly.</summary>
    public static IConfigurationBuilder AddHocon(this IConfigurationBuilder builder, HoconSource source, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        HoconTypeConverters.Register();
        return builder.Add(new HoconConfigurationSource(() => source, environment));
    }

    private static HoconSource OpenFile(string path) =>
        File.Exists(path)
            ? HoconSource.FromFile(path)
            : throw new HoconException(new SourcePosition(path, 1, 1), $"configuration file not found ({Path.GetFullPath(path)})");
}
