using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Tests.Common;

public sealed class TriggerTextTests
{
    [Theory]
    [InlineData("what time is it?", "@Andy what time is it?")]
    [InlineData("@Andy hi", "@Andy hi")]
    [InlineData("@andy hi", "@andy hi")]
    [InlineData("  @Andy's turn", "@Andy's turn")]
    [InlineData("@Andyextra hi", "@Andy @Andyextra hi")]
    [InlineData("", "@Andy")]
    public void Prepend_Text_TriggerInFrontOnce(string text, string expected)
    {
        Assert.Equal(expected, TriggerText.Prepend(text, "Andy"));
    }

    [Theory]
    [InlineData("@Andy", true)]
    [InlineData("hello @Andy", false)]
    [InlineData("@A.ndy hi", false)]
    public void StartsWithTrigger_RegexCharactersLiteral(string text, bool expected)
    {
        Assert.Equal(expected, TriggerText.StartsWithTrigger(text, "@Andy"));
    }
}
