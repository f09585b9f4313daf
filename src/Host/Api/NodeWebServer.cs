using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NanoClaw.Host.Api;

/// <summary>
/// The node's HTTP surface on Kestrel: the web chat page, <c>/healthz</c> and the JSON API over
/// <see cref="INodeApi"/>. Listens on exactly one address; beyond loopback the API needs the admin token.
/// </summary>
public sealed class NodeWebServer : IAsyncDisposable
{
    /// <summary>The environment variable the admin token comes from.</summary>
    public const string AdminTokenVariable = "NANOCLAW_ADMIN_TOKEN";

    private readonly WebApplication _app;

    private NodeWebServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The address the server listens on, with the port it really got.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts listening; throws <see cref="InvalidOperationException"/> when the address needs an admin token and none is set.</summary>
    public static async Task<NodeWebServer> StartAsync(
        NodeWebServerOptions options, INodeApi api, ILoggerFactory loggerFactory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var address = ParseAddress(options.Host);
        var requireToken = !IPAddress.IsLoopback(address);
        if (requireToken && string.IsNullOrWhiteSpace(options.AdminToken))
        {
            throw new InvalidOperationException(
                $"The web server listens on {options.Host}, beyond loopback: set {AdminTokenVariable} to the token API callers must send (Authorization: Bearer <token>), or listen on 127.0.0.1.");
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "nanoclaw" });
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddLogging();
        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = NodeWebServerOptions.MaxRequestBodySize;
            kestrel.Listen(address, options.Port);
        });

        var app = builder.Build();
        var logger = loggerFactory.CreateLogger<NodeWebServer>();
        app.UseMiddleware<ApiErrorMiddleware>(logger);
        app.UseStatusCodePages(ApiErrorMiddleware.WriteStatusCodeAsync);
        if (requireToken)
        {
            app.UseMiddleware<AdminTokenMiddleware>(options.AdminToken!);
        }

        app.UseRouting();
        WebAssets.Map(app);
        ApiEndpoints.Map(app, api);
        options.MapExtra?.Invoke(app);

        await app.StartAsync(ct).ConfigureAwait(false);
        return new NodeWebServer(app, BoundAddress(app));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static IPAddress ParseAddress(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address
        : throw new ArgumentException($"The web server's host must be an IP address or localhost, not '{host}'.", nameof(host));

    private static Uri BoundAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First());
    }
}
