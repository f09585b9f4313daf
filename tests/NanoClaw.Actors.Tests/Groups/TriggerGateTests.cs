using NanoClaw.Actors.Groups;

namespace NanoClaw.Actors.Tests.Groups;

public sealed class TriggerGateTests
{
    private static readonly TriggerMatcher Andy = TriggerMatcher.ForGroup(null, "Andy");

    private static readonly SenderAllowlist OnlyAlice = new(
        new SenderAllowlistEntry(new HashSet<string> { "alice" }, SenderAllowlistMode.Trigger),
        new Dictionary<string, SenderAllowlistEntry>());

    [Theory]
    [InlineData(true, true, "no trigger here", true)]
    [InlineData(true, false, "no trigger here", true)]
    [InlineData(false, true, "no trigger here", false)]
    [InlineData(false, true, "@Andy please", true)]
    [InlineData(false, false, "no trigger here", true)]
    public void IsTriggeredBy_MainAndRequiresTrigger_FollowNanoClaw(bool isMain, bool requiresTrigger, string text, bool expected)
    {
        var gate = new TriggerGate(isMain, requiresTrigger, Andy);

        Assert.Equal(expected, gate.IsTriggeredBy(Messages.From("bob", text), SenderAllowlist.AllowAll));
    }

    [Fact]
    public void IsTriggeredBy_CustomTriggerGroup_IgnoresTheDefaultTrigger()
    {
        var gate = new TriggerGate(false, true, TriggerMatcher.ForGroup("@Claw", "Andy"));

        Assert.True(gate.IsTriggeredBy(Messages.From("bob", "@Claw hi"), SenderAllowlist.AllowAll));
        Assert.False(gate.IsTriggeredBy(Messages.From("bob", "@Andy hi"), SenderAllowlist.AllowAll));
    }

    [Theory]
    [InlineData("alice", false, true)]
    [InlineData("mallory", false, false)]
    [InlineData("mallory", true, true)]
    public void IsTriggeredBy_AllowlistInTriggerMode_OnlyAllowedSendersOrTheOwnerTrigger(string sender, bool fromMe, bool expected)
    {
        var gate = new TriggerGate(false, true, Andy);
        var message = Messages.From(sender, "@Andy do it") with { IsFromMe = fromMe };

        Assert.Equal(expected, gate.IsTriggeredBy(message, OnlyAlice));
    }

    [Fact]
    public void IsTriggeredBy_MainGroup_IgnoresTheAllowlist()
    {
        var gate = new TriggerGate(true, true, Andy);

        Assert.True(gate.IsTriggeredBy(Messages.From("mallory", "hello"), OnlyAlice));
    }

    [Fact]
    public void AnyTriggers_ContextThenTrigger_IsTrue()
    {
        var gate = new TriggerGate(false, true, Andy);
        StoredMessage[] messages = [Messages.From("bob", "context"), Messages.From("alice", "@andy summarise", minute: 1)];

        Assert.True(gate.AnyTriggers(messages, OnlyAlice));
        Assert.False(gate.AnyTriggers(messages[..1], OnlyAlice));
        Assert.False(gate.AnyTriggers([], OnlyAlice));
    }
}
