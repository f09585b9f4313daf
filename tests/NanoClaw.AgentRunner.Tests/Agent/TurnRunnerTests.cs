using NanoClaw.AgentRunner.Agent;

namespace NanoClaw.AgentRunner.Tests.Agent;

public class TurnRunnerTests
{
    [Fact]
    public void Split_LongAnswer_PartsStayUnderCapAndJoinBack()
    {
        var answer = string.Concat(Enumerable.Repeat("😀abc", 60_000));

        var parts = TurnRunner.Split(answer).ToList();

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= 100_000));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(answer, string.Concat(parts));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    public void Split_BlankAnswer_SendsNothing(string answer) => Assert.Empty(TurnRunner.Split(answer));
}
