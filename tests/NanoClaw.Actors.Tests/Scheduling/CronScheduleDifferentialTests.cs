using NanoClaw.Actors.Scheduling;
using NanoClaw.Actors.Tests.Scheduling.Reference;

namespace NanoClaw.Actors.Tests.Scheduling;

/// <summary>
/// <see cref="CronSchedule"/> against a brute-force reference (<see cref="BruteForceCron"/>) on
/// generated expressions, zones with every kind of daylight-saving change, and instants both at
/// random and next to those changes.
/// </summary>
public sealed class CronScheduleDifferentialTests
{
    private const int Cases = 600;

    private static readonly string[] Zones =
    [
        "UTC", "Europe/Berlin", "America/New_York", "America/Santiago", "Australia/Lord_Howe", "Pacific/Auckland", "Asia/Kolkata", "Pacific/Chatham",
    ];

    [Fact]
    public void GetNextOccurrence_GeneratedCases_NextThreeMatchTheBruteForceReference()
    {
        var generator = new CronCaseGenerator(seed: 20260105);
        var random = new Random(20260105);
        var compared = 0;
        var mismatches = new List<string>();
        while (compared < Cases)
        {
            var cron = generator.Next();
            var zone = TimeZoneInfo.FindSystemTimeZoneById(Zones[compared % Zones.Length]);
            var after = Instant(random, zone);
            var expected = BruteForceCron.Next(cron, after, zone, 3);
            if (expected.Count < 3)
            {
                // Too rare for the reference's horizon (or never, such as February 30): not a case.
                continue;
            }

            compared++;
            var schedule = CronSchedule.Parse(cron.Expression);
            var actual = new List<DateTimeOffset?>();
            var from = after;
            for (var i = 0; i < 3 && schedule.GetNextOccurrence(from, zone) is { } next; i++)
            {
                actual.Add(next);
                from = next;
            }

            if (!actual.SequenceEqual(expected.Select(e => (DateTimeOffset?)e)))
            {
                mismatches.Add($"\"{cron.Expression}\" in {zone.Id} after {after:O}: expected {string.Join(", ", expected.Select(e => e.ToString("O")))}; got {string.Join(", ", actual.Select(a => a?.ToString("O")))}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {Cases} cases differ:\n{string.Join('\n', mismatches.Take(20))}");
    }

    /// <summary>Half the instants at random in 2025-2030, half within three hours of one of the zone's clock changes.</summary>
    private static DateTimeOffset Instant(Random random, TimeZoneInfo zone)
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var minutes = random.Next(0, 6 * 365 * 24 * 60);
        var instant = start.AddMinutes(minutes);
        if (random.Next(2) == 0 && Transition(zone, instant) is { } change)
        {
            instant = change.AddMinutes(random.Next(-180, 181));
        }

        return instant;
    }

    /// <summary>The first instant after <paramref name="from"/> (within a year) at which the zone's offset changes.</summary>
    private static DateTimeOffset? Transition(TimeZoneInfo zone, DateTimeOffset from)
    {
        var offset = zone.GetUtcOffset(from);
        for (var hour = 1; hour <= 366 * 24; hour++)
        {
            var probe = from.AddHours(hour);
            if (zone.GetUtcOffset(probe) != offset)
            {
                var minute = probe.AddHours(-1);
                while (zone.GetUtcOffset(minute) == offset)
                {
                    minute = minute.AddMinutes(1);
                }

                return minute;
            }
        }

        return null;
    }
}
