namespace NanoClaw.Channels.Tests.Common;

public sealed class ExponentialBackoffTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 8)]
    [InlineData(5, 30)]
    [InlineData(1000, 30)]
    [InlineData(-1, 1)]
    public void Delay_NoStretch_DoublesUpToMax(int attempt, int expectedSeconds)
    {
        var delay = ExponentialBackoff.Delay(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), random: () => 0);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Theory]
    [InlineData(0.0, 8000)]
    [InlineData(0.5, 8800)]
    [InlineData(0.999, 9598)]
    public void Delay_Random_StretchesByUpToTheRandomFactor(double random, int expectedMilliseconds)
    {
        var delay = ExponentialBackoff.Delay(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), ExponentialBackoff.RandomFactor, () => random);

        Assert.Equal(expectedMilliseconds, (int)delay.TotalMilliseconds);
    }

    [Fact]
    public void Delay_CappedAttempt_StretchesTheCap()
    {
        var delay = ExponentialBackoff.Delay(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 0.2, () => 0.5);

        Assert.Equal(TimeSpan.FromSeconds(33), delay);
    }
}
