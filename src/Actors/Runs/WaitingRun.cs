using Akka.Actor;

namespace NanoClaw.Actors.Runs;

/// <summary>A group waiting for a container slot.</summary>
internal sealed record WaitingRun(RequestRun Request, IActorRef Owner, DateTimeOffset Since);
