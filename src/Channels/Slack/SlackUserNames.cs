using System.Collections.Concurrent;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Slack;

/// <summary>
/// Display names from <c>users.info</c>, cached for the life of the channel. A failed lookup falls back to
/// the user id and is not cached, so a later message tries again.
/// </summary>
internal sealed class SlackUserNames(SlackWebApi api)
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public async Task<string> NameOfAsync(string userId, CancellationToken cancellationToken)
    {
        if (_names.TryGetValue(userId, out var cached))
        {
            return cached;
        }

        try
        {
            var answer = await api.AsBotAsync("users.info", new Dictionary<string, string> { ["user"] = userId }, cancellationToken).ConfigureAwait(false);
            var user = answer.Obj("user");
            var profile = user?.Obj("profile");
            var name = NonEmpty(profile?.Str("display_name")) ?? NonEmpty(profile?.Str("real_name"))
                ?? NonEmpty(user?.Str("real_name")) ?? NonEmpty(user?.Str("name")) ?? userId;
            _names[userId] = name;
            return name;
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or SendRejectedException)
        {
            return userId;
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
