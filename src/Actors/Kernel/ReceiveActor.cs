namespace NanoClaw.Actors.Kernel;

/// <summary>
/// An actor whose behaviour is a list of typed handlers registered in the constructor (or in a
/// <see cref="Become(Action)"/> block); the first matching handler wins.
/// </summary>
public abstract class ReceiveActor : ActorBase
{
    private readonly List<ReceiveHandler> _handlers = [];

    /// <summary>Set while a Become block runs; handlers registered then go to the new behaviour.</summary>
    private List<ReceiveHandler>? _building;

    protected void Receive<T>(Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Target.Add(new TypedReceiveHandler<T>(null, handler));
    }

    protected void Receive<T>(Predicate<T> predicate, Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(handler);
        Target.Add(new TypedReceiveHandler<T>(predicate, handler));
    }

    /// <summary>An async handler: the mailbox is suspended until its task completes; a fault goes to supervision.</summary>
    protected void ReceiveAsync<T>(Func<T, Task> handler, Predicate<T>? predicate = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Target.Add(new TypedReceiveHandler<T>(predicate, message => RunTask(() => handler(message))));
    }

    protected void ReceiveAny(Action<object> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Target.Add(new TypedReceiveHandler<object>(null, handler));
    }

    protected void ReceiveAnyAsync(Func<object, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Target.Add(new TypedReceiveHandler<object>(null, message => RunTask(() => handler(message))));
    }

    /// <summary>Replaces the behaviour with the handlers <paramref name="configure"/> registers.</summary>
    protected void Become(Action configure) => Context.Become(Build(configure));

    /// <summary>Pushes the handlers <paramref name="configure"/> registers; <see cref="Unbecome"/> pops them.</summary>
    protected void BecomeStacked(Action configure) => Context.BecomeStacked(Build(configure));

    protected void Unbecome() => Context.Unbecome();

    protected sealed override bool Receive(object message) => Dispatch(_handlers, message);

    private List<ReceiveHandler> Target => _building ?? _handlers;

    private Receive Build(Action configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var handlers = new List<ReceiveHandler>();
        var previous = _building;
        _building = handlers;
        try
        {
            configure();
        }
        finally
        {
            _building = previous;
        }

        return message => Dispatch(handlers, message);
    }

    private static bool Dispatch(List<ReceiveHandler> handlers, object message)
    {
        foreach (var handler in handlers)
        {
            if (handler.TryHandle(message))
            {
                return true;
            }
        }

        return false;
    }
}
