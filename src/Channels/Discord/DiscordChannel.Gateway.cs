using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Discord;

public sealed partial class DiscordChannel
{
    private readonly ConcurrentDictionary<string, string> _channelNames = new(StringComparer.Ordinal);
    private int _awaitingAck;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var socket = _socket ?? throw new InvalidOperationException("not connected");
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Interlocked.Exchange(ref _awaitingAck, 0);
        var heartbeat = HeartbeatAsync(socket, running.Token);
        try
        {
            while (await ReceivePayloadAsync(socket, cancellationToken).ConfigureAwait(false) is { } payload)
            {
                if (!await HandleAsync(socket, payload, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }

            // Close codes 4007 (invalid seq) and 4009 (session timed out) cannot be resumed.
            if (socket.CloseStatus is (WebSocketCloseStatus)4007 or (WebSocketCloseStatus)4009)
            {
                ForgetSession();
            }
        }
        finally
        {
            await running.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }
    }

    /// <summary>Handles one gateway payload; false when the connection should be given up and reopened.</summary>
    private async Task<bool> HandleAsync(WebSocketConnection socket, JsonElement payload, CancellationToken cancellationToken)
    {
        switch (payload.Int("op"))
        {
            case DiscordOpcode.Dispatch:
                await DispatchAsync(payload, cancellationToken).ConfigureAwait(false);
                return true;
            case DiscordOpcode.Heartbeat:
                await SendHeartbeatAsync(socket, cancellationToken).ConfigureAwait(false);
                return true;
            case DiscordOpcode.HeartbeatAck:
                Interlocked.Exchange(ref _awaitingAck, 0);
                return true;
            case DiscordOpcode.Reconnect:
                DiscordLog.ReconnectRequested(Logger);
                return false;
            case DiscordOpcode.InvalidSession:
                var resumable = payload.Bool("d");
                DiscordLog.InvalidSession(Logger, resumable);
                if (!resumable)
                {
                    ForgetSession();
                }

                return false;
            default:
                return true;
        }
    }

    private async Task DispatchAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        var data = payload.Obj("d");
        switch (payload.Str("t"))
        {
            case "READY" when data is { } ready:
                _sessionId = ready.Str("session_id");
                _resumeUrl = ready.Str("resume_gateway_url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
                _botUserId = ready.Obj("user")?.Str("id");
                break;
            case "MESSAGE_CREATE" when data is { } message:
                await ReceiveMessageAsync(message, cancellationToken).ConfigureAwait(false);
                break;
            case "MESSAGE_CREATE":
                ChannelLog.Malformed(Logger, Name, "MESSAGE_CREATE without data");
                break;
        }

        // The sequence moves only after the event was handled (and a message stored), so a resume
        // replays anything not yet stored.
        if (payload.Long("s") is { } sequence)
        {
            _sequence = sequence;
        }
    }

    private async Task ReceiveMessageAsync(JsonElement data, CancellationToken cancellationToken)
    {
        var incoming = DiscordMessageReader.Read(data, _botUserId, Context.AssistantName);
        if (incoming is null)
        {
            ChannelLog.Malformed(Logger, Name, "MESSAGE_CREATE without id, channel or author");
            return;
        }

        if (incoming.FromBot)
        {
            return;
        }

        var attachments = await FetchAttachmentsAsync(incoming, cancellationToken).ConfigureAwait(false);
        var message = incoming.Message with
        {
            Text = AttachmentText.Append(incoming.Message.Text, attachments),
            Attachments = attachments,
        };
        var chatName = incoming.ChatName ?? await ChannelNameAsync(incoming.Message.ChatId, cancellationToken).ConfigureAwait(false);
        await ReportAsync(message, chatName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Guild channel names, looked up once per channel; a failed lookup is retried with the next message.</summary>
    private async Task<string?> ChannelNameAsync(string chatId, CancellationToken cancellationToken)
    {
        if (_channelNames.TryGetValue(chatId, out var cached))
        {
            return cached;
        }

        try
        {
            var name = await _rest.ChannelNameAsync(ChatIds.PlatformId(chatId, Prefix), cancellationToken).ConfigureAwait(false);
            if (name is not null)
            {
                _channelNames[chatId] = name;
            }

            return name;
        }
        catch (Exception ex) when (ex is SendRejectedException or HttpRequestException)
        {
            return null;
        }
    }

    private async Task<IReadOnlyList<InboundAttachment>> FetchAttachmentsAsync(DiscordIncoming incoming, CancellationToken cancellationToken)
    {
        var folder = Context.AttachmentFolders?.Invoke(incoming.Message.ChatId);
        var attachments = new List<InboundAttachment>();
        foreach (var file in incoming.Files)
        {
            string? localPath = null;
            if (folder is not null && file.Url is not null && (file.Size ?? 0) <= Timings.MaxAttachmentBytes)
            {
                localPath = await _downloader.DownloadAsync(file.Url, folder, $"{incoming.Message.MessageId}-{file.Name}", cancellationToken).ConfigureAwait(false);
            }

            attachments.Add(new InboundAttachment(file.Kind, file.Name, file.Size, localPath));
        }

        return attachments;
    }

    /// <summary>
    /// Beats at the interval hello gave, the first after a random fraction of it so that many clients do not
    /// beat together. A beat that is due while the last one is still unacknowledged means the connection is
    /// dead though open: it is aborted, and the receive loop ends so the session is resumed.
    /// </summary>
    private async Task HeartbeatAsync(WebSocketConnection socket, CancellationToken cancellationToken)
    {
        var delay = _heartbeatInterval * _random.NextDouble();
        try
        {
            while (true)
            {
                await Task.Delay(delay, Time, cancellationToken).ConfigureAwait(false);
                delay = _heartbeatInterval;
                if (Interlocked.Exchange(ref _awaitingAck, 1) == 1)
                {
                    DiscordLog.HeartbeatNotAcknowledged(Logger);
                    socket.Abort();
                    return;
                }

                await SendHeartbeatAsync(socket, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The receive loop notices the connection is gone and ends the run.
        }
    }

    private Task SendHeartbeatAsync(WebSocketConnection socket, CancellationToken cancellationToken) =>
        socket.SendAsync(new JsonObject { ["op"] = DiscordOpcode.Heartbeat, ["d"] = _sequence }.ToJsonString(), cancellationToken);

    private void ForgetSession()
    {
        _sessionId = null;
        _resumeUrl = null;
        _sequence = null;
    }
}
