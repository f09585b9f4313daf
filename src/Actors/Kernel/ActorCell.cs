using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Events;

namespace NanoClaw.Actors.Kernel;

/// <summary>
/// The runtime side of one actor: its mailbox, its children, its watchers and its current instance.
/// Everything not marked thread-safe is touched only during the actor's own turn, which the mailbox
/// status word grants to one thread at a time.
/// </summary>
internal sealed partial class ActorCell : IActorContext
{
    /// <summary>The cell whose turn the current thread is running; gives Tell its implicit sender.</summary>
    [ThreadStatic]
    private static ActorCell? _current;

    /// <summary>The cell whose actor is being constructed on this thread; read by the ActorBase constructor.</summary>
    [ThreadStatic]
    private static ActorCell? _constructing;

    private readonly ActorSystem _system;
    private readonly ActorCell? _parent;
    private ActorBase? _actor;
    private object? _currentMessage;
    private IActorRef? _currentSender;
    private ILogger? _log;

    public ActorCell(ActorSystem system, Props props, ActorCell? parent, ActorPath path)
    {
        _system = system;
        Props = props;
        _parent = parent;
        Self = new LocalActorRef(this, path);
    }

    public static ActorCell? Current => _current;

    public static ActorCell? Constructing => _constructing;

    public LocalActorRef Self { get; }

    IActorRef IActorContext.Self => Self;

    public Props Props { get; }

    public ActorSystem System => _system;

    public IActorRef Parent => _parent?.Self ?? ActorRefs.Nobody;

    /// <summary>The sender of the current message; dead letters when there was none.</summary>
    public IActorRef Sender => _currentSender ?? _system.DeadLetters;

    public ILogger Log => _log ??= new ActorLogger(_system.LoggerFactory.CreateLogger(Props.ActorType.FullName ?? Props.ActorType.Name), Self.Path);

    internal ActorBase? Actor => _actor;

    internal object? CurrentMessage => _currentMessage;

    internal IActorRef? CurrentSender => _currentSender;

    internal ILogger KernelLog => _system.KernelLog(Self.Path);

    /// <summary>Enqueues a user message; thread-safe. After termination it becomes a dead letter.</summary>
    public void Post(object message, IActorRef? sender)
    {
        if (IsClosed)
        {
            ToDeadLetters(message, sender);
            return;
        }

        _userQueue.Enqueue(message, sender);
        TrySchedule();
    }

    /// <summary>Enqueues a system message; thread-safe.</summary>
    public void PostSystem(SystemMessage message)
    {
        _systemQueue.Enqueue(message, null);
        TrySchedule();
    }

    public override string ToString() => Self.Path.ToString();

    private void ToDeadLetters(object message, IActorRef? sender)
    {
        // A dead letter addressed to a dead event-stream subscriber must not become a new dead letter.
        if (message is not DeadLetter)
        {
            _system.DeadLetterRef.Publish(message, sender, Self);
        }
    }
}
