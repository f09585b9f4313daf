using System.Text.Json;
using NanoClaw.Channels.Common;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace NanoClaw.Channels.Telegram;

public sealed partial class TelegramChannel
{
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var offset = await _offsets.LoadAsync(OffsetKey, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var request = new TelegramUpdatesRequest { Offset = offset, Timeout = (int)_settings.PollTimeout.TotalSeconds };
            var updates = await Call(_bot.SendRequest(request, cancellationToken)).ConfigureAwait(false);
            foreach (var raw in updates)
            {
                if (raw.ValueKind != JsonValueKind.Object || raw.Long("update_id") is not { } updateId)
                {
                    ChannelLog.Malformed(Logger, Name, "update without update_id");
                    continue;
                }

                if (updateId < offset)
                {
                    continue;
                }

                // Throws when the sink could not store the message: the offset stays, so it comes again.
                await HandleUpdateAsync(raw, cancellationToken).ConfigureAwait(false);
                offset = updateId + 1;
                await _offsets.SaveAsync(OffsetKey, offset.Value, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleUpdateAsync(JsonElement raw, CancellationToken cancellationToken)
    {
        Update? update;
        try
        {
            update = raw.Deserialize<Update>(JsonBotAPI.Options);
        }
        catch (JsonException ex)
        {
            ChannelLog.Malformed(Logger, Name, $"update the Bot API types cannot read: {ex.Message}");
            return;
        }

        if (update?.Message is not { } message)
        {
            return;
        }

        var incoming = TelegramMessageReader.Read(message, _botUsername, Context.AssistantName);
        if (incoming is null)
        {
            ChannelLog.Malformed(Logger, Name, "message without chat, sender, id or date");
            return;
        }

        if (incoming.SenderNumericId == _botId)
        {
            return;
        }

        if (await AnswerCommandAsync(incoming, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var attachments = await FetchFilesAsync(incoming, cancellationToken).ConfigureAwait(false);
        var inbound = incoming.Message with
        {
            Text = AttachmentText.Append(incoming.Message.Text, attachments),
            Attachments = attachments,
        };
        await ReportAsync(inbound, incoming.ChatName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>/chatid</c> and <c>/ping</c> are answered here and not stored; the chat is still recorded.</summary>
    private async Task<bool> AnswerCommandAsync(TelegramIncoming incoming, CancellationToken cancellationToken)
    {
        var command = incoming.Message.Text.Split(' ', 2)[0].Split('@', 2)[0];
        var platformChatId = ChatIds.PlatformId(incoming.Message.ChatId, Prefix);
        string answer;
        switch (command)
        {
            case "/chatid":
                answer = $"Chat ID: {incoming.Message.ChatId}\nName: {incoming.ChatName}\nType: {incoming.ChatType}";
                break;
            case "/ping":
                answer = $"{Context.AssistantName} is online.";
                break;
            default:
                return false;
        }

        var metadata = new ChatMetadata(incoming.Message.ChatId, incoming.ChatName, Name, incoming.Message.IsGroup, Time.GetUtcNow());
        await Context.Inbound.OnChatMetadataAsync(metadata, cancellationToken).ConfigureAwait(false);
        try
        {
            await SendPlainAsync(platformChatId, answer, cancellationToken).ConfigureAwait(false);
        }
        catch (SendRejectedException ex)
        {
            ChannelLog.CommandReplyFailed(Logger, Name, incoming.Message.ChatId, ex.Message);
        }

        return true;
    }

    private async Task<IReadOnlyList<InboundAttachment>> FetchFilesAsync(TelegramIncoming incoming, CancellationToken cancellationToken)
    {
        var folder = Context.AttachmentFolders?.Invoke(incoming.Message.ChatId);
        var attachments = new List<InboundAttachment>();
        foreach (var file in incoming.Files)
        {
            string? localPath = null;
            if (folder is not null && (file.Size ?? 0) <= Timings.MaxAttachmentBytes)
            {
                localPath = await DownloadAsync(file, folder, incoming.Message.MessageId, cancellationToken).ConfigureAwait(false);
            }

            attachments.Add(new InboundAttachment(file.Kind, file.Name, file.Size, localPath));
        }

        return attachments;
    }

    private async Task<string?> DownloadAsync(TelegramFile file, string folder, string messageId, CancellationToken cancellationToken)
    {
        try
        {
            var info = await Call(_bot.GetFile(file.FileId, cancellationToken)).ConfigureAwait(false);
            return info.FilePath is { Length: > 0 } path
                ? await _downloader.DownloadAsync(new Uri($"{_botOptions.BaseFileUrl}/{path.TrimStart('/')}"), folder, $"{messageId}-{file.Name}", cancellationToken).ConfigureAwait(false)
                : null;
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException)
        {
            ChannelLog.AttachmentFailed(Logger, file.Name, ex);
            return null;
        }
    }
}
