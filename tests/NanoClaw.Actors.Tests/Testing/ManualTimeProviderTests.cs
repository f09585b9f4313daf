using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Testing;

public sealed class ManualTimeProviderTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Advance_MovesClockAndTimestamp()
    {
        var start = _time.GetTimestamp();

        _time.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 3, 0, TimeSpan.Zero), _time.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(3), _time.GetElapsedTime(start));
    }

    [Fact]
    public void Advance_FiresDueTimersInDueOrder()
    {
        var fired = new List<string>();
        using var late = _time.CreateTimer(_ => fired.Add("late"), null, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);
        using var early = _time.CreateTimer(_ => fired.Add("early"), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using var future = _time.CreateTimer(_ => fired.Add("future"), null, TimeSpan.FromSeconds(9), Timeout.InfiniteTimeSpan);

        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["early", "late"], fired);
    }

    [Fact]
    public void Advance_CallbackSeesItsOwnDueTime()
    {
        DateTimeOffset? seen = null;
        using var timer = _time.CreateTimer(_ => seen = _time.GetUtcNow(), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 1, TimeSpan.Zero), seen);
    }

    [Fact]
    public void Advance_PeriodicTimer_FiresOncePerElapsedPeriod()
    {
        var count = 0;
        using var timer = _time.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        _time.Advance(TimeSpan.FromSeconds(3.5));

        Assert.Equal(3, count);
    }

    [Fact]
    public void Change_Reschedules_AndDisposeCancels()
    {
        var count = 0;
        var timer = _time.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        timer.Change(TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(0, count);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, count);

        timer.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        timer.Dispose();
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, count);
        Assert.Equal(0, _time.ArmedTimerCount);
    }

    [Fact]
    public void Advance_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _time.Advance(TimeSpan.FromSeconds(-1)));
}
