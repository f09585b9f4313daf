using Microsoft.Extensions.Logging;
using Akka.Actor;
using Akka.Pattern;
using NanoClaw.Actors.Node;

namespace NanoClaw.Actors.Channels;

/// <summary>
/// Owns one platform channel's connection: connects it on start and disconnects it on stop. A first
/// connect that fails is logged and the actor stops, so its <see cref="BackoffSupervisor"/> (OnStop)
/// recreates it after a growing delay and it tries again; once connected, the channel itself reconnects
/// dropped connections, and the actor tells the supervisor to reset its backoff.
/// </summary>
/// <remarks>
/// Replies do not pass through this actor: the node's reply sender calls <c>IChannel.SendAsync</c> directly.
/// The channel's outbound queue already keeps every send in order, holds it while disconnected (including
/// while this actor waits in backoff), retries rejected parts and reports the ones given up on, and the
/// group actor needs the send's task to learn when its reply was delivered.
/// </remarks>
public sealed partial class ChannelActor : ReceiveActor
{
    private ILogger? _logger;

    private readonly ChannelHandle _handle;
    private readonly CancellationToken _stopping;
    private bool _connected;

    /// <param name="handle">The channel, shared by every incarnation.</param>
    /// <param name="stopping">Cancelled when the node stops, to abandon a connect attempt in flight.</param>
    public ChannelActor(ChannelHandle handle, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(handle);
        _handle = handle;
        _stopping = stopping;
        ReceiveAsync<Connect>(_ => ConnectAsync());
    }

    private ILogger Logger => _logger ??= ActorLogging.For(Context, GetType());

    public static Props Props(ChannelHandle handle, CancellationToken stopping) =>
        FactoryProps.Create(() => new ChannelActor(handle, stopping));

    protected override void PreStart() => Self.Tell(Connect.Instance);

    protected override void PostStop()
    {
        if (_connected)
        {
            _connected = false;
            _handle.Disconnected = _handle.Channel.DisconnectAsync(CancellationToken.None);
        }
    }

    private async Task ConnectAsync()
    {
        var supervisor = Context.Parent;
        var self = Self;
        var log = Logger;
        var name = _handle.Channel.Name;
        await _handle.Disconnected.ConfigureAwait(false);
        try
        {
            await _handle.Channel.ConnectAsync(_stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The node is stopping; so is this actor.
            return;
        }
        catch (Exception ex)
        {
            // Stopping (not failing) keeps the log to this one line per attempt; the supervisor retries.
            LogConnectFailed(log, name, ex.Message);
            self.Tell(PoisonPill.Instance);
            return;
        }

        _connected = true;
        supervisor.Tell(BackoffSupervisor.Reset.Instance);
        LogConnected(log, name);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} connected")]
    private static partial void LogConnected(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} could not connect ({Reason}); trying again after a backoff")]
    private static partial void LogConnectFailed(ILogger logger, string channel, string reason);

    private sealed record Connect
    {
        public static readonly Connect Instance = new();
    }
}
