namespace NanoClaw.Actors.Pattern;

/// <summary>When a <see cref="BackoffSupervisor"/> recreates its child after a delay.</summary>
public enum BackoffMode
{
    /// <summary>
    /// When the child stops, for any reason (a persistent actor stops on a failed write). Exceptions
    /// are handled by the supervisor strategy without backoff.
    /// </summary>
    OnStop,

    /// <summary>
    /// When the child fails with an exception the strategy would restart it for: the child is stopped
    /// and recreated after the delay. A child that stops by itself stops the supervisor too.
    /// </summary>
    OnFailure,
}
