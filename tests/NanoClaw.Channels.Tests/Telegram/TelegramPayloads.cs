using System.Text.Json.Nodes;

namespace NanoClaw.Channels.Tests.Telegram;

/// <summary>Bot API <c>Message</c> objects shaped as Telegram sends them.</summary>
public static class TelegramPayloads
{
    public static JsonObject GroupText(long messageId, string text, long fromId = 42, string firstName = "Alice") => new()
    {
        ["message_id"] = messageId,
        ["from"] = new JsonObject { ["id"] = fromId, ["is_bot"] = false, ["first_name"] = firstName, ["username"] = "alice", ["language_code"] = "en" },
        ["chat"] = new JsonObject { ["id"] = -1001234567890, ["title"] = "Family", ["type"] = "supergroup" },
        ["date"] = 1731400000,
        ["text"] = text,
    };

    public static JsonObject PrivateText(long messageId, string text) => new()
    {
        ["message_id"] = messageId,
        ["from"] = new JsonObject { ["id"] = 42, ["is_bot"] = false, ["first_name"] = "Alice" },
        ["chat"] = new JsonObject { ["id"] = 42, ["first_name"] = "Alice", ["type"] = "private" },
        ["date"] = 1731400000,
        ["text"] = text,
    };
}
