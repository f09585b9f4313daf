using NanoClaw.Containers.Agent.Events;
using NanoClaw.Actors.Agents.InProcess;
using NanoClaw.Actors.Registry;

namespace NanoClaw.Host.Tests.Node;

public sealed class GroupActorTests
{
    [Fact]
    public async Task FirstStart_NoGroups_RegistersWebMainAsMainWithMemoryFile()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.Actors.Directory.WhenAsync(v => v.Main is not null, TimeSpan.FromSeconds(5), CancellationToken.None);

        var main = node.Actors.Directory.View.Main!;
        Assert.Equal(RegistryActor.MainFolder, main.Folder);
        Assert.Equal([RegistryActor.MainChat], main.Chats);
        Assert.True(File.Exists(Path.Join(node.GroupsRoot, "main", "CLAUDE.md")));
    }

    [Fact]
    public async Task MainMessage_NoTrigger_OneReplyWithoutInternalBlocks()
    {
        var runtime = new InProcessAgentRuntime(async turn =>
        {
            await turn.Events.WriteAsync(new OutputProduced("<internal>thinking\nhard</internal> Hello Ann "));
            await turn.Events.WriteAsync(new TurnIdled());
        });
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.WhenAsync(v => v.Main is not null, TimeSpan.FromSeconds(5), CancellationToken.None);

        var accepted = await node.PostAsync("web:main", "hi there");
        var reply = await node.Replies.NextAsync();

        Assert.True(accepted.Stored);
        Assert.Equal(("web:main", "Hello Ann"), reply);
        var prompt = Assert.Single(runtime.Sessions.Values).Prompts.Single();
        Assert.Contains("<context timezone=\"UTC\" />", prompt, StringComparison.Ordinal);
        Assert.Contains("<message sender=\"Ann\" time=\"Jan 5, 2026, 9:00 AM\">hi there</message>", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcript_AfterReply_HoldsInAndOutInOrder()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "hello", id: "m1");
        await node.Replies.NextAsync();
        await NodeHarness.EventuallyAsync(async () => (await node.Chats.ReadAsync("web:main", 0, TimeSpan.Zero, default)).Entries.Count == 2, "the reply in the transcript");

        var (entries, cursor, _) = await node.Chats.ReadAsync("web:main", 0, TimeSpan.Zero, default);

        Assert.Equal(["in", "out"], entries.Select(e => e.Direction));
        Assert.Equal("m1", entries[0].Id);
        Assert.StartsWith("echo #1:", entries[1].Text, StringComparison.Ordinal);
        Assert.Equal(entries[1].Cursor, cursor);
        Assert.Empty((await node.Chats.ReadAsync("web:main", cursor, TimeSpan.Zero, default)).Entries);
    }

    [Fact]
    public async Task SameMessageId_Twice_StoredOnceAnsweredOnce()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.Actors.Directory.Ready;

        var first = await node.PostAsync("web:main", "hello", id: "same");
        var second = await node.PostAsync("web:main", "hello", id: "same");
        await node.Replies.NextAsync();
        await NodeHarness.EventuallyAsync(async () => (await node.StatusAsync("main")).State == "running" || node.Runtime.Started == 1, "the run");

        Assert.True(first.Stored);
        Assert.False(second.Stored);
        Assert.Equal("duplicate", second.Reason);
        Assert.Single(node.Replies.Sent);
        Assert.Equal(1, node.Runtime.Started);
    }

    [Fact]
    public async Task NonMainGroup_WithoutTrigger_KeptAsContextUntilTriggered()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.RegisterAsync("family", "telegram:-100");

        await node.PostAsync("telegram:-100", "dinner at 7?", senderName: "Bob");
        await node.PostAsync("telegram:-100", "hey @Andy what do you think", senderName: "Cat");
        Assert.Equal(0, node.Runtime.Started);

        await node.PostAsync("telegram:-100", "@andy   shall we?", senderName: "Ann");
        var reply = await node.Replies.NextAsync();

        Assert.Equal("telegram:-100", reply.ChatId);
        var prompt = Assert.Single(node.Runtime.Sessions.Values).Prompts.Single();
        Assert.Contains(">dinner at 7?</message>", prompt, StringComparison.Ordinal);
        Assert.Contains(">hey @Andy what do you think</message>", prompt, StringComparison.Ordinal);
        Assert.Contains(">@andy   shall we?</message>", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonMainGroup_RequiresTriggerOff_EveryMessageWakes()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.RegisterAsync("team", "slack:C1", requiresTrigger: false);

        await node.PostAsync("slack:C1", "status?");

        Assert.Equal("slack:C1", (await node.Replies.NextAsync()).ChatId);
    }

    [Fact]
    public async Task CustomTrigger_RegexCharacters_MatchLiterally()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.RegisterAsync("ops", "discord:9", trigger: "@a.i");

        await node.PostAsync("discord:9", "@axi hello");
        await node.PostAsync("discord:9", "@A.I hello");

        var reply = await node.Replies.NextAsync();
        Assert.Contains("@A.I hello", reply.Text, StringComparison.Ordinal);
        Assert.Equal(1, node.Runtime.Started);
    }

    [Fact]
    public async Task MoreThanTenPending_PromptCarriesTheNewestTen()
    {
        var hold = new TaskCompletionSource();
        var runtime = new InProcessAgentRuntime { BeforeStart = (_, _) => hold.Task };
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.RegisterAsync("big", "web:big", requiresTrigger: false);

        for (var i = 1; i <= 12; i++)
        {
            await node.PostAsync("web:big", $"m{i}");
        }

        hold.SetResult();
        await node.Replies.NextAsync();

        var prompt = Assert.Single(runtime.Sessions.Values).Prompts.Single();
        Assert.DoesNotContain(">m2<", prompt, StringComparison.Ordinal);
        Assert.Contains(">m3<", prompt, StringComparison.Ordinal);
        Assert.Contains(">m12<", prompt, StringComparison.Ordinal);
    }
}
