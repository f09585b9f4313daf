using NanoClaw.AgentProtocol;
using NanoClaw.AgentRunner.Agent;
using NanoClaw.AgentRunner.Host;
using NanoClaw.AgentRunner.Tests.Agent;

namespace NanoClaw.AgentRunner.Tests.Engines;

/// <summary>
/// The runner's side of the claude-code engine, with a stand-in engine (a Python script speaking the
/// same JSON lines as engine.mjs) in place of Claude Code, so the bridge is tested without a container.
/// </summary>
public sealed class ClaudeCodeEngineTests : IDisposable
{
    private const string StandIn = """
        import json, os, sys
        def send(message): print(json.dumps(message), flush=True)
        start = json.loads(sys.stdin.readline())
        send({"type": "session", "id": "11111111-2222-3333-4444-555555555555"})
        send({"type": "log", "level": "info", "message": " ".join(os.environ[name] for name in
            ["ANTHROPIC_BASE_URL", "ANTHROPIC_API_KEY", "CLAUDE_CONFIG_DIR", "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"])})
        send({"type": "tool", "id": "7", "name": "send_message", "input": {"text": "progress"}})
        result = json.loads(sys.stdin.readline())
        tools = ",".join(tool["name"] for tool in start["tools"])
        send({"type": "output", "text": f"{result['id']}:{result['content']} | {start['prompt']} | {start['cwd']} | {tools}"})
        send({"type": "idle"})
        follow_up = json.loads(sys.stdin.readline())
        send({"type": "error", "message": "failed on " + follow_up["text"], "retryable": False})
        send({"type": "idle"})
        sys.exit(0 if json.loads(sys.stdin.readline())["type"] == "close" else 3)
        """;

    private readonly TempDirectory _temp = new();
    private readonly RunnerPaths _paths;

    public ClaudeCodeEngineTests()
    {
        var engine = _temp.Sub("engine");
        Directory.CreateDirectory(Path.Combine(engine, "node_modules", "@anthropic-ai", "claude-agent-sdk"));
        File.WriteAllText(Path.Combine(engine, "engine.mjs"), StandIn);
        _paths = new RunnerPaths(
            Path.Combine(_temp.Path, "agent.sock"), Path.Combine(_temp.Path, "proxy.sock"),
            _temp.Sub("group"), _temp.Sub("global"), Path.Combine(_temp.Path, "extra"), _temp.Sub("sessions"),
            engine, "python3");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task RunAsync_EngineTurns_RelaysSessionToolsOutputErrorsAndCloseWithOnlyTheProxyToken()
    {
        await using var host = new FakeHost(_paths.AgentSocket);
        var runner = RunAsync(_paths);
        await host.AcceptAsync();

        await host.SendAsync(Start());
        var first = await host.ReceiveTurnAsync();
        await host.SendAsync(new FollowUpMessage("the second message"));
        var second = await host.ReceiveTurnAsync();
        await host.SendAsync(new CloseMessage());

        Assert.Equal(0, await runner);
        Assert.Equal(new SessionMessage("11111111-2222-3333-4444-555555555555"), first[0]);
        var environment = Assert.Single(first.OfType<LogMessage>()).Message.Split(' ');
        Assert.StartsWith("http://127.0.0.1:", environment[0], StringComparison.Ordinal);
        Assert.Equal(["run-token", Path.Combine(_paths.SessionsDirectory, "claude"), "1"], environment[1..]);
        Assert.Equal("send_message", Assert.Single(first.OfType<ToolRequestMessage>()).Name);
        Assert.Contains(new OutputMessage($"7:host did send_message | hi | {_paths.GroupDirectory} | send_message,schedule_task,list_tasks,pause_task,resume_task,cancel_task,update_task"), first);
        Assert.Equal(new ErrorMessage("failed on the second message", Retryable: false), second[0]);
        Assert.IsType<IdleMessage>(second[^1]);
    }

    [Fact]
    public async Task RunAsync_ImageWithoutTheEngine_ReportsWhatToDoAndExitsOne()
    {
        var paths = _paths with { ClaudeEngineDirectory = Path.Combine(_temp.Path, "no-engine") };
        await using var host = new FakeHost(paths.AgentSocket);
        var runner = RunAsync(paths);
        await host.AcceptAsync();

        await host.SendAsync(Start());

        var error = Assert.IsType<ErrorMessage>(await host.ReceiveAsync());
        Assert.False(error.Retryable);
        Assert.Contains("no claude-code engine", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await runner);
    }

    private static async Task<int> RunAsync(RunnerPaths paths)
    {
        await using var link = await HostLink.ConnectAsync(paths.AgentSocket, "test", CancellationToken.None);
        return await new RunnerSession(link, paths, TimeProvider.System).RunAsync(CancellationToken.None);
    }

    private static StartMessage Start() => new(
        "hi", null, "family", IsMain: false, IsScheduledTask: false, "Andy", "Europe/Berlin",
        new ModelSettings("anthropic", "claude-test", 1024), "run-token", AgentEngines.ClaudeCode);
}
