using NanoClaw.Channels;

namespace NanoClaw.Actors.Channels;

/// <summary>
/// One platform channel as its actors share it across restarts: the channel itself (whose outbound queue
/// survives every restart) and the last disconnect an incarnation started when it stopped, which the next
/// incarnation and the node's shutdown wait for, so connects and disconnects never overlap.
/// </summary>
public sealed class ChannelHandle(IChannel channel)
{
    private Task _disconnected = Task.CompletedTask;

    public IChannel Channel { get; } = channel ?? throw new ArgumentNullException(nameof(channel));

    /// <summary>Completes when the last disconnect finished; completed when none was started.</summary>
    public Task Disconnected
    {
        get => Volatile.Read(ref _disconnected);
        internal set => Volatile.Write(ref _disconnected, value);
    }
}
