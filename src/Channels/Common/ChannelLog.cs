using Microsoft.Extensions.Logging;

namespace NanoClaw.Channels.Common;

/// <summary>Log messages shared by all channels.</summary>
internal static partial class ChannelLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel}: connection dropped: {Reason}")]
    public static partial void Dropped(ILogger logger, string channel, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel}: reconnected after {Attempts} attempt(s)")]
    public static partial void Reconnected(ILogger logger, string channel, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel}: reconnect attempt {Attempt} failed: {Reason}")]
    public static partial void ReconnectFailed(ILogger logger, string channel, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel}: send to {ChatId} failed (try {Attempt}), retrying in {Delay}: {Reason}")]
    public static partial void SendRetry(ILogger logger, string channel, string chatId, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel}: platform unreachable while sending to {ChatId}, keeping it queued: {Reason}")]
    public static partial void SendUnreachable(ILogger logger, string channel, string chatId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Channel}: gave up sending to {ChatId} after {Attempts} tries: {Reason}")]
    public static partial void SendFailed(ILogger logger, string channel, string chatId, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Channel}: typing indicator for {ChatId} failed")]
    public static partial void TypingFailed(ILogger logger, string channel, string chatId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel}: could not answer a command in {ChatId}: {Reason}")]
    public static partial void CommandReplyFailed(ILogger logger, string channel, string chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel}: skipped a malformed payload: {Reason}")]
    public static partial void Malformed(ILogger logger, string channel, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attachment {Name} is larger than {MaxBytes} bytes; not downloaded")]
    public static partial void AttachmentTooLarge(ILogger logger, string name, long maxBytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attachment {Name} could not be downloaded")]
    public static partial void AttachmentFailed(ILogger logger, string name, Exception exception);
}
