namespace NanoClaw.Containers.Runtime;

/// <summary>
/// Backoff while the engine is briefly unavailable (starting up, restarting). With the defaults a
/// call is tried 6 times over about 8 seconds (0.25, 0.5, 1, 2, 4 s apart) before it fails.
/// </summary>
public sealed record EngineRetryOptions
{
    /// <summary>Attempts in all, the first included. The default is 6.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>Delay before the second attempt; doubles after each. The default is 250 ms.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Upper bound on one delay. The default is 5 seconds.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);
}
