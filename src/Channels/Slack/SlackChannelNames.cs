using System.Collections.Concurrent;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Slack;

/// <summary>
/// Channel names (<c>#general</c>) from <c>conversations.info</c>, cached for the life of the channel, for
/// recording chats. A failed lookup gives null and is not cached.
/// </summary>
internal sealed class SlackChannelNames(SlackWebApi api)
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public async Task<string?> NameOfAsync(string channelId, CancellationToken cancellationToken)
    {
        if (_names.TryGetValue(channelId, out var cached))
        {
            return cached;
        }

        try
        {
            var answer = await api.AsBotAsync("conversations.info", new Dictionary<string, string> { ["channel"] = channelId }, cancellationToken).ConfigureAwait(false);
            if (answer.Obj("channel")?.Str("name") is not { } name)
            {
                return null;
            }

            _names[channelId] = "#" + name;
            return "#" + name;
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or SendRejectedException)
        {
            return null;
        }
    }
}
