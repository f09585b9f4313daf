using System.Globalization;

namespace NanoClaw.Host.Runs;

/// <summary>Run ids: lower-case letters and digits, unique across restarts (time, then random).</summary>
public static class RunIds
{
    public static string Next(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var time = timeProvider.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"r{time}{Random.Shared.Next(0, 1 << 24):x6}");
    }
}
