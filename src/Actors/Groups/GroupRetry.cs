namespace NanoClaw.Actors.Groups;

/// <summary>
/// When a failed run is tried again: <see cref="BaseDelay"/> × 2^(n−1) for the n-th retry, at most
/// <see cref="MaxDelay"/>, stretched by up to <see cref="RandomFactor"/>; after
/// <see cref="MaxRetries"/> the user is told. The defaults are 5 s, 5 min, 5 retries and 0.2.
/// </summary>
public sealed record GroupRetry(TimeSpan BaseDelay, TimeSpan MaxDelay, int MaxRetries, double RandomFactor, Func<double> Random)
{
    public static GroupRetry Default { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), 5, ExponentialBackoff.RandomFactor, System.Random.Shared.NextDouble);

    /// <param name="retry">1 for the first retry.</param>
    public TimeSpan DelayFor(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        return ExponentialBackoff.Delay(retry - 1, BaseDelay, MaxDelay, RandomFactor, Random);
    }
}
