using System.Globalization;

namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// Reads the value of a <c>once</c> schedule: a wall-clock ISO time without offset, such as
/// <c>2026-02-01T15:30</c> or <c>2026-02-01T15:30:00</c> (a space may stand for the <c>T</c>).
/// Offsets and <c>Z</c> are refused rather than converted: the configured time zone is the only
/// one a task speaks, and a silently converted time is how tasks came to fire hours off.
/// </summary>
internal static class LocalIsoTime
{
    public const string Example = "2026-02-01T15:30:00";

    private static readonly string[] Formats =
    [
        "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    /// <exception cref="TaskScheduleException">An offset, or not an ISO date and time.</exception>
    public static DateTime Parse(string value)
    {
        var text = value.Trim();
        if (HasOffset(text))
        {
            throw new TaskScheduleException(
                $"once \"{value}\" carries a UTC offset; give the local time without Z or +hh:mm, "
                + $"it is read in the configured time zone (e.g. {Example})");
        }

        if (!DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new TaskScheduleException($"once \"{value}\" is not a local ISO date and time such as {Example}");
        }

        return DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
    }

    public static string Format(DateTime local) => local.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static bool HasOffset(string text)
    {
        var separator = text.IndexOfAny(['T', 't', ' ']);
        if (separator < 0)
        {
            return false;
        }

        var time = text[(separator + 1)..];
        return time.EndsWith('Z') || time.EndsWith('z') || time.Contains('+', StringComparison.Ordinal)
            || time.Contains('-', StringComparison.Ordinal);
    }
}
