namespace NanoClaw.Actors.Kernel;

/// <summary>Guards the rule that an ask never waits forever.</summary>
internal static class AskTimeouts
{
    public static void EnsureFinite(TimeSpan timeout)
    {
        if (timeout <= TimeSpan.Zero || timeout == Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "An ask timeout must be positive and finite.");
        }
    }
}
