namespace NanoClaw.Actors.Kernel;

/// <summary>Brings a task's outcome back into an actor's mailbox as a message.</summary>
public static class TaskExtensions
{
    /// <summary>
    /// Sends the task's result to <paramref name="recipient"/> when it completes, or a
    /// <see cref="Status.Failure"/> when it faults or is cancelled. Called inside an actor with no
    /// <paramref name="sender"/>, the actor is the sender.
    /// </summary>
    public static Task PipeTo<T>(
        this Task<T> task,
        IActorRef recipient,
        IActorRef? sender = null,
        Func<T, object>? success = null,
        Func<Exception, object>? failure = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        return PipeCore(task, recipient, sender ?? ActorCell.Current?.Self, success, failure);
    }

    /// <summary>Sends <see cref="Status.Success"/> with a null value, or a <see cref="Status.Failure"/>, when the task ends.</summary>
    public static Task PipeTo(this Task task, IActorRef recipient, IActorRef? sender = null, Func<object>? success = null, Func<Exception, object>? failure = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        return PipeCore(task, recipient, sender ?? ActorCell.Current?.Self, success, failure);
    }

    private static async Task PipeCore<T>(Task<T> task, IActorRef recipient, IActorRef? sender, Func<T, object>? success, Func<Exception, object>? failure)
    {
        object message;
        try
        {
            var result = await task.ConfigureAwait(false);
            message = success is not null ? success(result) : (object?)result ?? new Status.Success(null);
        }
        catch (Exception ex)
        {
            message = failure is not null ? failure(ex) : new Status.Failure(ex);
        }

        recipient.Tell(message, sender);
    }

    private static async Task PipeCore(Task task, IActorRef recipient, IActorRef? sender, Func<object>? success, Func<Exception, object>? failure)
    {
        object message;
        try
        {
            await task.ConfigureAwait(false);
            message = success is not null ? success() : new Status.Success(null);
        }
        catch (Exception ex)
        {
            message = failure is not null ? failure(ex) : new Status.Failure(ex);
        }

        recipient.Tell(message, sender);
    }
}
