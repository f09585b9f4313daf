namespace NanoClaw.Actors.Supervision;

/// <summary>What a supervisor does with a failed child.</summary>
public enum Directive
{
    /// <summary>Keep the child's state and continue with its next message; the failing one is dropped.</summary>
    Resume,

    /// <summary>Replace the child's instance; its mailbox is kept and the failing message dropped.</summary>
    Restart,

    /// <summary>Stop the child for good.</summary>
    Stop,

    /// <summary>Fail the supervisor itself with the same exception, for its own parent to decide.</summary>
    Escalate,
}
