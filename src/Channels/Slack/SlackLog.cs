using Microsoft.Extensions.Logging;

namespace NanoClaw.Channels.Slack;

internal static partial class SlackLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "slack: the socket asked to reconnect ({Reason})")]
    public static partial void DisconnectRequested(ILogger logger, string reason);
}
