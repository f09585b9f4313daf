namespace NanoClaw.Actors.Tasks;

/// <summary>Creates a task. Answered with <see cref="TaskReply"/>.</summary>
public sealed record CreateTask(string Group, string Prompt, string? ScheduleType, string? ScheduleValue, string? ContextMode, string? MisfirePolicy);

/// <summary>Changes a task's prompt and/or schedule; the next run is recomputed when the schedule changes. Answered with <see cref="TaskReply"/>.</summary>
public sealed record UpdateTask(string TaskId, string? Prompt, string? ScheduleType, string? ScheduleValue);

/// <summary>Pauses, resumes, cancels or runs now. Answered with <see cref="TaskReply"/>.</summary>
public sealed record ChangeTask(string TaskId, TaskChange Change);

/// <summary>Lists tasks, of one group or (null) all. Answered with <see cref="TaskList"/>.</summary>
public sealed record ListTasks(string? Group);

/// <summary>A task's run history, newest last. Answered with <see cref="TaskRuns"/>.</summary>
public sealed record GetTaskRuns(string TaskId);

/// <summary>Which group owns a task. Answered with <see cref="TaskOwner"/>.</summary>
public sealed record FindTaskOwner(string TaskId);

public sealed record TaskReply(ScheduledTask? Task, string? Error, int Status = 400)
{
    public static TaskReply Ok(ScheduledTask task) => new(task, null, 200);

    public static TaskReply Refused(string error, int status = 400) => new(null, error, status);
}

public sealed record TaskList(IReadOnlyList<ScheduledTask> Tasks);

public sealed record TaskRuns(IReadOnlyList<Scheduling.TaskRunRecord>? Runs, string? Error);

public sealed record TaskOwner(string? Group);

/// <summary>Scheduler → group: run the task now, in the group's container path. Answered with <see cref="TaskRunFinished"/>.</summary>
/// <param name="ChatId">Where its output goes; null for the group's primary chat.</param>
public sealed record RunTask(string TaskId, string RunKey, string Prompt, bool UseGroupSession, string? ChatId = null);

/// <summary>Group → scheduler: the run is over; <paramref name="Error"/> is null on success.</summary>
public sealed record TaskRunFinished(string TaskId, string RunKey, string? Result, string? Error);
