using NanoClaw.Actors.Groups;

namespace NanoClaw.Actors.Tests.Groups;

public sealed class SenderAllowlistTests
{
    private const string OtherChat = "whatsapp:family@g.us";

    private static SenderAllowlist With(SenderAllowlistEntry defaultEntry, SenderAllowlistEntry? chatEntry = null) =>
        new(defaultEntry, chatEntry is null
            ? new Dictionary<string, SenderAllowlistEntry>()
            : new Dictionary<string, SenderAllowlistEntry> { [Messages.Chat] = chatEntry });

    private static SenderAllowlistEntry Entry(SenderAllowlistMode mode, params string[]? senders) =>
        new(senders is null ? null : new HashSet<string>(senders), mode);

    [Theory]
    [InlineData(null, "anyone", true)]
    [InlineData(new string[0], "anyone", false)]
    [InlineData(new[] { "alice", "bob" }, "alice", true)]
    [InlineData(new[] { "alice", "bob" }, "Alice", false)]
    [InlineData(new[] { "alice", "bob" }, "alic", false)]
    public void IsSenderAllowed_DefaultEntry_MatchesIdsExactly(string[]? senders, string sender, bool expected)
    {
        var allowlist = With(Entry(SenderAllowlistMode.Trigger, senders));

        Assert.Equal(expected, allowlist.IsSenderAllowed(Messages.Chat, sender));
    }

    [Fact]
    public void IsSenderAllowed_ChatEntry_OverridesTheDefaultForThatChatOnly()
    {
        var allowlist = With(Entry(SenderAllowlistMode.Trigger, null), Entry(SenderAllowlistMode.Trigger, "alice"));

        Assert.False(allowlist.IsSenderAllowed(Messages.Chat, "bob"));
        Assert.True(allowlist.IsSenderAllowed(Messages.Chat, "alice"));
        Assert.True(allowlist.IsSenderAllowed(OtherChat, "bob"));
    }

    [Theory]
    [InlineData(SenderAllowlistMode.Trigger, "mallory", false, false, true)]
    [InlineData(SenderAllowlistMode.Drop, "mallory", false, false, false)]
    [InlineData(SenderAllowlistMode.Drop, "alice", false, false, true)]
    [InlineData(SenderAllowlistMode.Drop, "mallory", true, false, true)]
    [InlineData(SenderAllowlistMode.Drop, "mallory", false, true, true)]
    public void ShouldStore_Mode_DropsOnlyRefusedSendersInDropMode(
        SenderAllowlistMode mode, string sender, bool fromMe, bool fromAssistant, bool expected)
    {
        var allowlist = With(Entry(mode, "alice"));
        var message = Messages.From(sender, "hi") with { IsFromMe = fromMe, IsFromAssistant = fromAssistant };

        Assert.Equal(expected, allowlist.ShouldStore(message));
    }

    [Fact]
    public void ShouldStore_ChatEntryInDropMode_OverridesTriggerDefault()
    {
        var allowlist = With(Entry(SenderAllowlistMode.Trigger, "alice"), Entry(SenderAllowlistMode.Drop, "alice"));

        Assert.False(allowlist.ShouldStore(Messages.From("bob", "hi")));
        Assert.True(allowlist.ShouldStore(Messages.From("bob", "hi", chatId: OtherChat)));
    }

    [Theory]
    [InlineData("alice", false, true)]
    [InlineData("bob", false, false)]
    [InlineData("bob", true, true)]
    public void CanTrigger_Sender_AllowedOrOwner(string sender, bool fromMe, bool expected)
    {
        var allowlist = With(Entry(SenderAllowlistMode.Trigger, "alice"));

        Assert.Equal(expected, allowlist.CanTrigger(Messages.From(sender, "@Andy") with { IsFromMe = fromMe }));
    }

    [Fact]
    public void AllowAll_AnySenderAnyChat_MayTriggerAndIsStored()
    {
        var message = Messages.From("stranger", "@Andy", chatId: OtherChat);

        Assert.True(SenderAllowlist.AllowAll.CanTrigger(message));
        Assert.True(SenderAllowlist.AllowAll.ShouldStore(message));
        Assert.True(SenderAllowlist.AllowAll.LogDenied);
    }
}
