using System.Globalization;
using NanoClaw.Channels.Common;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NanoClaw.Channels.Telegram;

/// <summary>
/// Reads a Bot API <see cref="Message"/>. Returns null when it lacks what every message has (chat,
/// sender, id, date); the caller logs and skips it.
/// </summary>
internal static class TelegramMessageReader
{
    public static TelegramIncoming? Read(Message message, string? botUsername, string assistantName)
    {
        if (message.Chat is not { } chat || message.From is not { } from || message.Id == 0 || message.Date == default)
        {
            return null;
        }

        var chatId = chat.Id.ToString(CultureInfo.InvariantCulture);
        var chatType = chat.Type.ToString().ToLowerInvariant();
        var isGroup = chat.Type != ChatType.Private;
        var senderName = NameOf(from) ?? from.Id.ToString(CultureInfo.InvariantCulture);
        var chatName = isGroup ? chat.Title ?? chatId : senderName;
        var text = message.Text ?? message.Caption ?? Placeholder(message) ?? string.Empty;
        if (MentionsBot(message, text, botUsername))
        {
            text = TriggerText.Prepend(text, assistantName);
        }

        var inbound = new InboundMessage(
            ChatIds.Telegram + chatId, message.Id.ToString(CultureInfo.InvariantCulture), from.Id.ToString(CultureInfo.InvariantCulture),
            senderName, text, new DateTimeOffset(DateTime.SpecifyKind(message.Date, DateTimeKind.Utc)), isGroup)
        {
            ReplyTo = ReadReply(message),
        };
        return new TelegramIncoming(inbound, chatName, chatType, from.Id, TelegramFiles.Read(message));
    }

    private static string? NameOf(User user) =>
        !string.IsNullOrEmpty(user.FirstName) ? user.FirstName : user.Username;

    private static bool MentionsBot(Message message, string text, string? botUsername)
    {
        if (botUsername is null || message.Entities is not { } entities)
        {
            return false;
        }

        return entities.Any(entity =>
            entity.Type == MessageEntityType.Mention && entity.Offset >= 0 && entity.Offset + entity.Length <= text.Length
            && string.Equals(text.Substring(entity.Offset, entity.Length), "@" + botUsername, StringComparison.OrdinalIgnoreCase));
    }

    private static ReplyContext? ReadReply(Message message)
    {
        if (message.ReplyToMessage is not { } reply)
        {
            return null;
        }

        var sender = (reply.From is { } from ? NameOf(from) : null) ?? "Unknown";
        return new ReplyContext(reply.Id.ToString(CultureInfo.InvariantCulture), sender, reply.Text ?? reply.Caption);
    }

    private static string? Placeholder(Message message)
    {
        if (message.Sticker is { } sticker)
        {
            return $"[Sticker {sticker.Emoji}]".Replace(" ]", "]", StringComparison.Ordinal);
        }

        if (message.Location is not null)
        {
            return "[Location]";
        }

        return message.Contact is not null ? "[Contact]" : null;
    }
}
