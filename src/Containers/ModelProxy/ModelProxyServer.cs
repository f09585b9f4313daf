using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NanoClaw.Containers.ModelProxy;

/// <summary>
/// The model proxy: Kestrel on a unix socket that is mounted into every agent container. Runners
/// reach the model only through it, so no credential ever enters a container.
/// </summary>
public sealed class ModelProxyServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;

    private ModelProxyServer(WebApplication app, HttpClient upstream, string socketPath)
    {
        _app = app;
        _upstream = upstream;
        SocketPath = socketPath;
    }

    public string SocketPath { get; }

    /// <summary>Starts serving on <paramref name="socketPath"/> (a stale file is replaced).</summary>
    public static async Task<ModelProxyServer> StartAsync(
        string socketPath,
        ModelProxyOptions options,
        ProxyTokenRegistry tokens,
        TokenUsageLedger ledger,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        File.Delete(socketPath);
        var upstream = new HttpClient(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1) })
        {
            // The forwarder applies its own header timeout; bodies may stream for as long as the model writes.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.ListenUnixSocket(socketPath);
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        var app = builder.Build();
        var forwarder = new ModelProxyForwarder(
            options, tokens, ledger, upstream, timeProvider, loggerFactory.CreateLogger("NanoClaw.Containers.ModelProxy"));
        app.Run(forwarder.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            // The container's user may differ from the host's; the token, not the file mode, guards access.
            File.SetUnixFileMode(socketPath, (UnixFileMode)0b110_110_110);
        }

        return new ModelProxyServer(app, upstream, socketPath);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _upstream.Dispose();
        File.Delete(SocketPath);
    }
}
