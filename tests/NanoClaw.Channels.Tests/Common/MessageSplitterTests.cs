using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Tests.Common;

public sealed class MessageSplitterTests
{
    public static TheoryData<string, int, string[]> Cases => new()
    {
        { "short", 10, ["short"] },
        { "exactly10!", 10, ["exactly10!"] },
        { "aaaa\n\nbbbb\ncc dd", 12, ["aaaa", "bbbb\ncc dd"] },
        { "aaaa\nbbbb cccc", 12, ["aaaa", "bbbb cccc"] },
        { "one two three four", 9, ["one two", "three", "four"] },
        { "abcdefghijkl", 5, ["abcde", "fghij", "kl"] },
        { "para one\n\npara two\n\npara three", 20, ["para one\n\npara two", "para three"] },
        { "line one\nline two\nline three", 18, ["line one\nline two", "line three"] },
        { "0123456789 next", 10, ["0123456789", "next"] },
        { "word\n\n\n\nword", 6, ["word", "word"] },
        { "", 10, [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_Text_CutsAtBestBoundary(string text, int limit, string[] expected)
    {
        Assert.Equal(expected, MessageSplitter.Split(text, limit));
    }

    [Theory]
    [InlineData(MessageSplitter.TelegramLimit)]
    [InlineData(MessageSplitter.DiscordLimit)]
    [InlineData(MessageSplitter.SlackLimit)]
    public void Split_ExactlyAtLimit_OnePart(int limit)
    {
        Assert.Single(MessageSplitter.Split(new string('x', limit), limit));
    }

    [Fact]
    public void Split_SlackTextOver8000_ThreeParts()
    {
        var parts = MessageSplitter.Split(new string('x', 8001), MessageSplitter.SlackLimit);

        Assert.Equal([4000, 4000, 1], parts.Select(p => p.Length));
    }

    [Fact]
    public void Split_SurrogatePairAtLimit_NeverCutInHalf()
    {
        var text = new string('a', 9) + "😀" + "b";

        var parts = MessageSplitter.Split(text, 10);

        Assert.Equal([new string('a', 9), "😀b"], parts);
    }

    [Fact]
    public void Split_AnyLongText_EveryPartWithinLimitAndWordsKept()
    {
        var words = Enumerable.Range(0, 3000).Select(i => $"w{i}").ToList();
        var text = string.Join(' ', words);

        var parts = MessageSplitter.Split(text, MessageSplitter.DiscordLimit);

        Assert.All(parts, part => Assert.InRange(part.Length, 1, MessageSplitter.DiscordLimit));
        Assert.Equal(words, parts.SelectMany(p => p.Split(' ')));
    }
}
