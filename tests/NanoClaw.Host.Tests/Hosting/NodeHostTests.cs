using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NanoClaw.Host.Hosting;
using NanoClaw.Host.Settings;
using NanoClaw.Host.Tests.Configuration;

namespace NanoClaw.Host.Tests.Hosting;

public sealed class NodeHostTests
{
    [Fact]
    public void Build_ValidConfiguration_RegistersOptionsTimeAndShutdownTimeout()
    {
        using var temp = new TempDirectory();
        temp.Write("HOCON.conf", "include classpath(\"HOCON.conf\")\nnanoclaw.shutdown-timeout = 3s");
        var file = NodeConfigurationFile.Locate(null, temp.Path);
        var configuration = NodeHost.ReadConfiguration(file);
        var options = NanoClawSettings.Load(configuration, file.BaseDirectory);

        using var host = NodeHost.Build(file, configuration, options);

        Assert.Equal(Path.Combine(temp.Path, "data"), host.Services.GetRequiredService<IOptions<NanoClawOptions>>().Value.DataDir);
        Assert.Equal(TimeSpan.FromSeconds(3), host.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        Assert.Same(TimeProvider.System, host.Services.GetRequiredService<TimeProvider>());
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "data")));
    }
}
