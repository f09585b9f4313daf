namespace NanoClaw.Channels;

/// <summary>The chat id prefixes; a chat id is the prefix followed by the platform's own id.</summary>
public static class ChatIds
{
    public const string Web = "web:";
    public const string Telegram = "telegram:";
    public const string Slack = "slack:";
    public const string Discord = "discord:";
    public const string WhatsApp = "whatsapp:";

    /// <summary>The platform's id inside a prefixed chat id.</summary>
    public static string PlatformId(string chatId, string prefix)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        if (!chatId.StartsWith(prefix, StringComparison.Ordinal) || chatId.Length == prefix.Length)
        {
            throw new ArgumentException($"'{chatId}' is not a {prefix} chat id", nameof(chatId));
        }

        return chatId[prefix.Length..];
    }
}
