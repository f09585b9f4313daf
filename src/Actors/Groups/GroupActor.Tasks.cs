using Akka.Actor;
using NanoClaw.Actors.Runs;
using NanoClaw.Actors.Scheduling;
using NanoClaw.Actors.Tasks;

namespace NanoClaw.Actors.Groups;

public sealed partial class GroupActor
{
    private readonly Queue<(RunTask Task, IActorRef Scheduler)> _taskQueue = new();
    private ActiveTask? _activeTask;

    private void TaskCommands()
    {
        Command<RunTask>(run =>
        {
            _taskQueue.Enqueue((run, Sender));
            Evaluate();
        });
    }

    /// <summary>Begins the next queued task in the task run; false when there is none.</summary>
    private bool StartTaskTurn()
    {
        if (!_taskQueue.TryDequeue(out var next))
        {
            return false;
        }

        _activeTask = new ActiveTask(next.Task, next.Scheduler);
        var chat = next.Task.ChatId ?? _group.PrimaryChat;
        _turn = new Turn(_cursor, chat, isTask: true);
        var session = next.Task.UseGroupSession ? _sessionId : null;
        _run!.Tell(new BeginTurn(ScheduledPrompt.Format(next.Task.Prompt), session, IsScheduledTask: true));
        _services.Chats.SetWorking(chat, true);
        return true;
    }

    /// <summary>Reports the active task's end to the scheduler; a failure is also told in the chat. The task run is closed.</summary>
    private void FinishTask(string? error)
    {
        if (_activeTask is not { } active)
        {
            return;
        }

        _activeTask = null;
        var result = string.Join("\n", active.Output);
        active.Scheduler.Tell(new TaskRunFinished(active.Task.TaskId, active.Task.RunKey, error is null ? result : null, error));
        if (error is not null)
        {
            Reply(active.Task.ChatId ?? _group.PrimaryChat, $"⚠️ Scheduled task {active.Task.TaskId} failed: {error}", 0);
        }

        _run?.Tell(new CloseRun("the scheduled task is done"));
    }

    /// <summary>Takes the next queued task as the active one, to report that its run never started.</summary>
    private void ActivateQueuedTask()
    {
        if (_activeTask is null && _taskQueue.TryDequeue(out var queued))
        {
            _activeTask = new ActiveTask(queued.Task, queued.Scheduler);
        }
    }

    private void AbandonTasks(string reason)
    {
        FinishTask(reason);
        while (_taskQueue.TryDequeue(out var queued))
        {
            queued.Scheduler.Tell(new TaskRunFinished(queued.Task.TaskId, queued.Task.RunKey, null, reason));
        }
    }

    private sealed class ActiveTask(RunTask task, IActorRef scheduler)
    {
        public RunTask Task { get; } = task;

        public IActorRef Scheduler { get; } = scheduler;

        public List<string> Output { get; } = [];
    }
}
