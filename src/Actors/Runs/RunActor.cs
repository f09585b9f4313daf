using Microsoft.Extensions.Logging;
using Akka.Actor;
using NanoClaw.Containers.Agent;
using NanoClaw.Actors.Agents;
using NanoClaw.Actors.Node;

namespace NanoClaw.Actors.Runs;

/// <summary>
/// /user/containers/&lt;run&gt;: one agent container. Starts it, passes turns in, reports what the
/// agent does to the group that owns the run, closes it after the idle timeout and kills a turn
/// that stays silent past the hard timeout. When it stops, the container is stopped and removed.
/// </summary>
public sealed partial class RunActor : ReceiveActor, IWithTimers, IWithStash
{
    private ILogger? _logger;

    private const string IdleTimer = "idle";
    private const string HardTimer = "hard";
    private const string CloseTimer = "close";
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(30);

    private readonly AgentRunRequest _request;
    private readonly IActorRef _owner;
    private readonly IAgentRuntime _runtime;
    private readonly RunTimings _timings;
    private readonly RunDisposals _disposals;
    private readonly CancellationTokenSource _starting = new();
    private Task<IAgentSession>? _start;
    private IAgentSession? _session;
    private bool _busy;
    private bool _closing;

    public RunActor(AgentRunRequest request, IActorRef owner, IAgentRuntime runtime, RunTimings timings, RunDisposals disposals)
    {
        _request = request;
        _owner = owner;
        _runtime = runtime;
        _timings = timings;
        _disposals = disposals;
        Starting();
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public IStash Stash { get; set; } = null!;

    private ILogger Logger => _logger ??= ActorLogging.For(Context, GetType());

    public static Props Props(AgentRunRequest request, IActorRef owner, IAgentRuntime runtime, RunTimings timings, RunDisposals disposals) =>
        FactoryProps.Create(() => new RunActor(request, owner, runtime, timings, disposals));

    protected override void PreStart()
    {
        Context.Watch(_owner);
        _start = _runtime.StartAsync(_request, _starting.Token);
        _ = _start.PipeTo(Self, success: session => new SessionOpened(session), failure: ex => new SessionFailed(ex));
    }

    protected override void PostStop()
    {
        _starting.Cancel();
        if (_session is not null)
        {
            _disposals.Track(_session.DisposeAsync().AsTask());
        }
        else if (_start is { IsCompleted: false } start)
        {
            _disposals.Track(DisposeLateAsync(start));
        }

        _starting.Dispose();
    }

    private void Starting()
    {
        Receive<SessionOpened>(opened =>
        {
            _session = opened.Session;
            _ = PumpAsync(opened.Session, Self);
            Become(Connected);
            Stash.UnstashAll();
            _owner.Tell(new AgentReady(_request.RunId));
        });
        Receive<SessionFailed>(failed => Finish($"the agent could not start: {failed.Cause.Message}", failed: true));
        Receive<BeginTurn>(_ => Stash.Stash());
        Receive<ContinueTurn>(_ => Stash.Stash());
        Receive<CloseRun>(close => Finish($"closed before it started ({close.Reason})", failed: false));
        Receive<CloseIfIdle>(_ => { });
        Receive<Terminated>(_ => Finish("its group stopped", failed: false));
    }

    private void Connected()
    {
        ReceiveAsync<BeginTurn>(async turn =>
        {
            TurnStarted();
            await Guard(() => _session!.StartAsync(turn.Prompt, turn.SessionId, turn.IsScheduledTask, CancellationToken.None)).ConfigureAwait(false);
        });
        ReceiveAsync<ContinueTurn>(async turn =>
        {
            TurnStarted();
            await Guard(() => _session!.SendFollowUpAsync(turn.Prompt, CancellationToken.None)).ConfigureAwait(false);
        });
        Receive<Pumped>(pumped => OnAgentEvent(pumped.Event));
        ReceiveAsync<CloseRun>(close => CloseAsync(close.Reason));
        ReceiveAsync<CloseIfIdle>(_ => _busy ? Task.CompletedTask : CloseAsync("a waiting group needs the slot"));
        ReceiveAsync<IdleElapsed>(_ => CloseAsync("idle timeout"));
        Receive<HardElapsed>(_ =>
        {
            var reason = $"the agent produced nothing for {_timings.HardTimeout.TotalMinutes:0.#} min and was stopped";
            _owner.Tell(new AgentTurnFailed(_request.RunId, reason, Retryable: true));
            _busy = false;
            Finish(reason, failed: true);
        });
        Receive<CloseElapsed>(_ => Finish("the agent did not exit after close", failed: false));
        Receive<Terminated>(_ => Finish("its group stopped", failed: false));
    }

    private void TurnStarted()
    {
        _busy = true;
        Timers.Cancel(IdleTimer);
        Timers.StartSingleTimer(HardTimer, HardElapsed.Instance, _timings.HardTimeout);
        Context.Parent.Tell(new RunBusy(_request.RunId, Busy: true));
    }

    private async Task CloseAsync(string reason)
    {
        if (_closing)
        {
            return;
        }

        _closing = true;
        _owner.Tell(new AgentClosing(_request.RunId));
        LogClosing(Logger, _request.RunId, reason);
        Timers.Cancel(IdleTimer);
        Timers.StartSingleTimer(CloseTimer, CloseElapsed.Instance, CloseGrace);
        await Guard(() => _session!.CloseAsync(CancellationToken.None)).ConfigureAwait(false);
    }

    /// <summary>A send to a runner that is already gone is not an error here: its disconnect event follows.</summary>
    private async Task Guard(Func<Task> send)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException
            or RunnerDisconnectedException)
        {
            LogSendFailed(Logger, _request.RunId, ex.Message);
        }
    }

    private void Finish(string reason, bool failed)
    {
        Context.Parent.Tell(new RunFinishing(_request.RunId, reason, failed));
        Context.Stop(Self);
    }

    private static async Task PumpAsync(IAgentSession session, IActorRef self)
    {
        await foreach (var agentEvent in session.Events.ReadAllAsync().ConfigureAwait(false))
        {
            self.Tell(new Pumped(agentEvent));
        }
    }

    private static async Task DisposeLateAsync(Task<IAgentSession> start)
    {
        try
        {
            var session = await start.ConfigureAwait(false);
            await session.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // It never started: nothing to stop.
        }
    }
}
