using System.Text.Json;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Telegram;

/// <summary>
/// Reads a Bot API <c>Message</c> object. Returns null when it lacks what every message has (chat, sender,
/// id, date); the caller logs and skips it.
/// </summary>
internal static class TelegramMessageReader
{
    public static TelegramIncoming? Read(JsonElement message, string? botUsername, string assistantName)
    {
        var chat = message.Obj("chat");
        var from = message.Obj("from");
        var chatId = chat?.Str("id");
        var senderId = from?.Long("id");
        var messageId = message.Str("message_id");
        var date = message.Long("date");
        if (chatId is null || senderId is null || messageId is null || date is null)
        {
            return null;
        }

        var chatType = chat!.Value.Str("type") ?? "private";
        var isGroup = chatType != "private";
        var senderName = from!.Value.Str("first_name") ?? from.Value.Str("username") ?? senderId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var chatName = isGroup ? chat.Value.Str("title") ?? chatId : senderName;
        var text = message.Str("text") ?? message.Str("caption") ?? Placeholder(message) ?? string.Empty;
        if (MentionsBot(message, text, botUsername))
        {
            text = TriggerText.Prepend(text, assistantName);
        }

        var inbound = new InboundMessage(
            ChatIds.Telegram + chatId, messageId, senderId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            senderName, text, DateTimeOffset.FromUnixTimeSeconds(date.Value), isGroup)
        {
            ReplyTo = ReadReply(message),
        };
        return new TelegramIncoming(inbound, chatName, chatType, senderId.Value, TelegramFiles.Read(message));
    }

    private static bool MentionsBot(JsonElement message, string text, string? botUsername)
    {
        if (botUsername is null || message.Arr("entities") is not { } entities)
        {
            return false;
        }

        foreach (var entity in entities.EnumerateArray())
        {
            var offset = entity.Int("offset") ?? -1;
            var length = entity.Int("length") ?? 0;
            if (entity.Str("type") == "mention" && offset >= 0 && offset + length <= text.Length
                && string.Equals(text.Substring(offset, length), "@" + botUsername, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReplyContext? ReadReply(JsonElement message)
    {
        if (message.Obj("reply_to_message") is not { } reply)
        {
            return null;
        }

        var sender = reply.Obj("from")?.Str("first_name") ?? reply.Obj("from")?.Str("username") ?? "Unknown";
        return new ReplyContext(reply.Str("message_id"), sender, reply.Str("text") ?? reply.Str("caption"));
    }

    private static string? Placeholder(JsonElement message)
    {
        if (message.Obj("sticker") is { } sticker)
        {
            return $"[Sticker {sticker.Str("emoji")}]".Replace(" ]", "]", StringComparison.Ordinal);
        }

        if (message.Obj("location") is not null)
        {
            return "[Location]";
        }

        return message.Obj("contact") is not null ? "[Contact]" : null;
    }
}
