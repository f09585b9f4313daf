using System.Text.Json.Nodes;

namespace NanoClaw.Channels.Tests.Slack;

/// <summary>Events API message events shaped as Slack sends them.</summary>
public static class SlackPayloads
{
    public const string Channel = "C0GENERAL";

    public static JsonObject Message(string ts, string text, string user = "U0ALICE", string channelType = "channel") => new()
    {
        ["client_msg_id"] = Guid.NewGuid().ToString(),
        ["type"] = "message",
        ["text"] = text,
        ["user"] = user,
        ["ts"] = ts,
        ["blocks"] = new JsonArray(),
        ["team"] = "T0TEAM",
        ["channel"] = channelType == "im" ? "D0DIRECT" : Channel,
        ["event_ts"] = ts,
        ["channel_type"] = channelType,
    };
}
