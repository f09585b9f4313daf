namespace NanoClaw.Actors.Kernel;

/// <summary>
/// Async handlers. While a handler's task runs the mailbox is suspended, system lane included, so no
/// other message interleaves and a stop waits for the task; a faulted task goes to supervision.
/// </summary>
internal sealed partial class ActorCell
{
    private Task? _pendingTask;

    /// <summary>Set by the task's continuation (any thread) before it schedules the mailbox.</summary>
    private int _pendingTaskDone;

    private Action? _onPendingTaskCompleted;
    private ActorSynchronizationContext? _synchronizationContext;

    /// <summary>Makes <paramref name="cell"/> the current actor of this thread and returns the previous one.</summary>
    internal static ActorCell? Enter(ActorCell? cell)
    {
        var previous = _current;
        _current = cell;
        return previous;
    }

    /// <summary>
    /// Runs <paramref name="action"/> as part of the current message: its continuations see this actor
    /// as current, and the mailbox stays suspended until its task completes.
    /// </summary>
    internal void RunTask(Func<Task> action)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_synchronizationContext ??= new ActorSynchronizationContext(this));
        Task task;
        try
        {
            task = action();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        AwaitTask(task);
    }

    private void AwaitTask(Task task)
    {
        if (task.IsCompleted)
        {
            // Completed synchronously: a fault surfaces here, inside Invoke, and goes to supervision.
            task.GetAwaiter().GetResult();
            return;
        }

        if (_pendingTask is not null)
        {
            throw new InvalidOperationException("An actor can await only one task per message.");
        }

        _pendingTask = task;
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_onPendingTaskCompleted ??= OnPendingTaskCompleted);
    }

    private void OnPendingTaskCompleted()
    {
        Volatile.Write(ref _pendingTaskDone, 1);
        TrySchedule();
    }

    private void CompletePendingTask()
    {
        var task = _pendingTask!;
        _pendingTask = null;
        _pendingTaskDone = 0;
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            HandleInvokeFailure(ex);
        }
        finally
        {
            ClearCurrentMessage();
            RescheduleReceiveTimeout();
        }
    }
}
