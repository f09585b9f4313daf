using System.Globalization;
using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tasks;

public sealed partial class SchedulerActor
{
    private static string RunTimer(string runKey) => "run:" + runKey;

    /// <summary>Arms the task's timer for its next run, or cancels it when it has none.</summary>
    private void Arm(ScheduledTask task)
    {
        if (!_ready || task.Status != TaskStatuses.Active || task.NextRun is not { } next)
        {
            Timers.Cancel(task.Id);
            return;
        }

        var delay = next - _time.GetUtcNow();
        delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay > LongestTimer ? LongestTimer : delay;
        Timers.StartSingleTimer(task.Id, new TaskDue(task.Id, next), delay);
    }

    private void OnDue(TaskDue due)
    {
        if (!_tasks.TryGetValue(due.TaskId, out var task) || task.Status != TaskStatuses.Active || task.NextRun != due.DueAt)
        {
            return;
        }

        if (_time.GetUtcNow() < due.DueAt)
        {
            Arm(task);
            return;
        }

        if (_inFlight.Values.Any(r => r.TaskId == task.Id))
        {
            LogStillRunning(Logger, task.Id, due.DueAt);
            Save(task with { NextRun = _calculator.AfterRun(task.Schedule(), due.DueAt) });
            return;
        }

        StartRun(task, due.DueAt, manual: false);
    }

    private void StartRun(ScheduledTask task, DateTimeOffset dueAt, bool manual)
    {
        var now = _time.GetUtcNow();
        var runKey = string.Create(CultureInfo.InvariantCulture, $"{task.Id}-{now.ToUnixTimeMilliseconds()}-{Random.Shared.Next(1000, 9999)}");
        if (!_directory.View.Groups.ContainsKey(task.Group) || _directory.Group(task.Group) is not { } group)
        {
            var error = $"group '{task.Group}' no longer exists; the task is paused";
            LogGroupGone(Logger, task.Id, task.Group);
            Persist(new TaskRunEnded(runKey, TaskRunRecord.Failed(task.Id, now, now, error)), Apply);
            Save(task with { Status = TaskStatuses.Paused });
            return;
        }

        var next = manual ? task.NextRun : _calculator.AfterRun(task.Schedule(), dueAt);
        Persist(new TaskRunStarted(task.Id, runKey, now, dueAt, next, manual), started =>
        {
            Apply(started);
            var current = _tasks[task.Id];
            Arm(current);
            LogStarted(Logger, task.Id, task.Group, dueAt);
            group.Tell(new RunTask(task.Id, runKey, task.Prompt, task.ContextMode == "group"), Self);
            Timers.StartSingleTimer(RunTimer(runKey), new RunTimedOut(task.Id, runKey), _runTimeout);
            MaybeSnapshot();
        });
    }

    private void Finish(TaskRunFinished finished)
    {
        if (!_inFlight.TryGetValue(finished.RunKey, out var started))
        {
            return;
        }

        Timers.Cancel(RunTimer(finished.RunKey));
        var now = _time.GetUtcNow();
        var record = finished.Error is null
            ? TaskRunRecord.Succeeded(finished.TaskId, started.StartedAt, now, finished.Result)
            : TaskRunRecord.Failed(finished.TaskId, started.StartedAt, now, finished.Error);
        Persist(new TaskRunEnded(finished.RunKey, record), ended =>
        {
            Apply(ended);
            if (_tasks.TryGetValue(finished.TaskId, out var task))
            {
                Arm(task);
            }

            MaybeSnapshot();
        });
    }

    private sealed record TaskDue(string TaskId, DateTimeOffset DueAt);

    private sealed record RunTimedOut(string TaskId, string RunKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} runs in group {Group} (due {DueAt:O})")]
    private static partial void LogStarted(ILogger logger, string taskId, string group, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId}: its group {Group} no longer exists; paused")]
    private static partial void LogGroupGone(ILogger logger, string taskId, string group);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId}: the run due {DueAt:O} is skipped, the previous one is still going")]
    private static partial void LogStillRunning(ILogger logger, string taskId, DateTimeOffset dueAt);
}
