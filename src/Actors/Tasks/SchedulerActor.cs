using Microsoft.Extensions.Logging;
using Akka.Actor;
using Akka.Persistence;
using NanoClaw.Actors.Groups;
using NanoClaw.Actors.Scheduling;
using NanoClaw.Actors.Node;

namespace NanoClaw.Actors.Tasks;

/// <summary>
/// /user/scheduler: the scheduled tasks, their timers (Akka timers for when to look, the injected TimeProvider for what is due — no polling)
/// and their run history. A run's start is persisted before the group is asked to run it, with the
/// next due time already decided, so a crash can neither repeat a slot nor lose the schedule: at the
/// next start a run without an end is recorded as interrupted, reported in the group's chat and not
/// repeated. Tasks that came due while the node was down run once or are skipped, per task.
/// </summary>
public sealed partial class SchedulerActor : ReceivePersistentActor, IWithTimers
{
    private ILogger? _logger;

    /// <summary>Runs kept per task. The default is 50.</summary>
    public const int HistoryKept = 50;

    /// <summary>The longest a timer is armed for; a later due time is re-armed when it fires.</summary>
    private static readonly TimeSpan LongestTimer = TimeSpan.FromDays(1);

    private const int SnapshotEvery = 200;

    private readonly Dictionary<string, ScheduledTask> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TaskRunRecord>> _history = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskRunStarted> _inFlight = new(StringComparer.Ordinal);
    private readonly GroupDirectory _directory;
    private readonly NextRunCalculator _calculator;
    private readonly TimeProvider _time;
    private readonly TimeSpan _runTimeout;
    private bool _ready;

    public SchedulerActor(GroupDirectory directory, TimeZoneInfo zone, TimeProvider time, TimeSpan runTimeout)

    {
        _directory = directory;
        _time = time;
        _runTimeout = runTimeout;
        _calculator = new NextRunCalculator(time, zone);
        Recover<SnapshotOffer>(offer => Restore((SchedulerSnapshot)offer.Snapshot));
        Recover<TaskSaved>(Apply);
        Recover<TaskDeleted>(Apply);
        Recover<TaskRunStarted>(Apply);
        Recover<TaskRunEnded>(Apply);
        Recover<RecoveryCompleted>(_ => WhenGroupsReady());
        Command<GroupsReady>(_ => OnGroupsReady());
        CommandCommands();
        Command<TaskDue>(OnDue);
        Command<RunTimedOut>(timedOut => Finish(new TaskRunFinished(timedOut.TaskId, timedOut.RunKey, null,
            $"the run did not report back within {_runTimeout.TotalMinutes:0} min")));
        Command<TaskRunFinished>(Finish);
        Command<SaveSnapshotSuccess>(_ => { });
        Command<SaveSnapshotFailure>(failure => LogSnapshotFailed(Logger, failure.Cause.Message));
    }

    public override string PersistenceId => "scheduler";

    public ITimerScheduler Timers { get; set; } = null!;

    private ILogger Logger => _logger ??= ActorLogging.For(Context, GetType());

    public static Props Props(GroupDirectory directory, TimeZoneInfo zone, TimeProvider time, TimeSpan runTimeout) =>
        FactoryProps.Create(() => new SchedulerActor(directory, zone, time, runTimeout));

    private void WhenGroupsReady() => _ = _directory.Ready.PipeTo(Self, success: () => GroupsReady.Instance);

    private void OnGroupsReady()
    {
        _ready = true;
        var interrupted = _inFlight.Values
            .Select(started => new TaskRunEnded(started.RunKey, TaskRunRecord.Interrupted(started.TaskId, started.StartedAt)))
            .ToList();
        PersistAll(interrupted, ended =>
        {
            Apply(ended);
            if (_tasks.TryGetValue(ended.Record.TaskId, out var task))
            {
                LogInterrupted(Logger, task.Id, task.Group);
                Notify(task, $"⚠️ Scheduled task {task.Id} was interrupted when the node stopped; it is not repeated.{NextRunText(task)}");
            }
        });

        foreach (var task in _tasks.Values.Where(t => t.Status == TaskStatuses.Active).ToList())
        {
            AtStart(task);
        }

        Stash.UnstashAll();
    }

    private void AtStart(ScheduledTask task)
    {
        var policy = ScheduleWireNames.ParseMisfirePolicy(task.MisfirePolicy);
        var decision = _calculator.AtStart(task.Schedule(), task.NextRun, policy);
        switch (decision.Action)
        {
            case MisfireAction.RunNow:
                StartRun(task, decision.NextRun!.Value, manual: false);
                break;
            case MisfireAction.Skip:
                LogSkipped(Logger, task.Id, task.NextRun);
                Save(task with
                {
                    NextRun = decision.NextRun,
                    Status = decision.NextRun is null ? TaskStatuses.Completed : task.Status,
                });
                break;
            default:
                Arm(task);
                break;
        }
    }

    private static string NextRunText(ScheduledTask task) =>
        task.Status == TaskStatuses.Active && task.NextRun is { } next ? $" Next run: {next:yyyy-MM-dd HH:mm} UTC." : "";

    private void Notify(ScheduledTask task, string text)
    {
        var group = _directory.View.Groups.GetValueOrDefault(task.Group);
        if (group is not null && _directory.Group(task.Group) is { } actor)
        {
            actor.Tell(new SendToChat(group.PrimaryChat, text));
        }
    }

    private sealed record GroupsReady
    {
        public static readonly GroupsReady Instance = new();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} of group {Group} was interrupted by the node stopping; not repeated")]
    private static partial void LogInterrupted(ILogger logger, string taskId, string group);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} came due at {DueAt} while the node was down; skipped (misfire policy skip)")]
    private static partial void LogSkipped(ILogger logger, string taskId, DateTimeOffset? dueAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduler snapshot failed: {Reason}")]
    private static partial void LogSnapshotFailed(ILogger logger, string reason);
}
