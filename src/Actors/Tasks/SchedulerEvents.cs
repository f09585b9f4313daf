using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tasks;

/// <summary>A task was created, or changed (pause, resume, update, next run).</summary>
public sealed record TaskSaved(ScheduledTask Task) : IPersisted;

/// <summary>A task was cancelled and is gone.</summary>
public sealed record TaskDeleted(string TaskId) : IPersisted;

/// <summary>A run began: persisted before the group is asked, so a crash during it is known at the next start.</summary>
/// <param name="DueAt">The due time the run belongs to (now for a run started by hand).</param>
/// <param name="NextRun">Where the task goes next, already decided so a crash cannot repeat this slot.</param>
/// <param name="Manual">Started by hand (run now): the schedule is untouched.</param>
public sealed record TaskRunStarted(string TaskId, string RunKey, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset? NextRun, bool Manual = false) : IPersisted;

/// <summary>A run ended (success, error or interrupted).</summary>
public sealed record TaskRunEnded(string RunKey, TaskRunRecord Record) : IPersisted;
