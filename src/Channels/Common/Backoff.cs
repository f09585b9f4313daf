namespace NanoClaw.Channels.Common;

/// <summary>Exponential backoff: min(max, base·2ⁿ) for the n-th retry, counted from 0.</summary>
public static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        if (attempt <= 0)
        {
            return baseDelay < maxDelay ? baseDelay : maxDelay;
        }

        var factor = Math.Pow(2, Math.Min(attempt, 30));
        var ticks = baseDelay.Ticks * factor;
        return ticks >= maxDelay.Ticks ? maxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
