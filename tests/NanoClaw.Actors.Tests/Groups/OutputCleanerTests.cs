using NanoClaw.Actors.Groups;

namespace NanoClaw.Actors.Tests.Groups;

public sealed class OutputCleanerTests
{
    [Theory]
    [InlineData("hello", "hello")]
    [InlineData("  hello  \n", "hello")]
    [InlineData("<internal>thinking</internal>The answer is 42", "The answer is 42")]
    [InlineData("before <internal>note</internal> after", "before  after")]
    [InlineData("<internal>\nline one\nline two\n</internal>\nThe answer", "The answer")]
    [InlineData("<internal>a</internal>Hello <internal>b</internal>world", "Hello world")]
    [InlineData("one <internal>x</internal>two<internal>\ny\n</internal> three", "one two three")]
    [InlineData("<internal>only</internal>", "")]
    [InlineData("<internal>a</internal>\n<internal>b</internal>\n", "")]
    [InlineData("", "")]
    [InlineData("a < b and <b>bold</b>", "a < b and <b>bold</b>")]
    public void StripInternal_Text_RemovesEveryBlockAndTrims(string text, string expected)
    {
        Assert.Equal(expected, OutputCleaner.StripInternal(text));
    }

    [Theory]
    [InlineData("answer <internal>never closed", "answer <internal>never closed")]
    [InlineData("<internal>a</internal>kept <internal>open", "kept <internal>open")]
    [InlineData("<INTERNAL>upper</INTERNAL>text", "<INTERNAL>upper</INTERNAL>text")]
    [InlineData("stray </internal> tag", "stray </internal> tag")]
    public void StripInternal_UnclosedOrOtherCase_LeavesTheTagsAsNanoClawDoes(string text, string expected)
    {
        Assert.Equal(expected, OutputCleaner.StripInternal(text));
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("<internal>hidden</internal>visible", "visible")]
    [InlineData("<internal>all hidden</internal>", null)]
    [InlineData("   \n\t ", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void ToChatText_Output_ReturnsTextOrNothingToSend(string? output, string? expected)
    {
        Assert.Equal(expected, OutputCleaner.ToChatText(output));
    }
}
