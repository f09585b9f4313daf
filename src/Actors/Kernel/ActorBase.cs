using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Events;
using NanoClaw.Actors.Stashing;
using NanoClaw.Actors.Timers;

namespace NanoClaw.Actors.Kernel;

/// <summary>
/// The base of every actor. An instance is built by the kernel from <see cref="Props"/> (never with
/// <c>new</c> elsewhere) once per incarnation and sees one message at a time.
/// </summary>
public abstract partial class ActorBase
{
    private readonly ActorCell _cell;
    private Receive? _defaultBehavior;
    private Supervision.SupervisorStrategy? _supervisorStrategy;

    /// <summary>Binds the instance to its cell; timers and the stash are usable from the constructor on.</summary>
    protected ActorBase()
    {
        _cell = ActorCell.Constructing
            ?? throw new ActorInitializationException($"{GetType().Name} must be created by the actor system through Props, not with new.");
        if (this is IWithTimers withTimers)
        {
            withTimers.Timers = _cell.Timers;
        }

        if (this is IWithStash withStash)
        {
            withStash.Stash = _cell.CreateStash();
        }
    }

    protected IActorContext Context => _cell;

    protected IActorRef Self => _cell.Self;

    /// <summary>The sender of the current message; dead letters when there was none.</summary>
    protected IActorRef Sender => _cell.Sender;

    /// <summary>A logger whose entries carry this actor's path in their scope.</summary>
    protected ILogger Log => _cell.Log;

    internal Receive DefaultBehavior => _defaultBehavior ??= Receive;

    internal Supervision.SupervisorStrategy SupervisorStrategyInternal => _supervisorStrategy ??= SupervisorStrategy();

    /// <summary>Handles <paramref name="message"/>; returns false when it does not apply (then <see cref="Unhandled"/> runs).</summary>
    protected abstract bool Receive(object message);

    /// <summary>
    /// Called for a message no behaviour handled. The default fails with <see cref="DeathPactException"/>
    /// for <see cref="Terminated"/> and publishes <see cref="UnhandledMessage"/> otherwise.
    /// </summary>
    protected virtual void Unhandled(object message)
    {
        if (message is Terminated terminated)
        {
            throw new DeathPactException(terminated.ActorRef);
        }

        _cell.System.EventStream.Publish(new UnhandledMessage(message, _cell.CurrentSender ?? ActorRefs.Nobody, Self));
    }

    /// <summary>How this actor supervises its children; asked once per incarnation. The default is <see cref="Supervision.SupervisorStrategy.DefaultStrategy"/>.</summary>
    protected virtual Supervision.SupervisorStrategy SupervisorStrategy() => Supervision.SupervisorStrategy.DefaultStrategy;

    /// <summary>
    /// Runs async work as part of the current message: the mailbox stays suspended until the task
    /// completes, and a fault goes to supervision as if the handler had thrown.
    /// </summary>
    protected void RunTask(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _cell.RunTask(action);
    }

    /// <summary>
    /// Creates an additional stash bound to this actor, for base classes that keep their own (e.g. one
    /// that holds commands while a write is in flight). Like every stash it is re-delivered on restart.
    /// </summary>
    protected IStash CreateStash() => _cell.CreateStash();

    internal void UnhandledInternal(object message) => Unhandled(message);
}
