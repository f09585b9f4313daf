using Microsoft.Extensions.Logging;
using Akka.Actor;
using NanoClaw.Actors.Agents;
using NanoClaw.Actors.Node;
using NanoClaw.Actors.Contracts;

namespace NanoClaw.Actors.Runs;

/// <summary>
/// /user/containers: at most <c>max-concurrent</c> agent containers at once. Groups that ask while
/// the limit is reached wait in FIFO order, scheduled tasks before messages; a warm container that
/// sits idle is closed when someone waits, so one busy group cannot hold a slot for its idle time.
/// A run actor that fails is stopped (its container with it) and its group told, so the group's
/// own backoff decides when to try again.
/// </summary>
public sealed partial class ContainerSupervisor : ReceiveActor
{
    private ILogger? _logger;

    private readonly IAgentRuntime _runtime;
    private readonly int _maxConcurrent;
    private readonly RunTimings _timings;
    private readonly RunDisposals _disposals;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, RunSlot> _runs = new(StringComparer.Ordinal);
    private readonly LinkedList<WaitingRun> _tasks = new();
    private readonly LinkedList<WaitingRun> _messages = new();
    private readonly List<IActorRef> _stopWaiters = [];
    private bool _stopping;

    public ContainerSupervisor(IAgentRuntime runtime, int maxConcurrent, RunTimings timings, RunDisposals disposals, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrent, 1);
        _runtime = runtime;
        _maxConcurrent = maxConcurrent;
        _timings = timings;
        _disposals = disposals;
        _time = time;
        Receive<RequestRun>(OnRequest);
        Receive<CancelRunRequest>(cancel => RemoveWaiting(cancel.Folder));
        Receive<RunBusy>(OnBusy);
        Receive<RunFinishing>(OnFinishing);
        Receive<Terminated>(OnTerminated);
        Receive<GetRuns>(_ => Sender.Tell(Snapshot()));
        Receive<StopAllRuns>(_ => StopAll());
    }

    private ILogger Logger => _logger ??= ActorLogging.For(Context, GetType());

    public static Props Props(IAgentRuntime runtime, int maxConcurrent, RunTimings timings, RunDisposals disposals, TimeProvider time) =>
        FactoryProps.Create(() => new ContainerSupervisor(runtime, maxConcurrent, timings, disposals, time));

    protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Stop);

    private void OnRequest(RequestRun request)
    {
        var folder = request.Request.GroupFolder;
        if (_stopping)
        {
            return;
        }

        RemoveWaiting(folder);
        var waiting = new WaitingRun(request, Sender, _time.GetUtcNow());
        if (_runs.Values.FirstOrDefault(r => r.Folder == folder) is { } current)
        {
            // A group asks only when it knows of no run of its own: it was restarted and lost track
            // of this one, which has no one left to report to. Its slot goes to the group next.
            current.EndReason = "the group restarted";
            Context.Stop(current.Run);
            _tasks.AddFirst(waiting);
            return;
        }

        if (_runs.Count < _maxConcurrent)
        {
            Grant(waiting);
            return;
        }

        (request.Kind == RunKind.Task ? _tasks : _messages).AddLast(waiting);
        LogQueued(Logger, folder, request.Kind, _tasks.Count + _messages.Count);
        FreeAnIdleSlot();
    }

    private void Grant(WaitingRun waiting)
    {
        var request = waiting.Request.Request;
        IActorRef run;
        try
        {
            run = Context.ActorOf(RunActor.Props(request, waiting.Owner, _runtime, _timings, _disposals), request.RunId);
        }
        catch (InvalidActorNameException ex)
        {
            // Never expected (run ids are unique); the group retries with a new id rather than the supervisor failing.
            waiting.Owner.Tell(new RunRefused(request.RunId, ex.Message));
            return;
        }

        Context.Watch(run);
        _runs[request.RunId] = new RunSlot(request.RunId, request.GroupFolder, run, waiting.Owner, waiting.Request.Kind, _time.GetUtcNow());
        waiting.Owner.Tell(new RunGranted(request.RunId, run, waiting.Request.Kind));
    }

    private void OnBusy(RunBusy busy)
    {
        if (_runs.TryGetValue(busy.RunId, out var slot))
        {
            slot.Busy = busy.Busy;
            slot.IdleSince = _time.GetUtcNow();
            if (!busy.Busy && (_tasks.Count > 0 || _messages.Count > 0))
            {
                slot.Run.Tell(CloseIfIdle.Instance);
            }
        }
    }

    private void OnFinishing(RunFinishing finishing)
    {
        if (_runs.TryGetValue(finishing.RunId, out var slot))
        {
            slot.EndReason = finishing.Reason;
            slot.Failed = finishing.Failed;
        }
    }

    private void OnTerminated(Terminated terminated)
    {
        var slot = _runs.Values.FirstOrDefault(r => r.Run.Equals(terminated.ActorRef));
        if (slot is null)
        {
            return;
        }

        _runs.Remove(slot.RunId);
        slot.Owner.Tell(new RunEnded(slot.RunId, slot.EndReason ?? "the run stopped unexpectedly", slot.Failed));
        if (_stopping)
        {
            ReplyIfStopped();
            return;
        }

        while (_runs.Count < _maxConcurrent && Dequeue() is { } next)
        {
            Grant(next);
        }
    }

    private WaitingRun? Dequeue()
    {
        var queue = _tasks.Count > 0 ? _tasks : _messages;
        if (queue.First is not { } first)
        {
            return null;
        }

        queue.RemoveFirst();
        return first.Value;
    }

    /// <summary>Closes the warm container that has been idle longest, if any.</summary>
    private void FreeAnIdleSlot()
    {
        var idle = _runs.Values.Where(r => r.Busy == false).MinBy(r => r.IdleSince);
        idle?.Run.Tell(CloseIfIdle.Instance);
    }

    private void RemoveWaiting(string folder)
    {
        foreach (var queue in new[] { _tasks, _messages })
        {
            for (var node = queue.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.Request.Request.GroupFolder == folder)
                {
                    queue.Remove(node);
                }

                node = next;
            }
        }
    }

    private void StopAll()
    {
        _stopping = true;
        _tasks.Clear();
        _messages.Clear();
        _stopWaiters.Add(Sender);
        foreach (var slot in _runs.Values)
        {
            slot.EndReason ??= "the node is shutting down";
            Context.Stop(slot.Run);
        }

        ReplyIfStopped();
    }

    private void ReplyIfStopped()
    {
        if (_runs.Count == 0)
        {
            _stopWaiters.ForEach(w => w.Tell(AllRunsStopped.Instance));
            _stopWaiters.Clear();
        }
    }

    private RunsSnapshot Snapshot() => new(
        [.. _runs.Values.OrderBy(r => r.Started).Select(r => new RunStatus(
            r.RunId, r.Folder, Kind(r.Kind), r.Busy switch { null => "starting", true => "busy", false => "idle" }, r.Started))],
        [.. _tasks.Concat(_messages).Select(w => new QueueEntry(w.Request.Request.GroupFolder, Kind(w.Request.Kind), w.Since))],
        _maxConcurrent);

    private static string Kind(RunKind kind) => kind == RunKind.Task ? "task" : "message";

    [LoggerMessage(Level = LogLevel.Information, Message = "Group {Folder} waits for a container slot ({Kind}); {Waiting} waiting")]
    private static partial void LogQueued(ILogger logger, string folder, RunKind kind, int waiting);
}
