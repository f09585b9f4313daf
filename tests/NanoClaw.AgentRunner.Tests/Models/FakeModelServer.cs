using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NanoClaw.AgentRunner.Tests.Models;

/// <summary>
/// A model API stand-in on 127.0.0.1 (free port) that answers each request with the next scripted
/// response and records what it was sent. Never anything but loopback.
/// </summary>
internal sealed class FakeModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script;
    private readonly ConcurrentQueue<ReceivedRequest> _received;

    private FakeModelServer(WebApplication app, ConcurrentQueue<ScriptedResponse> script, ConcurrentQueue<ReceivedRequest> received)
    {
        _app = app;
        _script = script;
        _received = received;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address);
    }

    public Uri BaseUrl { get; }

    public IReadOnlyList<ReceivedRequest> Received => [.. _received];

    public static async Task<FakeModelServer> StartAsync(params ScriptedResponse[] responses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var script = new ConcurrentQueue<ScriptedResponse>(responses);
        var received = new ConcurrentQueue<ReceivedRequest>();
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
            received.Enqueue(new ReceivedRequest(context.Request.Path.Value ?? string.Empty, headers, body));
            var next = script.TryDequeue(out var response)
                ? response
                : new ScriptedResponse(500, "application/json", ["{\"error\":{\"message\":\"script exhausted\"}}"]);
            context.Response.StatusCode = next.Status;
            context.Response.ContentType = next.ContentType;
            foreach (var chunk in next.Chunks)
            {
                await context.Response.WriteAsync(chunk);
                await context.Response.Body.FlushAsync();
            }
        });
        await app.StartAsync();
        return new FakeModelServer(app, script, received);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
