namespace NanoClaw.Channels;

/// <summary>
/// A channel's health at one moment. <c>Since</c> is when the connection last came up or went down (null
/// before the first connect); <c>LastError</c> says why it last dropped or failed to open.
/// </summary>
public sealed record ChannelHealthSnapshot(
    bool Connected,
    DateTimeOffset? Since,
    string? LastError,
    IReadOnlyList<DeliveryFailure> RecentFailures);
