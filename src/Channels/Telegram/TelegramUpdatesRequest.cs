using System.Net.Http.Json;
using System.Text.Json;
using Telegram.Bot.Requests;

namespace NanoClaw.Channels.Telegram;

/// <summary>
/// <c>getUpdates</c> answered as raw JSON, one element per update, so the channel reads each update
/// on its own: one it cannot read is logged and passed over instead of failing the whole batch
/// (and, since the offset could then never move past it, every poll after it).
/// </summary>
internal sealed class TelegramUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    public long? Offset { get; init; }

    public int Timeout { get; init; }

    public override HttpContent ToHttpContent()
    {
        var body = new Dictionary<string, object> { ["timeout"] = Timeout, ["allowed_updates"] = new[] { "message" } };
        if (Offset is { } offset)
        {
            body["offset"] = offset;
        }

        return JsonContent.Create(body);
    }
}
