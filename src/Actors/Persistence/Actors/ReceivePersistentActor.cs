using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>
/// A <see cref="PersistentActor"/> whose command and recovery handlers are typed registrations made
/// in the constructor, like <see cref="ReceiveActor"/>; the first matching handler wins.
/// </summary>
public abstract class ReceivePersistentActor : PersistentActor
{
    private readonly List<ReceiveHandler> _commands = [];
    private readonly List<ReceiveHandler> _recovers = [];

    protected ReceivePersistentActor(PersistenceExtension persistence)
        : base(persistence)
    {
    }

    protected void Command<T>(Action<T> handler, Predicate<T>? predicate = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _commands.Add(new TypedReceiveHandler<T>(predicate, handler));
    }

    protected void CommandAny(Action<object> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _commands.Add(new TypedReceiveHandler<object>(null, handler));
    }

    /// <summary>Handles a replayed event, a <see cref="SnapshotOffer"/> or <see cref="RecoveryCompleted"/>.</summary>
    protected void Recover<T>(Action<T> handler, Predicate<T>? predicate = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _recovers.Add(new TypedReceiveHandler<T>(predicate, handler));
    }

    protected sealed override bool ReceiveCommand(object message) => Dispatch(_commands, message);

    protected sealed override bool ReceiveRecover(object message) => Dispatch(_recovers, message);

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
