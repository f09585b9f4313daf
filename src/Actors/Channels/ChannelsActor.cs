using Akka.Actor;
using Akka.Pattern;
using NanoClaw.Actors.Node;

namespace NanoClaw.Actors.Channels;

/// <summary>
/// <c>/user/channels</c>: one child per platform channel, <c>/user/channels/&lt;name&gt;</c>, a backoff
/// supervisor around that channel's <see cref="ChannelActor"/>. First connects are retried from
/// <c>reconnect-base-delay</c>, doubling up to <c>reconnect-max-delay</c>.
/// </summary>
public sealed class ChannelsActor : ActorBase
{
    /// <summary>The name of the supervised child under each <c>/user/channels/&lt;name&gt;</c>.</summary>
    public const string ConnectionName = "connection";

    private readonly IReadOnlyList<ChannelHandle> _handles;
    private readonly TimeSpan _minBackoff;
    private readonly TimeSpan _maxBackoff;
    private readonly CancellationToken _stopping;

    public ChannelsActor(IReadOnlyList<ChannelHandle> handles, TimeSpan minBackoff, TimeSpan maxBackoff, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(handles);
        _handles = handles;
        _minBackoff = minBackoff;
        _maxBackoff = maxBackoff < minBackoff ? minBackoff : maxBackoff;
        _stopping = stopping;
    }

    public static Props Props(IReadOnlyList<ChannelHandle> handles, TimeSpan minBackoff, TimeSpan maxBackoff, CancellationToken stopping) =>
        FactoryProps.Create(() => new ChannelsActor(handles, minBackoff, maxBackoff, stopping));

    protected override void PreStart()
    {
        foreach (var handle in _handles)
        {
            var options = NodeBackoff
                .OnStop(ChannelActor.Props(handle, _stopping), ConnectionName, _minBackoff, _maxBackoff)
                .WithManualReset();
            Context.ActorOf(BackoffSupervisor.Props(options), handle.Channel.Name);
        }
    }

    protected override bool Receive(object message) => false;
}
