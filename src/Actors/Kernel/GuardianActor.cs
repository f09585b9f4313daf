namespace NanoClaw.Actors.Kernel;

/// <summary>The actor behind <c>/user</c> and <c>/system</c>: it only supervises its children.</summary>
internal sealed class GuardianActor : ActorBase
{
    protected override bool Receive(object message) => false;
}
