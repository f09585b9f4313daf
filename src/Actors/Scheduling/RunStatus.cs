namespace NanoClaw.Actors.Scheduling;

/// <summary>How a task run ended. Wire names: <c>success</c>, <c>error</c>, <c>interrupted</c>.</summary>
public enum RunStatus
{
    Success,
    Error,

    /// <summary>The node stopped during the run; the run is recorded, reported and not repeated.</summary>
    Interrupted,
}
