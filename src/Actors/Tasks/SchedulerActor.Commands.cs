using Akka.Actor;
using System.Globalization;
using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tasks;

public sealed partial class SchedulerActor
{
    private void CommandCommands()
    {
        WhenGroupsKnown<CreateTask>(Create);
        WhenGroupsKnown<UpdateTask>(Update);
        WhenGroupsKnown<ChangeTask>(Change);
        Command<ListTasks>(list => Sender.Tell(new TaskList(
            [.. _tasks.Values.Where(t => list.Group is null || t.Group == list.Group).OrderBy(t => t.Created).ThenBy(t => t.Id, StringComparer.Ordinal)])));
        Command<GetTaskRuns>(get => Sender.Tell(_tasks.ContainsKey(get.TaskId)
            ? new TaskRuns([.. _history.GetValueOrDefault(get.TaskId) ?? []], null)
            : new TaskRuns(null, $"no task '{get.TaskId}'")));
        Command<FindTaskOwner>(find => Sender.Tell(new TaskOwner(_tasks.GetValueOrDefault(find.TaskId)?.Group)));
    }

    /// <summary>Changes wait (stashed) until the registry's first view is known: before it, every group would look unknown.</summary>
    private void WhenGroupsKnown<T>(Action<T> handle) => Command<T>(command =>
    {
        if (_ready)
        {
            handle(command);
        }
        else
        {
            Stash.Stash();
        }
    });

    private void Create(CreateTask create)
    {
        if (!_directory.View.Groups.ContainsKey(create.Group))
        {
            Sender.Tell(TaskReply.Refused($"no group '{create.Group}'"));
            return;
        }

        if (string.IsNullOrWhiteSpace(create.Prompt))
        {
            Sender.Tell(TaskReply.Refused("the task needs a prompt"));
            return;
        }

        if (!TaskSchedule.TryParse(create.ScheduleType, create.ScheduleValue, out var schedule, out var error))
        {
            Sender.Tell(TaskReply.Refused(error!));
            return;
        }

        ContextMode mode;
        MisfirePolicy policy;
        try
        {
            mode = ScheduleWireNames.ParseContextMode(create.ContextMode);
            policy = ScheduleWireNames.ParseMisfirePolicy(create.MisfirePolicy);
        }
        catch (TaskScheduleException ex)
        {
            Sender.Tell(TaskReply.Refused(ex.Message));
            return;
        }

        var now = _time.GetUtcNow();
        var task = new ScheduledTask(
            "task-" + Random.Shared.Next(0, int.MaxValue).ToString("x8", CultureInfo.InvariantCulture),
            create.Group,
            create.Prompt.Trim(),
            ScheduleWireNames.ToWire(schedule!.Type),
            schedule.Value,
            ScheduleWireNames.ToWire(mode),
            ScheduleWireNames.ToWire(policy),
            TaskStatuses.Active,
            _calculator.FirstRun(schedule),
            null,
            null,
            now);
        var sender = Sender;
        Save(task, saved => sender.Tell(TaskReply.Ok(saved)));
    }

    private void Update(UpdateTask update)
    {
        if (!_tasks.TryGetValue(update.TaskId, out var task))
        {
            Sender.Tell(TaskReply.Refused($"no task '{update.TaskId}'", 404));
            return;
        }

        var changed = task with { Prompt = string.IsNullOrWhiteSpace(update.Prompt) ? task.Prompt : update.Prompt.Trim() };
        if (update.ScheduleType is not null || update.ScheduleValue is not null)
        {
            if (!TaskSchedule.TryParse(update.ScheduleType ?? task.ScheduleType, update.ScheduleValue ?? task.ScheduleValue, out var schedule, out var error))
            {
                Sender.Tell(TaskReply.Refused(error!));
                return;
            }

            changed = changed with
            {
                ScheduleType = ScheduleWireNames.ToWire(schedule!.Type),
                ScheduleValue = schedule.Value,
                NextRun = _calculator.FirstRun(schedule),
                Status = task.Status == TaskStatuses.Completed ? TaskStatuses.Active : task.Status,
            };
        }

        var sender = Sender;
        Save(changed, saved => sender.Tell(TaskReply.Ok(saved)));
    }

    private void Change(ChangeTask change)
    {
        if (!_tasks.TryGetValue(change.TaskId, out var task))
        {
            Sender.Tell(TaskReply.Refused($"no task '{change.TaskId}'", 404));
            return;
        }

        var sender = Sender;
        switch (change.Change)
        {
            case TaskChange.Pause when task.Status == TaskStatuses.Active:
                Save(task with { Status = TaskStatuses.Paused }, saved => sender.Tell(TaskReply.Ok(saved)));
                break;
            case TaskChange.Resume when task.Status == TaskStatuses.Paused:
                var next = task.NextRun is { } due && due > _time.GetUtcNow() ? due : _calculator.FirstRun(task.Schedule());
                Save(task with { Status = TaskStatuses.Active, NextRun = next }, saved => sender.Tell(TaskReply.Ok(saved)));
                break;
            case TaskChange.Cancel:
                Timers.Cancel(task.Id);
                Persist(new TaskDeleted(task.Id), deleted =>
                {
                    Apply(deleted);
                    sender.Tell(TaskReply.Ok(task with { Status = "cancelled" }));
                });
                break;
            case TaskChange.RunNow when _inFlight.Values.Any(r => r.TaskId == task.Id):
                sender.Tell(TaskReply.Refused($"task '{task.Id}' is running right now", 409));
                break;
            case TaskChange.RunNow:
                StartRun(task, _time.GetUtcNow(), manual: true);
                sender.Tell(TaskReply.Ok(task));
                break;
            default:
                sender.Tell(TaskReply.Refused($"task '{task.Id}' is {task.Status}", 409));
                break;
        }
    }
}
