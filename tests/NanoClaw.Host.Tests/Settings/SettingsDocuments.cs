using Microsoft.Extensions.Configuration;
using NanoClaw.Host.Configuration;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Tests.Settings;

/// <summary>The built-in HOCON.conf with a few settings changed, read with an empty environment.</summary>
internal static class SettingsDocuments
{
    public const string BaseDirectory = "/srv/nanoclaw";

    public static IConfigurationRoot WithDefaults(string overrides, Func<string, string?>? environment = null) =>
        new ConfigurationBuilder()
            .AddHocon(HoconSource.FromText($"include classpath(\"HOCON.conf\")\n{overrides}", "test.conf"), environment ?? (_ => null))
            .Build();

    public static NanoClawOptions Load(string overrides, Func<string, string?>? environment = null) =>
        NanoClawSettings.Load(WithDefaults(overrides, environment), BaseDirectory);

    public static string LoadError(string overrides) =>
        Assert.Throws<SettingsException>(() => Load(overrides)).Message;
}
