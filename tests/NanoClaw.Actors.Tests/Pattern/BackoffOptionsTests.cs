using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Pattern;

namespace NanoClaw.Actors.Tests.Pattern;

public sealed class BackoffOptionsTests
{
    private static readonly Props Child = Props.Create(() => new BackoffChild(ActorRefs.Nobody));

    [Theory]
    [InlineData(0, 3000, 3600)]
    [InlineData(1, 6000, 7200)]
    [InlineData(2, 12000, 14400)]
    [InlineData(3, 24000, 28800)]
    [InlineData(4, 30000, 36000)]
    [InlineData(40, 30000, 36000)]
    public void CalculateDelay_AkkaExample_JitterAppliedAfterTheCap(int restartCount, int lowMs, int highMs)
    {
        var min = TimeSpan.FromSeconds(3);
        var max = TimeSpan.FromSeconds(30);

        Assert.Equal(TimeSpan.FromMilliseconds(lowMs), BackoffSupervisor.CalculateDelay(restartCount, min, max, 0.2, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(highMs), BackoffSupervisor.CalculateDelay(restartCount, min, max, 0.2, 1));
    }

    [Fact]
    public void CalculateDelay_Overflow_YieldsTheMaximum()
    {
        var max = TimeSpan.MaxValue - TimeSpan.FromDays(1);

        Assert.Equal(max, BackoffSupervisor.CalculateDelay(5000, TimeSpan.FromDays(1), max, 1, 0.9));
    }

    [Fact]
    public void OnStop_Defaults_AutoResetAfterMinBackoffUnlimitedRetries()
    {
        var options = BackoffOptions.OnStop(Child, "c", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8), 0.1);

        Assert.Equal(TimeSpan.FromSeconds(2), options.AutoReset);
        Assert.Equal(-1, options.MaxNrOfRetries);
        Assert.Equal(BackoffDefaults.BufferCapacity, options.BufferCapacity);
    }

    [Theory]
    [InlineData(0, 1, 0.1)]
    [InlineData(2, 1, 0.1)]
    [InlineData(1, 2, -0.1)]
    [InlineData(1, 2, 1.1)]
    public void OnStop_InvalidBounds_Throws(int minSeconds, int maxSeconds, double randomFactor) =>
        Assert.Throws<ArgumentException>(() =>
            BackoffOptions.OnStop(Child, "c", TimeSpan.FromSeconds(minSeconds), TimeSpan.FromSeconds(maxSeconds), randomFactor));
}
