namespace NanoClaw.Actors.Scheduling;

/// <summary>What the scheduler does with a task when the node starts.</summary>
public enum MisfireAction
{
    /// <summary>The task is not due yet (or has no next run); its timer is set as usual.</summary>
    NotDue,

    /// <summary>The task came due while the node was down and runs once now.</summary>
    RunNow,

    /// <summary>The task came due while the node was down and waits for its next due time.</summary>
    Skip,
}
