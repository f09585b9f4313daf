using Microsoft.Extensions.Logging;

namespace NanoClaw.Channels.Discord;

internal static partial class DiscordLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "discord: the gateway asked for a reconnect")]
    public static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "discord: invalid session (resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "discord: heartbeat not acknowledged; reconnecting")]
    public static partial void HeartbeatNotAcknowledged(ILogger logger);
}
