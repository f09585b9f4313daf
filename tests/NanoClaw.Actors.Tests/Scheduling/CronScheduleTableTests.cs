using System.Globalization;
using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tests.Scheduling;

/// <summary>
/// The cron table: expression, zone, the instant searched from, and the expected next occurrence
/// written in the zone's own offset (null: never). Rows live in the partial files by theme.
/// </summary>
public sealed partial class CronScheduleTableTests
{
    private const string Utc = "UTC";
    private const string Berlin = "Europe/Berlin";
    private const string NewYork = "America/New_York";

    public static int RowCount =>
        Basics.Count() + NamesAndMacros.Count() + DayFields.Count() + Zones.Count() + BerlinDst.Count() + NewYorkDst.Count();

    [Theory]
    [MemberData(nameof(Basics))]
    [MemberData(nameof(NamesAndMacros))]
    [MemberData(nameof(DayFields))]
    [MemberData(nameof(Zones))]
    [MemberData(nameof(BerlinDst))]
    [MemberData(nameof(NewYorkDst))]
    public void GetNextOccurrence_TableRow_MatchesExpected(string expression, string zoneId, string after, string? expected)
    {
        var schedule = CronSchedule.Parse(expression);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

        var next = schedule.GetNextOccurrence(Instant(after), zone);

        Assert.Equal(expected, next?.ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Table_Size_IsAtLeastSixtyRows()
    {
        Assert.True(RowCount >= 60, $"the table holds {RowCount} rows");
    }

    [Theory]
    [InlineData(Berlin)]
    [InlineData(NewYork)]
    public void FindSystemTimeZoneById_IanaZone_Resolves(string zoneId)
    {
        Assert.Equal(zoneId, TimeZoneInfo.FindSystemTimeZoneById(zoneId).Id);
    }

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.ParseExact(text, ["yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz"], CultureInfo.InvariantCulture, DateTimeStyles.None);

    private static TheoryData<string, string, string, string?> Rows(params (string Expression, string Zone, string After, string? Expected)[] rows)
    {
        var data = new TheoryData<string, string, string, string?>();
        foreach (var (expression, zone, after, expected) in rows)
        {
            data.Add(expression, zone, after, expected);
        }

        return data;
    }
}
