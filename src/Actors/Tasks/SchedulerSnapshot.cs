using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tasks;

/// <summary>The scheduler's state as a snapshot: tasks, their histories and the runs in flight.</summary>
public sealed record SchedulerSnapshot(
    IReadOnlyList<ScheduledTask> Tasks,
    IReadOnlyList<TaskRunRecord> History,
    IReadOnlyList<TaskRunStarted> InFlight) : IPersisted;
