using Akka.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NanoClaw.Host.Configuration;
using NanoClaw.Host.Node;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Hosting;

/// <summary>The composition root: reads the configuration, checks it, and builds the generic host.</summary>
public static class NodeHost
{
    /// <summary>Reads the HOCON document; throws <see cref="HoconException"/> when it is broken.</summary>
    public static IConfigurationRoot ReadConfiguration(NodeConfigurationFile file) =>
        new ConfigurationBuilder().Add(new HoconConfigurationSource(file.Open)).Build();

    /// <summary>
    /// Builds the host. Nothing is created on disk here; settings were validated by the caller and are
    /// validated again on start for every component that asks for them.
    /// </summary>
    public static IHost Build(NodeConfigurationFile file, IConfigurationRoot configuration, NanoClawOptions options)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "nanoclaw",
            ContentRootPath = file.BaseDirectory,
            DisableDefaults = true,
        });
        builder.Configuration.AddConfiguration(configuration);
        NodeLogging.Configure(builder.Logging, options.Logging);
        builder.Services.AddNanoClawSettings(configuration, file.BaseDirectory);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(file);
        builder.Services.AddHostedService<NodeStartupReporter>();
        builder.Services.AddSingleton(services => NodeJournal.Open(services.GetRequiredService<IOptions<NanoClawOptions>>().Value));
        var akkaSettings = NodeAkka.Settings(configuration);
        builder.Services.AddAkka(NodeAkka.SystemName, (akka, services) => akka.WithNode(
            services.GetRequiredService<NodeJournal>(), akkaSettings, services.GetRequiredService<ILoggerFactory>()));
        builder.Services.AddHostedService<NodeService>();
        return builder.Build();
    }
}
