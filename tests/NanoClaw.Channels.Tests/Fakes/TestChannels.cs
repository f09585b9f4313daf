using Microsoft.Extensions.Logging;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Tests.Fakes;

/// <summary>Contexts with short timings, so retries and reconnects happen within milliseconds.</summary>
public static class TestChannels
{
    public static readonly ChannelTimings FastTimings = new()
    {
        SendAttempts = 3,
        SendRetryBaseDelay = TimeSpan.FromMilliseconds(10),
        SendRetryMaxDelay = TimeSpan.FromMilliseconds(50),
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(10),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(100),
        MaxAttachmentBytes = 1024,
    };

    public static ChannelContext Context(
        RecordingInbound inbound,
        ListLoggerProvider? logs = null,
        AttachmentFolderResolver? folders = null) =>
        new(
            inbound,
            "Andy",
            FastTimings,
            TimeProvider.System,
            LoggerFactory.Create(builder => builder.AddProvider(logs ?? new ListLoggerProvider()).SetMinimumLevel(LogLevel.Trace)),
            folders);

    /// <summary>Completes when the channel's connection next goes the given way.</summary>
    public static Task WhenConnectionAsync(IChannel channel, bool connected)
    {
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        channel.Health.ConnectionChanged += up =>
        {
            if (up == connected)
            {
                changed.TrySetResult();
            }
        };
        return changed.Task.WaitAsync(TestTimeout.Value);
    }
}
