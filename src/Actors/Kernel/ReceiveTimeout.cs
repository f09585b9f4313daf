namespace NanoClaw.Actors.Kernel;

/// <summary>
/// Sent to an actor that has been idle for the period set with
/// <see cref="IActorContext.SetReceiveTimeout"/>; it repeats after each further idle period.
/// </summary>
public sealed record ReceiveTimeout : INotInfluenceReceiveTimeout
{
    private ReceiveTimeout()
    {
    }

    public static ReceiveTimeout Instance { get; } = new();
}
