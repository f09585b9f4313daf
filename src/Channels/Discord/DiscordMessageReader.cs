using System.Globalization;
using System.Text.Json;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Discord;

/// <summary>
/// Reads a MESSAGE_CREATE event's data. Returns null when id, channel or author is missing. Messages by
/// any bot (this one included) are flagged; a mention of this bot (<c>&lt;@id&gt;</c> or <c>&lt;@!id&gt;</c>)
/// is replaced by the trigger.
/// </summary>
internal static class DiscordMessageReader
{
    public static DiscordIncoming? Read(JsonElement data, string? botUserId, string assistantName)
    {
        var id = data.Str("id");
        var channelId = data.Str("channel_id");
        var author = data.Obj("author");
        var authorId = author?.Str("id");
        if (id is null || channelId is null || authorId is null)
        {
            return null;
        }

        var fromBot = author!.Value.Bool("bot") || authorId == botUserId;
        var senderName = data.Obj("member")?.Str("nick") ?? author.Value.Str("global_name") ?? author.Value.Str("username") ?? authorId;
        var isGroup = data.Str("guild_id") is not null;
        var text = data.Str("content") ?? string.Empty;
        if (botUserId is not null && (text.Contains($"<@{botUserId}>", StringComparison.Ordinal) || text.Contains($"<@!{botUserId}>", StringComparison.Ordinal)))
        {
            text = text.Replace($"<@!{botUserId}>", string.Empty, StringComparison.Ordinal)
                .Replace($"<@{botUserId}>", string.Empty, StringComparison.Ordinal);
            text = TriggerText.Prepend(text, assistantName);
        }

        var timestamp = DateTimeOffset.TryParse(data.Str("timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : default;
        var message = new InboundMessage(ChatIds.Discord + channelId, id, authorId, senderName, text, timestamp, isGroup)
        {
            ReplyTo = ReadReply(data),
        };
        return new DiscordIncoming(message, isGroup ? null : senderName, fromBot, ReadAttachments(data));
    }

    private static ReplyContext? ReadReply(JsonElement data)
    {
        if (data.Obj("referenced_message") is not { } referenced)
        {
            return null;
        }

        var author = referenced.Obj("author");
        var name = author?.Str("global_name") ?? author?.Str("username") ?? "Unknown";
        return new ReplyContext(referenced.Str("id"), name, referenced.Str("content"));
    }

    private static List<DiscordAttachment> ReadAttachments(JsonElement data)
    {
        var files = new List<DiscordAttachment>();
        if (data.Arr("attachments") is not { } attachments)
        {
            return files;
        }

        foreach (var attachment in attachments.EnumerateArray())
        {
            var name = SafeFileName.From(attachment.Str("filename"), "file");
            var url = Uri.TryCreate(attachment.Str("url"), UriKind.Absolute, out var uri) ? uri : null;
            files.Add(new DiscordAttachment(AttachmentText.KindOf(attachment.Str("content_type")), name, attachment.Long("size"), url));
        }

        return files;
    }
}
