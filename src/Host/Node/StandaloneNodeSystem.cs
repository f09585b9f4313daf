using Akka.Actor;
using Akka.Configuration;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NanoClaw.Host.Configuration;
using NanoClaw.Host.Hosting;

namespace NanoClaw.Host.Node;

/// <summary>
/// The node's actor system (<see cref="NodeAkka.WithNode"/>, built-in HOCON.conf's akka settings) in
/// a generic host of its own, for code that runs the node's actors without the whole node: the
/// benchmarks and the tests. Disposing it runs CoordinatedShutdown and ends the system.
/// </summary>
public sealed class StandaloneNodeSystem : IAsyncDisposable
{
    private static readonly Lazy<Config> BuiltInSettings = new(() => NodeAkka.Settings(
        NodeHost.ReadConfiguration(new NodeConfigurationFile("built-in HOCON.conf", AppContext.BaseDirectory, () => EmbeddedHocon.Default))));

    private readonly Microsoft.Extensions.Hosting.IHost _host;

    private StandaloneNodeSystem(Microsoft.Extensions.Hosting.IHost host)
    {
        _host = host;
        System = host.Services.GetRequiredService<ActorSystem>();
    }

    public ActorSystem System { get; }

    /// <param name="extra">Akka settings over the node's own (e.g. a test scheduler).</param>
    public static async Task<StandaloneNodeSystem> StartAsync(
        string name, NodeJournal journal, ILoggerFactory loggerFactory, Config? extra = null, CancellationToken cancellationToken = default)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(
            new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddAkka(name, akka =>
        {
            akka.WithNode(journal, BuiltInSettings.Value, loggerFactory);
            if (extra is not null)
            {
                akka.AddHocon(extra, HoconAddMode.Prepend);
            }
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return new StandaloneNodeSystem(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
    }
}
