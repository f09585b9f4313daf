using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.Slack;

public sealed partial class FakeSlackServer
{
    private async Task LinkAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeSocket(socket);
        List<JsonObject> redeliver;
        lock (_lock)
        {
            _current = connection;
            redeliver = [.. _pending];
        }

        await connection.SendAsync("""{"type":"hello","num_connections":1,"debug_info":{"host":"applink-fake","approximate_connection_time":18060},"connection_info":{"app_id":"A0APP"}}""");
        foreach (var envelope in redeliver)
        {
            envelope["retry_attempt"] = envelope["retry_attempt"]!.GetValue<int>() + 1;
            envelope["retry_reason"] = "timeout";
            await connection.SendAsync(envelope.ToJsonString());
        }

        Connected.Writer.TryWrite(_connectionsOpened);
        try
        {
            while (await connection.ReceiveAsync(context.RequestAborted) is { } text)
            {
                Acknowledge(text);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client or a test dropped the connection.
        }
    }

    private void Acknowledge(string text)
    {
        using var document = JsonDocument.Parse(text);
        if (!document.RootElement.TryGetProperty("envelope_id", out var id))
        {
            return;
        }

        var envelopeId = id.GetString()!;
        lock (_lock)
        {
            _pending.RemoveAll(e => (string?)e["envelope_id"] == envelopeId);
        }

        Acks.Writer.TryWrite(envelopeId);
    }
}
