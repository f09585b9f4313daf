namespace NanoClaw.Actors.Kernel;

/// <summary>Handles messages of type <typeparamref name="T"/> that pass the optional predicate.</summary>
internal sealed class TypedReceiveHandler<T>(Predicate<T>? predicate, Action<T> handler) : ReceiveHandler
{
    public override bool TryHandle(object message)
    {
        if (message is T typed && (predicate is null || predicate(typed)))
        {
            handler(typed);
            return true;
        }

        return false;
    }
}
