using Akka.Actor;
using Akka.Pattern;

namespace NanoClaw.Actors.Node;

/// <summary>
/// The node's one backoff for actors that stop on failure (a persistent actor whose write failed, a
/// channel whose first connect failed): Akka's <see cref="BackoffSupervisor"/> in on-stop mode, delay
/// = min(max, min·2ⁿ) with 20 % jitter, retried without limit. Callers choose how the backoff resets.
/// </summary>
public static class NodeBackoff
{
    /// <summary>The jitter: each delay is stretched by up to this fraction, so restarts do not line up.</summary>
    public const double RandomFactor = ExponentialBackoff.RandomFactor;

    /// <summary>Retries are not capped: a group or channel keeps coming back after its pause.</summary>
    public const int UnlimitedRetries = -1;

    public static BackoffOptions OnStop(Props child, string childName, TimeSpan minBackoff, TimeSpan maxBackoff) =>
        Backoff.OnStop(child, childName, minBackoff, maxBackoff < minBackoff ? minBackoff : maxBackoff, RandomFactor, UnlimitedRetries);
}
