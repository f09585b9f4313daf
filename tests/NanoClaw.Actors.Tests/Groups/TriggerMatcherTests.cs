using NanoClaw.Actors.Groups;

namespace NanoClaw.Actors.Tests.Groups;

public sealed class TriggerMatcherTests
{
    private static readonly TriggerMatcher Andy = TriggerMatcher.ForGroup(null, "Andy");

    [Theory]
    [InlineData("@Andy hello", true)]
    [InlineData("@andy hello", true)]
    [InlineData("@ANDY hello", true)]
    [InlineData("@Andy", true)]
    [InlineData("@Andy,", true)]
    [InlineData("@Andy, what's up?", true)]
    [InlineData("@Andy's idea", true)]
    [InlineData("@Andy: do it", true)]
    [InlineData("   @Andy hi", true)]
    [InlineData("\n\t@Andy hi", true)]
    [InlineData("@Andy\nsecond line", true)]
    [InlineData("@Andyx", false)]
    [InlineData("@Andyextra hello", false)]
    [InlineData("@Andy_bot", false)]
    [InlineData("@Andy2", false)]
    [InlineData("hello @Andy", false)]
    [InlineData("Andy hello", false)]
    [InlineData("@ Andy", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Matches_DefaultTrigger_MatchesAtStartOnWordBoundary(string? text, bool expected)
    {
        Assert.Equal(expected, Andy.Matches(text));
    }

    [Theory]
    [InlineData("@C.L.A.U.D.E", "@C.L.A.U.D.E hi", true)]
    [InlineData("@C.L.A.U.D.E", "@CxLxAxUxDxE hi", false)]
    [InlineData("@A+", "@A+ hi", false)]
    [InlineData("@A+B", "@A+B hi", true)]
    [InlineData("@A+B", "@AAB hi", false)]
    [InlineData("@(bot)|x", "@(bot)|x go", true)]
    [InlineData("@(bot)|x", "x go", false)]
    [InlineData("@[ai]", "@[ai] go", false)]
    [InlineData("@$ai^", "@$ai^ go", false)]
    [InlineData("  @Claw  ", "@claw hello", true)]
    [InlineData("hey bot", "Hey Bot, please", true)]
    public void Matches_RegexCharactersInTrigger_AreLiteral(string trigger, string text, bool expected)
    {
        Assert.Equal(expected, new TriggerMatcher(trigger).Matches(text));
    }

    [Fact]
    public void ForGroup_OwnTrigger_ReplacesTheDefault()
    {
        var claw = TriggerMatcher.ForGroup("@Claw", "Andy");

        Assert.Equal("@Claw", claw.Trigger);
        Assert.True(claw.Matches("@Claw hello"));
        Assert.False(claw.Matches("@Andy hello"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ForGroup_NoOwnTrigger_UsesAtAssistantName(string? groupTrigger)
    {
        Assert.Equal("@Andy", TriggerMatcher.ForGroup(groupTrigger, "Andy").Trigger);
    }

    [Fact]
    public void Constructor_BlankTrigger_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TriggerMatcher(" "));
    }
}
