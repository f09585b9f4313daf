namespace NanoClaw.Actors.Kernel;

/// <summary>One typed entry of a <see cref="ReceiveActor"/> behaviour.</summary>
internal abstract class ReceiveHandler
{
    public abstract bool TryHandle(object message);
}
