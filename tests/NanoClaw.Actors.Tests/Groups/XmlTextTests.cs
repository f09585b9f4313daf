using NanoClaw.Actors.Groups;

namespace NanoClaw.Actors.Tests.Groups;

public sealed class XmlTextTests
{
    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("a < b", "a &lt; b")]
    [InlineData("a > b", "a &gt; b")]
    [InlineData("say \"hi\"", "say &quot;hi&quot;")]
    [InlineData("<a href=\"x\">&</a>", "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("it's plain", "it's plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_Text_EscapesTheFourCharacters(string? text, string expected)
    {
        Assert.Equal(expected, XmlText.Escape(text));
    }
}
