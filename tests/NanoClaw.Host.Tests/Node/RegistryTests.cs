using Akka.Actor;
using NanoClaw.Actors.Registry;

namespace NanoClaw.Host.Tests.Node;

public sealed class RegistryTests
{
    [Theory]
    [InlineData("../etc", "web:x", "must match")]
    [InlineData("global", "web:x", "reserved")]
    [InlineData("ok", "irc:x", "channel one of")]
    [InlineData("ok", "web:bad name", "must be <channel>:<id>")]
    [InlineData("ok", "web:main", "already wired to group 'main'")]
    public async Task Register_BrokenRule_RefusedWithReason(string folder, string chat, string reason)
    {
        await using var node = await NodeHarness.StartAsync();
        await node.Actors.Directory.Ready;

        var result = await node.Actors.Registry.Ask<RegistryResult>(new RegisterGroup(folder, "x", chat, null, true, false), TimeSpan.FromSeconds(5));

        Assert.Null(result.Group);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_SecondMain_Refused()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.Actors.Directory.Ready;

        var result = await node.Actors.Registry.Ask<RegistryResult>(new RegisterGroup("boss", "Boss", "telegram:5", null, false, IsMain: true), TimeSpan.FromSeconds(5));

        Assert.Contains("already a main group", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_ExistingFolderNewChat_WiresSecondPlatform()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.RegisterAsync("family", "telegram:-1");

        var group = await node.RegisterAsync("family", "whatsapp:4917");
        await node.PostAsync("whatsapp:4917", "@Andy hi");
        var reply = await node.Replies.NextAsync();

        Assert.Equal(["telegram:-1", "whatsapp:4917"], group.Chats);
        Assert.Equal("whatsapp:4917", reply.ChatId);
    }

    [Fact]
    public async Task Registrations_SurviveRestart_AndRemovedGroupsStayRemoved()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.RegisterAsync("a", "slack:A");
        await node.RegisterAsync("b", "slack:B");
        var removed = await node.Actors.Registry.Ask<RegistryResult>(new RemoveGroup("a"), TimeSpan.FromSeconds(5));
        Assert.NotNull(removed.Group);

        await node.RestartAsync();

        var view = node.Actors.Directory.View;
        Assert.Equal(["b", "main"], view.Groups.Keys);
        Assert.Null(view.GroupOf("slack:A"));
        Assert.True(File.Exists(Path.Join(node.GroupsRoot, "b", "CLAUDE.md")));
    }

    [Fact]
    public async Task Register_NewGroup_StartsFromTheGroupsFolderTemplateNotFromMainsMemory()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.Actors.Directory.Ready;
        await File.WriteAllTextAsync(Path.Join(node.GroupsRoot, "main", "CLAUDE.md"), "# the owner's private notes");
        await File.WriteAllTextAsync(Path.Join(node.GroupsRoot, "CLAUDE.md"), "# {assistant-name} in a group");

        await node.RegisterAsync("kids", "discord:7");

        Assert.Equal("# Andy in a group", await File.ReadAllTextAsync(Path.Join(node.GroupsRoot, "kids", "CLAUDE.md")));
    }

    [Fact]
    public async Task FirstStart_EmptyGroupsFolder_BuiltInTemplatesWithTheAssistantsName()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.Actors.Directory.Ready;

        await node.RegisterAsync("kids", "discord:7");

        var main = await File.ReadAllTextAsync(Path.Join(node.GroupsRoot, "main", "CLAUDE.md"));
        var kids = await File.ReadAllTextAsync(Path.Join(node.GroupsRoot, "kids", "CLAUDE.md"));
        Assert.Equal((await File.ReadAllTextAsync(Path.Join(RepositoryFiles.Root, "groups", "main", "CLAUDE.md"))).Replace("{assistant-name}", "Andy", StringComparison.Ordinal), main);
        Assert.Equal((await File.ReadAllTextAsync(Path.Join(RepositoryFiles.Root, "groups", "CLAUDE.md"))).Replace("{assistant-name}", "Andy", StringComparison.Ordinal), kids);
        Assert.True(File.Exists(Path.Join(node.GroupsRoot, "global", "CLAUDE.md")));
        Assert.DoesNotContain("{assistant-name}", main + kids, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownChat_RecordedAsSeen_NotStored()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.Actors.Directory.Ready;

        var accepted = await node.Actors.Router.Accept(
            new NanoClaw.Channels.InboundMessage("telegram:77", "1", "u", "Zed", "hi", node.Time.GetUtcNow(), IsGroup: false), CancellationToken.None);

        Assert.Null(accepted);
        await node.Actors.Directory.WhenAsync(v => v.SeenChats.ContainsKey("telegram:77"), TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.Equal("Zed", node.Actors.Directory.View.SeenChats["telegram:77"].Name);
    }

    [Fact]
    public async Task Remove_Main_Refused()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.Actors.Directory.Ready;

        var result = await node.Actors.Registry.Ask<RegistryResult>(new RemoveGroup("main"), TimeSpan.FromSeconds(5));

        Assert.Equal("the main group cannot be removed", result.Error);
    }

    [Fact]
    public async Task SetGroupEngine_Chosen_ReachesTheNextRunAndSurvivesRestart()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.RegisterAsync("family", "telegram:-1", requiresTrigger: false);
        var engines = new System.Collections.Concurrent.ConcurrentQueue<string?>();
        node.Runtime.BeforeStart = (request, _) =>
        {
            engines.Enqueue(request.Engine);
            return Task.CompletedTask;
        };

        var set = await node.Actors.Registry.Ask<RegistryResult>(new SetGroupEngine("family", "claude-code"), TimeSpan.FromSeconds(5));
        await node.PostAsync("telegram:-1", "hi");
        await node.Replies.NextAsync();
        await node.RestartAsync();

        Assert.Equal("claude-code", set.Group!.Engine);
        Assert.Equal(["claude-code"], engines);
        Assert.Equal("claude-code", node.Actors.Directory.View.Groups["family"].Engine);
        var reset = await node.Actors.Registry.Ask<RegistryResult>(new SetGroupEngine("family", null), TimeSpan.FromSeconds(5));
        Assert.Null(reset.Group!.Engine);
    }

    [Theory]
    [InlineData("family", "gpt-engineer", 400, "engine 'gpt-engineer' is not known")]
    [InlineData("nobody", "builtin", 404, "no group 'nobody'")]
    public async Task SetGroupEngine_UnknownEngineOrGroup_RefusedWithReason(string folder, string engine, int status, string reason)
    {
        await using var node = await NodeHarness.StartAsync();
        await node.RegisterAsync("family", "telegram:-1");

        var result = await node.Actors.Registry.Ask<RegistryResult>(new SetGroupEngine(folder, engine), TimeSpan.FromSeconds(5));

        Assert.Null(result.Group);
        Assert.Equal(status, result.Status);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Null(node.Actors.Directory.View.Groups["family"].Engine);
    }
}
