using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Tests.Common;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 8)]
    [InlineData(5, 30)]
    [InlineData(1000, 30)]
    public void Delay_Attempt_DoublesUpToMax(int attempt, int expectedSeconds)
    {
        var delay = Backoff.Delay(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }
}
