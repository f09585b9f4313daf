namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// What a task that came due while the node was down does when the node starts. Wire names:
/// <c>run-once</c>, <c>skip</c>. The default is <see cref="RunOnce"/>.
/// </summary>
public enum MisfirePolicy
{
    /// <summary>Run once at start, however many due times were missed.</summary>
    RunOnce,

    /// <summary>Do not run; wait for the next due time after now (a <c>once</c> task completes unrun).</summary>
    Skip,
}
