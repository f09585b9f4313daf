namespace NanoClaw.Actors.Tasks;

public sealed partial class SchedulerActor
{
    private void Apply(TaskSaved saved) => _tasks[saved.Task.Id] = saved.Task;

    private void Apply(TaskDeleted deleted)
    {
        _tasks.Remove(deleted.TaskId);
        _history.Remove(deleted.TaskId);
    }

    private void Apply(TaskRunStarted started)
    {
        _inFlight[started.RunKey] = started;
        if (_tasks.TryGetValue(started.TaskId, out var task))
        {
            _tasks[task.Id] = task with { NextRun = started.NextRun, LastRun = started.StartedAt };
        }
    }

    private void Apply(TaskRunEnded ended)
    {
        var started = _inFlight.GetValueOrDefault(ended.RunKey);
        _inFlight.Remove(ended.RunKey);
        var record = ended.Record;
        if (!_history.TryGetValue(record.TaskId, out var runs))
        {
            _history[record.TaskId] = runs = [];
        }

        runs.Add(record);
        if (runs.Count > HistoryKept)
        {
            runs.RemoveAt(0);
        }

        if (_tasks.TryGetValue(record.TaskId, out var task))
        {
            // A once task is completed by its run, whatever the outcome; a run by hand does not count.
            var completes = task.ScheduleType == "once" && started is { Manual: false } && task.Status == TaskStatuses.Active;
            _tasks[task.Id] = task with
            {
                LastResult = record.LastResult,
                Status = completes ? TaskStatuses.Completed : task.Status,
                NextRun = completes ? null : task.NextRun,
            };
        }
    }

    private void Restore(SchedulerSnapshot snapshot)
    {
        foreach (var task in snapshot.Tasks)
        {
            _tasks[task.Id] = task;
        }

        foreach (var record in snapshot.History)
        {
            if (!_history.TryGetValue(record.TaskId, out var runs))
            {
                _history[record.TaskId] = runs = [];
            }

            runs.Add(record);
        }

        foreach (var started in snapshot.InFlight)
        {
            _inFlight[started.RunKey] = started;
        }
    }

    /// <summary>Persists the task as it is now and arms (or disarms) its timer.</summary>
    private void Save(ScheduledTask task, Action<ScheduledTask>? then = null) =>
        Persist(new TaskSaved(task), saved =>
        {
            Apply(saved);
            Arm(saved.Task);
            MaybeSnapshot();
            then?.Invoke(saved.Task);
        });

    private void MaybeSnapshot()
    {
        if (LastSequenceNr - SnapshotSequenceNr >= SnapshotEvery)
        {
            SaveSnapshot(new SchedulerSnapshot([.. _tasks.Values], [.. _history.Values.SelectMany(r => r)], [.. _inFlight.Values]));
        }
    }
}
