namespace NanoClaw.Channels.Common;

/// <summary>
/// Retry and reconnect timing shared by every channel. Delays double from the base delay up to the
/// maximum; there is no random spread, since each channel has its own connection and nothing herds.
/// </summary>
public sealed record ChannelTimings
{
    /// <summary>Tries per message part before it is reported as failed. The default is 5.</summary>
    public int SendAttempts { get; init; } = 5;

    /// <summary>Delay after the first rejected send. The default is 1 second.</summary>
    public TimeSpan SendRetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The send retry delay never grows beyond this. The default is 30 seconds.</summary>
    public TimeSpan SendRetryMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Delay before the first reconnect attempt. The default is 1 second.</summary>
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The reconnect delay never grows beyond this. The default is 1 minute.</summary>
    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one connection attempt (handshake included) may take. The default is 30 seconds.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest attachment downloaded; larger ones are only described. The default is 20 MiB.</summary>
    public long MaxAttachmentBytes { get; init; } = 20L * 1024 * 1024;
}
