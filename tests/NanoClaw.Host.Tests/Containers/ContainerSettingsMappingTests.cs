using Microsoft.Extensions.Configuration;
using NanoClaw.Containers.Runtime;
using NanoClaw.Host.Configuration;
using NanoClaw.Host.Containers;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Tests.Containers;

/// <summary>Every limit a container gets comes from the <c>nanoclaw.containers</c> block of HOCON.conf.</summary>
public sealed class ContainerSettingsMappingTests
{
    [Fact]
    public void ToRuntimeOptions_HoconConfDefaults_EqualRuntimeDefaults()
    {
        var options = Load(HoconSource.FromFile(RepositoryFiles.HoconConf));

        var runtime = options.Containers.ToRuntimeOptions();

        Assert.Equal(new ContainerOptions(), runtime);
    }

    [Fact]
    public void ToRuntimeOptions_OverriddenLimits_ReachTheRuntime()
    {
        var text = File.ReadAllText(RepositoryFiles.HoconConf) + """

            nanoclaw.containers {
              image = "agent:test"
              memory = 512m
              cpus = 0.5
              pids-limit = 100
              tmp-size = 64m
              hard-timeout = 2m
              stop-grace = 3s
              log-max-size = 1m
              log-files-kept = 2
            }
            """;
        var options = Load(HoconSource.FromText(text, "override.conf"));

        var runtime = options.Containers.ToRuntimeOptions();

        Assert.Equal("agent:test", runtime.Image);
        Assert.Equal(512L << 20, runtime.MemoryBytes);
        Assert.Equal(0.5, runtime.Cpus);
        Assert.Equal(100, runtime.PidsLimit);
        Assert.Equal(64L << 20, runtime.TmpfsBytes);
        Assert.Equal(TimeSpan.FromMinutes(2), runtime.NoOutputTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3), runtime.StopGrace);
        Assert.Equal(1L << 20, runtime.LogMaxBytes);
        Assert.Equal(2, runtime.LogFilesKept);
        Assert.Equal("none", runtime.NetworkMode);
    }

    [Fact]
    public void Validate_BridgeNetwork_IsRefused()
    {
        var text = File.ReadAllText(RepositoryFiles.HoconConf) + "\nnanoclaw.containers.network = bridge\n";
        var configuration = new ConfigurationBuilder().AddHocon(HoconSource.FromText(text, "bridge.conf"), _ => null).Build();
        var options = new NanoClawOptions();
        NanoClawSettings.Bind(configuration, options);

        var errors = NanoClawSettings.Validate(configuration, options);

        Assert.Contains(errors, e => e.Contains("nanoclaw.containers.network = bridge", StringComparison.Ordinal));
    }

    private static NanoClawOptions Load(HoconSource source)
    {
        var configuration = new ConfigurationBuilder().AddHocon(source, _ => null).Build();
        return NanoClawSettings.Load(configuration, Path.GetTempPath());
    }
}
