using System.Runtime.ExceptionServices;

namespace NanoClaw.Actors.Kernel;

/// <summary>Request/response and stopping helpers on <see cref="IActorRef"/>.</summary>
public static class ActorRefExtensions
{
    /// <summary>
    /// Sends <paramref name="message"/> with a temporary sender and awaits its first reply. The wait is
    /// always finite: <paramref name="timeout"/>, else the system's ask timeout (default 5 seconds),
    /// then <see cref="AskTimeoutException"/>. A <see cref="Status.Failure"/> reply faults with its
    /// cause; a reply of another type than <typeparamref name="T"/> faults with <see cref="InvalidCastException"/>;
    /// a null reply yields <c>default</c>. A dead target is not detected: the ask times out.
    /// </summary>
    public static Task<T> Ask<T>(this IActorRef target, object message, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Cast<T>(target, Ask(target, message, timeout, cancellationToken));

    /// <summary>Like <see cref="Ask{T}"/> without the type check; <see cref="Status.Failure"/> still faults.</summary>
    public static Task<object?> Ask(this IActorRef target, object message, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        var system = SystemOf(target);
        var promise = PromiseActorRef.Start(system, target, timeout ?? system.Options.AskTimeout, cancellationToken);
        target.Tell(message, promise);
        return Unwrap(promise.Task);
    }

    private static async Task<T> Cast<T>(IActorRef target, Task<object?> ask)
    {
        var reply = await ask.ConfigureAwait(false);
        return reply switch
        {
            T typed => typed,
            null => default!,
            _ => throw new InvalidCastException(
                $"Ask to {target.Path} expected a reply of type {typeof(T).FullName} but received {reply.GetType().FullName}."),
        };
    }

    private static async Task<object?> Unwrap(Task<object?> promise)
    {
        var reply = await promise.ConfigureAwait(false);
        if (reply is Status.Failure failure)
        {
            ExceptionDispatchInfo.Capture(failure.Cause).Throw();
        }

        return reply;
    }

    /// <summary>
    /// Sends <paramref name="stopMessage"/> (default <see cref="PoisonPill"/>) and waits for the actor to
    /// terminate. True means it stopped and its <c>PostStop</c> has run; false means it did not stop within
    /// <paramref name="timeout"/>.
    /// </summary>
    public static Task<bool> GracefulStop(this IActorRef target, TimeSpan timeout, object? stopMessage = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var system = SystemOf(target);
        var watchee = (IInternalActorRef)target;
        var promise = PromiseActorRef.Start(system, target, timeout, cancellationToken);
        watchee.SendSystem(new Watch(watchee, promise));
        target.Tell(stopMessage ?? PoisonPill.Instance, ActorRefs.NoSender);
        return AwaitStopped(promise.Task);
    }

    private static async Task<bool> AwaitStopped(Task<object?> promise)
    {
        try
        {
            return await promise.ConfigureAwait(false) is Terminated;
        }
        catch (AskTimeoutException)
        {
            return false;
        }
    }

    private static ActorSystem SystemOf(IActorRef target) =>
        (target as IInternalActorRef)?.System
        ?? throw new ArgumentException($"{target} does not belong to an actor system.", nameof(target));
}
