using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.Discord;

public sealed partial class FakeDiscordServer
{
    private async Task GatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeSocket(socket);
        lock (_lock)
        {
            _current = connection;
        }

        await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs } }.ToJsonString());
        try
        {
            while (await connection.ReceiveAsync(context.RequestAborted) is { } text)
            {
                await HandleAsync(connection, Parse(text));
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client or a test dropped the connection.
        }
    }

    private async Task HandleAsync(FakeSocket connection, JsonElement payload)
    {
        switch (payload.GetProperty("op").GetInt32())
        {
            case 1:
                Heartbeats.Writer.TryWrite(payload);
                if (!SilenceHeartbeats)
                {
                    await connection.SendAsync("""{"op":11}""");
                }

                break;
            case 2:
                Interlocked.Increment(ref _sessions);
                await DispatchAsync("READY", new JsonObject
                {
                    ["v"] = 10,
                    ["user"] = new JsonObject { ["id"] = BotId, ["username"] = "andy", ["bot"] = true },
                    ["guilds"] = new JsonArray(),
                    ["session_id"] = SessionId,
                    ["resume_gateway_url"] = GatewayUrl(),
                });

                // Seen by tests only once READY is on the wire, so what a test dispatches next comes after it.
                Identifies.Writer.TryWrite(payload);
                break;
            case 6:
                Resumes.Writer.TryWrite(payload);
                await ResumeAsync(connection, payload.GetProperty("d"));
                break;
        }
    }

    private async Task ResumeAsync(FakeSocket connection, JsonElement resume)
    {
        if (RefuseResume || resume.GetProperty("session_id").GetString() != SessionId)
        {
            await connection.SendAsync("""{"op":9,"d":false}""");
            return;
        }

        var after = resume.GetProperty("seq").ValueKind == JsonValueKind.Number ? resume.GetProperty("seq").GetInt64() : 0;
        List<JsonObject> missed;
        lock (_lock)
        {
            missed = [.. _dispatched.Where(d => d["s"]!.GetValue<long>() > after && (string?)d["t"] != "READY")];
        }

        foreach (var dispatch in missed)
        {
            await connection.SendAsync(dispatch.ToJsonString());
        }

        await DispatchAsync("RESUMED", []);
    }
}
