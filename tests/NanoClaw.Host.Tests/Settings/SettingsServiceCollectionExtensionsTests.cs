using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Tests.Settings;

public sealed class SettingsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddNanoClawSettings_ValidConfiguration_ResolvesOptionsWithResolvedPaths()
    {
        using var provider = Services(string.Empty);

        var options = provider.GetRequiredService<IOptions<NanoClawOptions>>().Value;

        Assert.Equal(5, options.Containers.MaxConcurrent);
        Assert.Equal(Path.Combine(SettingsDocuments.BaseDirectory, "data"), options.DataDir);
    }

    [Fact]
    public void AddNanoClawSettings_InvalidValue_FailsStartupValidationWithOneLine()
    {
        using var provider = Services("nanoclaw.containers.max-concurrent = 0");

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(["nanoclaw.containers.max-concurrent = 0 is invalid: must be between 1 and 100"], error.Failures);
    }

    [Fact]
    public void AddNanoClawSettings_UnbindableValue_FailsWithSettingsException()
    {
        using var provider = Services("nanoclaw.containers.idle-timeout = 30x");

        var error = Assert.Throws<SettingsException>(() => provider.GetRequiredService<IOptions<NanoClawOptions>>().Value);

        Assert.StartsWith("nanoclaw.containers.idle-timeout = 30x is invalid", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(string overrides) =>
        new ServiceCollection()
            .AddNanoClawSettings(SettingsDocuments.WithDefaults(overrides), SettingsDocuments.BaseDirectory)
            .BuildServiceProvider();
}
