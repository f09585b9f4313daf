using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Testing;

/// <summary>Instructions a <see cref="TestProbe"/> gives its actor; not recorded as received messages.</summary>
internal abstract record ProbeCommand
{
    public sealed record StartWatching(IActorRef Target) : ProbeCommand;

    public sealed record StopWatching(IActorRef Target) : ProbeCommand;
}
