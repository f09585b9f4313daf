namespace NanoClaw;

/// <summary>
/// The node's one exponential backoff for retries that are not actor restarts (those use Akka's
/// <c>BackoffOptions</c>, through <c>NodeBackoff</c>, with the same jitter): the n-th delay, n from
/// 0, is min(max, base·2ⁿ), stretched by up to <c>randomFactor</c> so that many callers retrying
/// at once do not line up. The file is compiled into each project that retries, so channels and
/// containers share it without depending on each other.
/// </summary>
internal static class ExponentialBackoff
{
    /// <summary>The stretch the node uses everywhere: up to 20 % longer.</summary>
    public const double RandomFactor = 0.2;

    /// <param name="attempt">0 for the first retry.</param>
    /// <param name="baseDelay">The first delay.</param>
    /// <param name="maxDelay">The longest delay before the stretch.</param>
    /// <param name="randomFactor">The most a delay is stretched, as a fraction of it.</param>
    /// <param name="random">A number in [0, 1); <see cref="Random.Shared"/> when null.</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double randomFactor = RandomFactor, Func<double>? random = null)
    {
        var exponential = baseDelay.Ticks * Math.Pow(2, Math.Clamp(attempt, 0, 30));
        var capped = Math.Min(exponential, maxDelay.Ticks);
        var stretch = 1 + (randomFactor * (random ?? Random.Shared.NextDouble)());
        return TimeSpan.FromTicks((long)(capped * stretch));
    }
}
