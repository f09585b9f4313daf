using System.Globalization;

namespace NanoClaw.Actors.Runs;

/// <summary>
/// Run ids: lower-case letters and digits, unique within the process (a counter) and across
/// restarts (the time, then random digits). A run id names the run actor, so two equal ids at once
/// would break the supervisor.
/// </summary>
public static class RunIds
{
    private static long _counter;

    public static string Next(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var time = timeProvider.GetUtcNow().ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);
        var count = Interlocked.Increment(ref _counter);
        return string.Create(CultureInfo.InvariantCulture, $"r{time}{Random.Shared.Next(0, 1 << 16):x4}{count:x}");
    }
}
