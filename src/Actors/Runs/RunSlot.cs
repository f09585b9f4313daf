using Akka.Actor;

namespace NanoClaw.Actors.Runs;

/// <summary>A running container as the supervisor tracks it.</summary>
internal sealed class RunSlot(string runId, string folder, IActorRef run, IActorRef owner, RunKind kind, DateTimeOffset started)
{
    public string RunId { get; } = runId;

    public string Folder { get; } = folder;

    public IActorRef Run { get; } = run;

    public IActorRef Owner { get; } = owner;

    public RunKind Kind { get; } = kind;

    public DateTimeOffset Started { get; } = started;

    /// <summary>Null until the run reported; starting runs count as busy.</summary>
    public bool? Busy { get; set; }

    public DateTimeOffset IdleSince { get; set; } = started;

    public string? EndReason { get; set; }

    public bool Failed { get; set; } = true;
}
