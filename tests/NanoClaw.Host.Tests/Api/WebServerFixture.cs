using System.Net.Http.Headers;
using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Host.Api;

namespace NanoClaw.Host.Tests.Api;

/// <summary>A <see cref="NodeWebServer"/> over a <see cref="FakeNodeApi"/> on 127.0.0.1, any free port.</summary>
internal sealed class WebServerFixture : IAsyncDisposable
{
    private WebServerFixture(NodeWebServer server, FakeNodeApi api, Uri baseAddress)
    {
        Server = server;
        Api = api;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public NodeWebServer Server { get; }

    public FakeNodeApi Api { get; }

    public HttpClient Client { get; }

    public string Url => Client.BaseAddress!.ToString().TrimEnd('/');

    public static async Task<WebServerFixture> StartAsync(string host = "127.0.0.1", string? adminToken = null)
    {
        var api = new FakeNodeApi();
        var options = new NodeWebServerOptions { Host = host, Port = 0, AdminToken = adminToken };
        var server = await NodeWebServer.StartAsync(options, api, NullLoggerFactory.Instance, CancellationToken.None);
        var loopback = new UriBuilder(server.BaseAddress) { Host = "127.0.0.1" }.Uri;
        return new WebServerFixture(server, api, loopback);
    }

    public void UseToken(string token) => Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
