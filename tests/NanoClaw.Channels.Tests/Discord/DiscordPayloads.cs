using System.Text.Json.Nodes;

namespace NanoClaw.Channels.Tests.Discord;

/// <summary>MESSAGE_CREATE data shaped as the gateway sends it.</summary>
public static class DiscordPayloads
{
    public const string GuildChannel = "1100000000000000001";
    public const string DmChannel = "1200000000000000002";

    public static JsonObject GuildMessage(string id, string content, string authorId = "300000000000000003", bool bot = false) => new()
    {
        ["type"] = 0,
        ["tts"] = false,
        ["timestamp"] = "2026-11-21T13:00:00.000000+00:00",
        ["pinned"] = false,
        ["mentions"] = new JsonArray(),
        ["mention_roles"] = new JsonArray(),
        ["mention_everyone"] = false,
        ["member"] = new JsonObject { ["nick"] = "Ally", ["roles"] = new JsonArray(), ["joined_at"] = "2025-01-01T00:00:00+00:00" },
        ["id"] = id,
        ["flags"] = 0,
        ["embeds"] = new JsonArray(),
        ["edited_timestamp"] = null,
        ["content"] = content,
        ["components"] = new JsonArray(),
        ["channel_id"] = GuildChannel,
        ["author"] = new JsonObject { ["username"] = "alice", ["global_name"] = "Alice", ["id"] = authorId, ["discriminator"] = "0", ["bot"] = bot },
        ["attachments"] = new JsonArray(),
        ["guild_id"] = "1000000000000000000",
    };

    public static JsonObject DirectMessage(string id, string content)
    {
        var message = GuildMessage(id, content);
        message.Remove("guild_id");
        message.Remove("member");
        message["channel_id"] = DmChannel;
        return message;
    }
}
