using System.Globalization;
using System.Net;
using System.Text.Json;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Slack;

/// <summary>
/// Reads an Events API <c>message</c> event. Returns null for what the node does not take: other event
/// types, edits and joins (subtypes other than bot messages, file shares and thread broadcasts), the bot's
/// own messages and messages with neither text nor files. Threads are flattened into the channel, the
/// thread's parent kept as reply context.
/// </summary>
internal static class SlackEventReader
{
    private static readonly string[] TakenSubtypes = ["bot_message", "file_share", "thread_broadcast"];

    public static SlackIncoming? Read(JsonElement evt, string? botUserId, string? botId)
    {
        var subtype = evt.Str("subtype");
        if (evt.Str("type") != "message" || (subtype is not null && !TakenSubtypes.Contains(subtype)))
        {
            return null;
        }

        var channel = evt.Str("channel");
        var ts = evt.Str("ts");
        var sender = evt.Str("user") ?? evt.Str("bot_id");
        if (channel is null || ts is null || sender is null)
        {
            return null;
        }

        if ((botUserId is not null && evt.Str("user") == botUserId) || (botId is not null && evt.Str("bot_id") == botId))
        {
            return null;
        }

        var text = WebUtility.HtmlDecode(evt.Str("text") ?? string.Empty);
        var mention = botUserId is not null && subtype != "bot_message" && text.Contains($"<@{botUserId}>", StringComparison.Ordinal);
        if (mention)
        {
            text = text.Replace($"<@{botUserId}>", string.Empty, StringComparison.Ordinal).Trim();
        }

        var files = ReadFiles(evt);
        if (string.IsNullOrWhiteSpace(text) && files.Count == 0 && !mention)
        {
            return null;
        }

        var thread = evt.Str("thread_ts");
        var message = new InboundMessage(
            ChatIds.Slack + channel, ts, sender, sender, AttachmentText.Append(text, files), TimestampOf(ts), evt.Str("channel_type") != "im")
        {
            ReplyTo = thread is not null && thread != ts ? new ReplyContext(thread, null, null) : null,
            Attachments = files,
        };
        return new SlackIncoming(message, mention);
    }

    private static List<InboundAttachment> ReadFiles(JsonElement evt)
    {
        var files = new List<InboundAttachment>();
        if (evt.Arr("files") is { } list)
        {
            foreach (var file in list.EnumerateArray())
            {
                var name = SafeFileName.From(file.Str("name") ?? file.Str("title"), "file");
                files.Add(new InboundAttachment(AttachmentText.KindOf(file.Str("mimetype")), name, file.Long("size"), null));
            }
        }

        return files;
    }

    private static DateTimeOffset TimestampOf(string ts) =>
        double.TryParse(ts, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : default;
}
