using NanoClaw.Actors.Supervision;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Supervision;

public sealed class ChildRestartStatsTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void RequestRestartPermission_ZeroRetries_NeverGranted() =>
        Assert.False(new ChildRestartStats().RequestRestartPermission(0, null, _time));

    [Fact]
    public void RequestRestartPermission_Unlimited_AlwaysGranted()
    {
        var stats = new ChildRestartStats();

        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(stats.RequestRestartPermission(-1, null, _time)));
    }

    [Fact]
    public void RequestRestartPermission_NoWindow_CountsOverLifetime()
    {
        var stats = new ChildRestartStats();

        Assert.True(stats.RequestRestartPermission(2, null, _time));
        _time.Advance(TimeSpan.FromDays(1));
        Assert.True(stats.RequestRestartPermission(2, null, _time));
        _time.Advance(TimeSpan.FromDays(1));
        Assert.False(stats.RequestRestartPermission(2, null, _time));
    }

    [Fact]
    public void RequestRestartPermission_WithinWindow_LimitsThenResetsAfterWindow()
    {
        var stats = new ChildRestartStats();
        var window = TimeSpan.FromMinutes(1);

        Assert.True(stats.RequestRestartPermission(2, window, _time));
        Assert.True(stats.RequestRestartPermission(2, window, _time));
        Assert.False(stats.RequestRestartPermission(2, window, _time));
        _time.Advance(TimeSpan.FromMinutes(1.5));
        Assert.True(stats.RequestRestartPermission(2, window, _time));
    }

    [Fact]
    public void RequestRestartPermission_WindowWithUnlimitedRetries_OnePerWindow()
    {
        var stats = new ChildRestartStats();
        var window = TimeSpan.FromSeconds(10);

        Assert.True(stats.RequestRestartPermission(-1, window, _time));
        Assert.False(stats.RequestRestartPermission(-1, window, _time));
        _time.Advance(TimeSpan.FromSeconds(11));
        Assert.True(stats.RequestRestartPermission(-1, window, _time));
    }
}
