using NanoClaw.AgentProtocol;
using NanoClaw.AgentRunner.Agent;
using NanoClaw.AgentRunner.Host;

namespace NanoClaw.AgentRunner.Tests.Agent;

public sealed class RunnerSessionTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly RunnerPaths _paths;

    public RunnerSessionTests()
    {
        _paths = new RunnerPaths(
            Path.Combine(_temp.Path, "agent.sock"), Path.Combine(_temp.Path, "proxy.sock"),
            _temp.Sub("group"), _temp.Sub("global"), Path.Combine(_temp.Path, "extra"), _temp.Sub("sessions"));
        File.WriteAllText(Path.Combine(_temp.Path, "script.json"), """
            {"rules":[
              {"when":"make a file","tool":"bash","input":{"command":"echo hello > out.txt && cat out.txt"},"then":"Created: {result}"},
              {"when":"tell everyone","tool":"send_message","input":{"text":"hi all"},"then":"Sent: {result}"}
            ]}
            """);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task RunAsync_StartToolFollowUpClose_AnswersEachTurnAndExitsZero()
    {
        await using var host = new FakeHost(_paths.AgentSocket);
        var runner = RunRunnerAsync();
        await host.AcceptAsync();

        await host.SendAsync(Start("please make a file", sessionId: null));
        var first = await host.ReceiveTurnAsync();
        await host.SendAsync(new FollowUpMessage("and now?"));
        var second = await host.ReceiveTurnAsync();
        await host.SendAsync(new CloseMessage());

        Assert.Equal(0, await runner);
        Assert.Equal("hello\n", File.ReadAllText(Path.Combine(_paths.GroupDirectory, "out.txt")));
        Assert.Contains(first, m => m is OutputMessage o && o.Text.StartsWith("Created: exit code: 0", StringComparison.Ordinal));
        Assert.Contains(new OutputMessage("Mock reply #2: and now?"), second);
        Assert.Contains(first, m => m is LogMessage { Level: "warn" } l && l.Message.Contains("mock", StringComparison.Ordinal));
        var session = Assert.IsType<SessionMessage>(second[^2]);
        Assert.Equal(session, first[^2]);
    }

    [Fact]
    public async Task RunAsync_SecondRunWithSessionId_ResumesHistory()
    {
        var sessionId = await RunOneTurnAsync(Start("first", sessionId: null));

        var messages = await RunOneTurnMessagesAsync(Start("second", sessionId));

        Assert.Contains(new OutputMessage("Mock reply #2: second"), messages);
        Assert.Contains(new SessionMessage(sessionId), messages);
    }

    [Theory]
    [InlineData("nope-not-there")]
    [InlineData("corrupt")]
    public async Task RunAsync_UnusableSession_StartsFreshWithWarning(string sessionId)
    {
        File.WriteAllText(Path.Combine(_paths.SessionsDirectory, "corrupt.json"), "{{{{");

        var messages = await RunOneTurnMessagesAsync(Start("hello", sessionId));

        Assert.Contains(messages, m => m is LogMessage { Level: "warn" } l && l.Message.Contains("fresh session", StringComparison.Ordinal));
        Assert.Contains(new OutputMessage("Mock reply #1: hello"), messages);
    }

    [Fact]
    public async Task RunAsync_HostTool_IsForwardedAsToolRequest()
    {
        var messages = await RunOneTurnMessagesAsync(Start("tell everyone", sessionId: null));

        var request = Assert.Single(messages.OfType<ToolRequestMessage>());
        Assert.Equal("send_message", request.Name);
        Assert.Contains(new OutputMessage("Sent: host did send_message"), messages);
    }

    [Fact]
    public async Task RunAsync_UnknownProvider_ReportsErrorAndExitsOne()
    {
        await using var host = new FakeHost(_paths.AgentSocket);
        var runner = RunRunnerAsync();
        await host.AcceptAsync();

        await host.SendAsync(Start("hi", null) with { Model = new ModelSettings("crystal-ball", "x", 10) });

        var error = Assert.IsType<ErrorMessage>(await host.ReceiveAsync());
        Assert.Contains("crystal-ball", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await runner);
    }

    private async Task<string> RunOneTurnAsync(StartMessage start) =>
        (await RunOneTurnMessagesAsync(start)).OfType<SessionMessage>().Single().SessionId;

    private async Task<List<ProtocolMessage>> RunOneTurnMessagesAsync(StartMessage start)
    {
        File.Delete(_paths.AgentSocket);
        await using var host = new FakeHost(_paths.AgentSocket);
        var runner = RunRunnerAsync();
        await host.AcceptAsync();
        await host.SendAsync(start);
        var messages = await host.ReceiveTurnAsync();
        await host.SendAsync(new CloseMessage());
        Assert.Equal(0, await runner);
        return messages;
    }

    private async Task<int> RunRunnerAsync()
    {
        await using var link = await HostLink.ConnectAsync(_paths.AgentSocket, "test", CancellationToken.None);
        return await new RunnerSession(link, _paths, TimeProvider.System).RunAsync(CancellationToken.None);
    }

    private StartMessage Start(string prompt, string? sessionId) => new(
        prompt, sessionId, "family", IsMain: false, IsScheduledTask: false, "Andy", "Europe/Berlin",
        new ModelSettings("mock", "mock", 1024, Path.Combine(_temp.Path, "script.json")), "token");
}
