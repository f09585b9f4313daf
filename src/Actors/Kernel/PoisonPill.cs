namespace NanoClaw.Actors.Kernel;

/// <summary>
/// An ordinary user message that stops the actor when it is reached, so everything enqueued before it
/// is processed first.
/// </summary>
public sealed record PoisonPill
{
    private PoisonPill()
    {
    }

    public static PoisonPill Instance { get; } = new();
}
