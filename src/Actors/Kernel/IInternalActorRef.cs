namespace NanoClaw.Actors.Kernel;

/// <summary>A reference the kernel can also send system messages to (watch, stop, supervision).</summary>
internal interface IInternalActorRef : IActorRef
{
    /// <summary>True once the actor has terminated; messages then go to dead letters.</summary>
    bool IsTerminated { get; }

    /// <summary>The system the actor lives in.</summary>
    ActorSystem System { get; }

    void SendSystem(SystemMessage message);
}
