using NanoClaw.Host.Cli;
using NanoClaw.Host.Tests.Api;
using NanoClaw.Host.Tests.Configuration;

namespace NanoClaw.Host.Tests.Cli;

public sealed class NodeApiCommandsTests
{
    [Fact]
    public async Task GroupsList_RunningNode_PrintsATable()
    {
        await using var web = await WebServerFixture.StartAsync();

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync("groups", "list", "--url", web.Url);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("FOLDER", output, StringComparison.Ordinal);
        Assert.Contains("main", output, StringComparison.Ordinal);
        Assert.Contains("web:main", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsAdd_AllOptions_RegistersTheGroup()
    {
        await using var web = await WebServerFixture.StartAsync();

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync(
            "groups", "add", "--folder", "family", "--name", "Family", "--chat", "web:family", "--trigger", "@Nova", "--no-trigger-required", "--url", web.Url);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Registered family (Family): web:family", output, StringComparison.Ordinal);
        var group = Assert.Single(await web.Api.ListGroupsAsync(CancellationToken.None), g => g.Folder == "family");
        Assert.Equal("@Nova", group.Trigger);
        Assert.False(group.RequiresTrigger);
    }

    [Fact]
    public async Task GroupsAdd_Refused_ExitsFailedWithTheReason()
    {
        await using var web = await WebServerFixture.StartAsync();

        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync("groups", "add", "--folder", "Bad!", "--chat", "web:x", "--url", web.Url);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Contains("folder must be lowercase", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsEngine_ChosenThenDefault_SetsAndClearsTheGroupsChoice()
    {
        await using var web = await WebServerFixture.StartAsync();
        await web.Api.RegisterGroupAsync(new("team", "Team", "web:team"), CancellationToken.None);

        var (chosenExit, chosen, _) = await CommandLineInvoker.InvokeAsync("groups", "engine", "team", "claude-code", "--url", web.Url);
        var requested = Assert.Single(await web.Api.ListGroupsAsync(CancellationToken.None), g => g.Folder == "team").RequestedEngine;
        var (defaultExit, cleared, _) = await CommandLineInvoker.InvokeAsync("groups", "engine", "team", "default", "--url", web.Url);

        Assert.Equal(ExitCodes.Success, chosenExit);
        Assert.Contains("team runs with claude-code.", chosen, StringComparison.Ordinal);
        Assert.Equal("claude-code", requested);
        Assert.Equal(ExitCodes.Success, defaultExit);
        Assert.Contains("(node default)", cleared, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await web.Api.ListGroupsAsync(CancellationToken.None), g => g.Folder == "team").RequestedEngine);
    }

    [Fact]
    public async Task GroupsRemove_Known_RemovesIt()
    {
        await using var web = await WebServerFixture.StartAsync();
        await web.Api.RegisterGroupAsync(new("team", "Team", "web:team"), CancellationToken.None);

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync("groups", "remove", "team", "--url", web.Url);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Removed team", output, StringComparison.Ordinal);
        Assert.DoesNotContain(await web.Api.ListGroupsAsync(CancellationToken.None), g => g.Folder == "team");
    }

    [Fact]
    public async Task Send_NodeAnswers_PrintsTheReply()
    {
        await using var web = await WebServerFixture.StartAsync();
        await web.Api.PostWebMessageAsync("web:main", new("earlier", "web-user", "You"), CancellationToken.None);

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync("send", "main", "hello there", "--url", web.Url);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("echo: hello there\n", output);
    }

    [Fact]
    public async Task Send_NoReply_TimesOutWithAClearMessage()
    {
        await using var web = await WebServerFixture.StartAsync();
        web.Api.Echo = false;

        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync("send", "web:main", "hi", "--timeout", "1", "--url", web.Url);

        Assert.Equal(ExitCodes.TimedOut, exitCode);
        Assert.StartsWith("no reply in web:main within 1 s", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NotAWebChat_ExitsFailedWithTheReason()
    {
        await using var web = await WebServerFixture.StartAsync();

        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync("send", "telegram:1", "hi", "--timeout", "1", "--url", web.Url);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Contains("only web chats", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_RunningNode_PrintsGroupsContainersAndQueue()
    {
        await using var web = await WebServerFixture.StartAsync();

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync("status", "--url", web.Url);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Groups (2)", output, StringComparison.Ordinal);
        Assert.Contains("Containers (1 running, at most 5)", output, StringComparison.Ordinal);
        Assert.Contains("run-1", output, StringComparison.Ordinal);
        Assert.Contains("Queue (1 waiting)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("groups", "list")]
    [InlineData("send", "main", "hi")]
    public async Task Command_NoNodeRunning_OneLineAndUnavailableExitCode(params string[] command)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";

        var (exitCode, output, error) = await CommandLineInvoker.InvokeAsync([.. command, "--url", url]);

        Assert.Equal(ExitCodes.NodeUnavailable, exitCode);
        Assert.Empty(output);
        Assert.Equal($"no node answers at {url} — start it with `nanoclaw run`\n", error);
    }

    [Fact]
    public async Task Status_NoUrl_UsesHttpSettingsFromConfig()
    {
        using var temp = new TempDirectory();
        var port = FreePort.Next();
        var config = temp.Write("node.conf", $"include classpath(\"HOCON.conf\")\nnanoclaw.http.port = {port}\n");

        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync("status", "--config", config);

        Assert.Equal(ExitCodes.NodeUnavailable, exitCode);
        Assert.Contains($"http://127.0.0.1:{port}", error, StringComparison.Ordinal);
    }
}
