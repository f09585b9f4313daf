namespace NanoClaw.Actors.Kernel;

/// <summary>
/// A one-shot reference under <c>/temp</c> that completes a task with the first message (or death
/// notification) it receives. Later messages go to dead letters. Times out on the system clock.
/// </summary>
internal sealed class PromiseActorRef : IInternalActorRef
{
    private readonly TaskCompletionSource<object?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ActorPath? _path;
    private ITimer? _timer;
    private CancellationTokenRegistration _registration;

    private PromiseActorRef(ActorSystem system)
    {
        System = system;
    }

    public ActorPath Path => _path ??= System.NextTempPath();

    public ActorSystem System { get; }

    public bool IsTerminated => _completion.Task.IsCompleted;

    public Task<object?> Task => _completion.Task;

    public static PromiseActorRef Start(ActorSystem system, IActorRef target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        AskTimeouts.EnsureFinite(timeout);
        var promise = new PromiseActorRef(system);
        promise._timer = system.TimeProvider.CreateTimer(
            static state =>
            {
                var (self, target, timeout) = ((PromiseActorRef, IActorRef, TimeSpan))state!;
                self.Complete(() => self._completion.TrySetException(new AskTimeoutException($"No reply from {target.Path} within {timeout}.")));
            },
            (promise, target, timeout),
            timeout,
            Timeout.InfiniteTimeSpan);
        if (cancellationToken.CanBeCanceled)
        {
            promise._registration = cancellationToken.Register(
                static (state, token) =>
                {
                    var self = (PromiseActorRef)state!;
                    self.Complete(() => self._completion.TrySetCanceled(token));
                },
                promise);
        }

        return promise;
    }

    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Complete(() => _completion.TrySetResult(message)))
        {
            System.DeadLetterRef.Publish(message, sender ?? ActorCell.Current?.Self, this);
        }
    }

    public void SendSystem(SystemMessage message)
    {
        if (message is DeathWatchNotification notification)
        {
            Complete(() => _completion.TrySetResult(new Terminated(notification.Actor)));
        }
    }

    public override string ToString() => Path.ToString();

    private bool Complete(Func<bool> complete)
    {
        if (!complete())
        {
            return false;
        }

        _timer?.Dispose();
        _registration.Dispose();
        return true;
    }
}
