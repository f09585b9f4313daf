using NanoClaw.Actors.Groups;

namespace NanoClaw.Actors.Tests.Groups;

public sealed class PromptFormatterTests
{
    private static readonly PromptFormatter Utc = new(TimeZoneInfo.Utc);

    [Fact]
    public void Format_OneMessage_WritesHeaderAndMessageExactly()
    {
        var prompt = Utc.Format([Messages.From("alice", "hello") with { SenderName = "Alice" }]);

        Assert.Equal(
            "<context timezone=\"UTC\" />\n<messages>\n"
            + "<message sender=\"Alice\" time=\"Jan 1, 2024, 12:00 PM\">hello</message>\n</messages>",
            prompt);
    }

    [Fact]
    public void Format_EmptyList_WritesHeaderAndEmptyMessagesBlock()
    {
        Assert.Equal("<context timezone=\"UTC\" />\n<messages>\n\n</messages>", Utc.Format([]));
    }

    [Fact]
    public void Format_SeveralMessages_OneLinePerMessageInOrder()
    {
        var prompt = Utc.Format(
        [
            Messages.From("alice", "first") with { SenderName = "Alice" },
            Messages.From("bob", "second", minute: 1) with { SenderName = "Bob" },
        ]);

        Assert.Equal(
            "<context timezone=\"UTC\" />\n<messages>\n"
            + "<message sender=\"Alice\" time=\"Jan 1, 2024, 12:00 PM\">first</message>\n"
            + "<message sender=\"Bob\" time=\"Jan 1, 2024, 12:01 PM\">second</message>\n</messages>",
            prompt);
    }

    [Fact]
    public void Format_SpecialCharactersInSenderAndText_AreEscaped()
    {
        var prompt = Utc.Format([Messages.From("x", "<script>alert(\"x\")</script> & more") with { SenderName = "A<b>\"&" }]);

        Assert.Contains("sender=\"A&lt;b&gt;&quot;&amp;\"", prompt, StringComparison.Ordinal);
        Assert.Contains(">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</message>", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ReplyWithQuote_WritesReplyToAndQuotedMessageBeforeText()
    {
        var reply = Messages.From("alice", "Yes, on my way!") with
        {
            SenderName = "Alice",
            ReplyTo = new QuotedMessage("42", "Bob", "Are you coming tonight?"),
        };

        var prompt = Utc.Format([reply]);

        Assert.Contains(
            "<message sender=\"Alice\" time=\"Jan 1, 2024, 12:00 PM\" reply_to=\"42\">\n"
            + "  <quoted_message from=\"Bob\">Are you coming tonight?</quoted_message>Yes, on my way!</message>",
            prompt,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42", "Bob", null, true, false)]
    [InlineData("42", null, "Are you coming?", true, false)]
    [InlineData(null, "Bob", "Are you coming?", false, true)]
    [InlineData("", "", "", false, false)]
    public void Format_PartialReplyContext_ShowsOnlyWhatIsComplete(
        string? id, string? sender, string? text, bool hasReplyTo, bool hasQuote)
    {
        var prompt = Utc.Format([Messages.From("alice", "ack") with { ReplyTo = new QuotedMessage(id, sender, text) }]);

        Assert.Equal(hasReplyTo, prompt.Contains("reply_to=", StringComparison.Ordinal));
        Assert.Equal(hasQuote, prompt.Contains("quoted_message", StringComparison.Ordinal));
    }

    [Fact]
    public void Format_NoReply_HasNeitherReplyToNorQuote()
    {
        var prompt = Utc.Format([Messages.From("alice", "plain")]);

        Assert.DoesNotContain("reply_to", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("quoted_message", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ReplyContextWithSpecialCharacters_IsEscaped()
    {
        var message = Messages.From("alice", "ok") with { ReplyTo = new QuotedMessage("a\"b", "B<o>b", "x & <y>") };

        var prompt = Utc.Format([message]);

        Assert.Contains("reply_to=\"a&quot;b\"", prompt, StringComparison.Ordinal);
        Assert.Contains("<quoted_message from=\"B&lt;o&gt;b\">x &amp; &lt;y&gt;</quoted_message>", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_GroupZone_ShowsLocalTimeAndNamesTheZone()
    {
        var formatter = new PromptFormatter(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        var message = Messages.From("alice", "hi") with { Timestamp = new DateTimeOffset(2024, 1, 1, 18, 30, 0, TimeSpan.Zero) };

        var prompt = formatter.Format([message]);

        Assert.StartsWith("<context timezone=\"America/New_York\" />\n", prompt, StringComparison.Ordinal);
        Assert.Contains("time=\"Jan 1, 2024, 1:30 PM\"", prompt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UTC", "2024-01-01T00:00:00Z", "Jan 1, 2024, 12:00 AM")]
    [InlineData("UTC", "2024-12-31T23:59:00Z", "Dec 31, 2024, 11:59 PM")]
    [InlineData("America/New_York", "2026-02-15T18:30:00Z", "Feb 15, 2026, 1:30 PM")]
    [InlineData("America/New_York", "2026-06-01T12:00:00Z", "Jun 1, 2026, 8:00 AM")]
    [InlineData("Asia/Tokyo", "2026-06-01T12:00:00Z", "Jun 1, 2026, 9:00 PM")]
    [InlineData("Asia/Tokyo", "2026-06-30T15:05:00Z", "Jul 1, 2026, 12:05 AM")]
    [InlineData("Australia/Lord_Howe", "2026-01-10T00:00:00Z", "Jan 10, 2026, 11:00 AM")]
    public void FormatTime_Instant_ShowsEnUsShortFormInTheZone(string zone, string instant, string expected)
    {
        var formatter = new PromptFormatter(TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(expected, formatter.FormatTime(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Format_MoreThanTheCap_KeepsTheNewestInOrder()
    {
        var formatter = new PromptFormatter(TimeZoneInfo.Utc, maxMessagesPerPrompt: 2);
        List<StoredMessage> messages = [Messages.From("a", "one"), Messages.From("b", "two", minute: 1), Messages.From("c", "three", minute: 2)];

        var prompt = formatter.Format(messages);

        Assert.DoesNotContain(">one<", prompt, StringComparison.Ordinal);
        Assert.True(prompt.IndexOf(">two<", StringComparison.Ordinal) < prompt.IndexOf(">three<", StringComparison.Ordinal));
        Assert.Contains(">two<", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_DefaultCap_KeepsTenMessages()
    {
        var messages = Enumerable.Range(0, 12).Select(i => Messages.From("s", "text " + i, minute: i)).ToList();

        var prompt = Utc.Format(messages);

        Assert.Equal(10, prompt.Split("<message ").Length - 1);
        Assert.DoesNotContain(">text 1<", prompt, StringComparison.Ordinal);
        Assert.Contains(">text 2<", prompt, StringComparison.Ordinal);
        Assert.Contains(">text 11<", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CapBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PromptFormatter(TimeZoneInfo.Utc, 0));
    }
}
