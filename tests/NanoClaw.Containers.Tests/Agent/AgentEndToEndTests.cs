using NanoClaw.AgentProtocol;
using NanoClaw.Containers.Agent.Events;
using NanoClaw.Containers.ModelProxy;
using NanoClaw.Containers.Runtime;
using NanoClaw.Containers.Tests.Support;
using static NanoClaw.Containers.Tests.Agent.AgentEndToEndScenario;

namespace NanoClaw.Containers.Tests.Agent;

/// <summary>
/// The agent runner in the real image, network none, answering through the model proxy from a
/// fake Anthropic API: tools act on the mounted group folder, follow-ups continue the
/// conversation, close ends the container, and a later run resumes the session.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class AgentEndToEndTests(DockerEngineFixture engine)
{
    private const string Leak = "SECRET-E2E-0123456789";

    [DockerFact]
    public async Task Run_StartToolFollowUpCloseAndResume_WorksThroughProxyWithoutSecretsInContainer()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = timeout.Token;
        await using var scenario = await AgentEndToEndScenario.StartAsync(engine);
        scenario.Script.Enqueue(Sse(AnthropicStreams.ToolUse("toolu_1", "bash", new { command = "echo e2e > made.txt && cat made.txt" })));
        scenario.Script.Enqueue(Sse(AnthropicStreams.Text("File made.")));
        // The key and the markers are split with '' so the command (sent upstream and stored in the
        // session) never contains what the assertions look for in its output.
        var scan = $"env; tr '\\0' '\\n' < /proc/1/environ; grep -rIl -e 'SECRET-E2E''-0123456789' /workspace /tmp /home /etc /usr/local 2>/dev/null | sed 's/^/LE''AK@/'; echo scan''-done";
        scenario.Script.Enqueue(Sse(AnthropicStreams.ToolUse("toolu_2", "bash", new { command = scan })));
        scenario.Script.Enqueue(Sse(AnthropicStreams.Text("Nothing secret here.")));
        scenario.Script.Enqueue(Sse(AnthropicStreams.Text("I remember the file.")));

        string sessionId;
        await using (var run = await scenario.StartRunAsync("family", ct))
        {
            run.Proxy.BeginTurn();
            await run.Connection.StartAsync(Start("please make a file", null, run.Proxy.Token), ct);
            var first = await run.ReadTurnAsync(ct);
            Assert.Contains(new OutputProduced("File made."), first);
            Assert.Equal("e2e\n", await File.ReadAllTextAsync(Path.Join(scenario.Groups, "family", "made.txt"), ct));
            sessionId = Assert.Single(first.OfType<SessionAssigned>()).SessionId;

            var inspect = await engine.Client.InspectContainerAsync(run.ContainerName, ct);
            Assert.Equal("none", inspect.HostConfig?.NetworkMode);
            Assert.DoesNotContain(inspect.Config?.Env ?? [], e => e.Contains(Leak, StringComparison.Ordinal));

            run.Proxy.BeginTurn();
            await run.Connection.SendFollowUpAsync("check for secrets", ct);
            var second = await run.ReadTurnAsync(ct);
            Assert.Contains(new OutputProduced("Nothing secret here."), second);

            await run.Connection.CloseAsync(ct);
            var exited = await run.Container;
            Assert.Equal(0, exited.ExitCode);
            Assert.Equal(ContainerRunOutcome.Exited, exited.Outcome);
        }

        var requests = scenario.Upstream.Requests.ToArray();
        Assert.Equal(4, requests.Length);
        Assert.All(requests, r => Assert.Equal(AgentEndToEndScenario.ApiKey, r.Headers["x-api-key"]));
        Assert.Contains("please make a file", requests[2].Body, StringComparison.Ordinal);
        Assert.Contains("exit code: 0", requests[3].Body, StringComparison.Ordinal);
        Assert.Contains("TZ=Europe/Berlin", requests[3].Body, StringComparison.Ordinal);
        Assert.Contains("scan-done", requests[3].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("LEAK@", requests[3].Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Leak, requests[3].Body, StringComparison.Ordinal);
        Assert.Equal([1, 2], scenario.Ledger.ForGroup("family").Select(u => u.Turn));

        await using (var again = await scenario.StartRunAsync("family", ct))
        {
            await again.Connection.StartAsync(Start("what did we do?", sessionId, again.Proxy.Token), ct);
            var resumed = await again.ReadTurnAsync(ct);
            Assert.Contains(new OutputProduced("I remember the file."), resumed);
            Assert.Contains(new SessionAssigned(sessionId), resumed);
            await again.Connection.CloseAsync(ct);
            Assert.Equal(0, (await again.Container).ExitCode);
        }

        var last = scenario.Upstream.Requests.Last().Body;
        Assert.Contains("please make a file", last, StringComparison.Ordinal);
        Assert.Contains("check for secrets", last, StringComparison.Ordinal);
        Assert.Contains("what did we do?", last, StringComparison.Ordinal);
    }

    [DockerFact]
    public async Task Run_UpstreamFailureThenRunnerCrash_HostGetsClearErrorsAndDetectsTheCrashAtOnce()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = timeout.Token;
        await using var scenario = await AgentEndToEndScenario.StartAsync(engine);
        const string rateLimited = """{"type":"error","error":{"type":"rate_limit_error","message":"Slow down, e2e"}}""";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // The runner's SDK retries twice before giving up.
            scenario.Script.Enqueue(Fail(429, rateLimited));
        }

        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource();
        scenario.Script.Enqueue(_ =>
        {
            reached.TrySetResult();
            return never.Task;
        });

        await using var run = await scenario.StartRunAsync("family", ct);
        await run.Connection.StartAsync(Start("hi", null, run.Proxy.Token), ct);
        var failed = await run.ReadTurnAsync(ct);
        var error = Assert.Single(failed.OfType<ErrorReported>());
        Assert.True(error.Retryable);
        Assert.Contains("429", error.Message, StringComparison.Ordinal);
        Assert.Contains("Slow down, e2e", error.Message, StringComparison.Ordinal);
        Assert.IsType<TurnIdled>(failed[^1]);

        await run.Connection.SendFollowUpAsync("try again", ct);
        await reached.Task.WaitAsync(ct);
        await engine.Client.KillContainerAsync(run.ContainerName, "SIGKILL", ct);
        var crashed = await run.ReadTurnAsync(ct);
        never.SetResult();

        Assert.True(Assert.IsType<RunnerDisconnected>(crashed[^1]).MidTurn);
        Assert.Equal(137, (await run.Container).ExitCode);
    }

    [DockerFact]
    public async Task Run_OpenAICompatibleUpstream_AnswersThroughProxyWithBearerKey()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = timeout.Token;
        await using var scenario = await AgentEndToEndScenario.StartAsync(engine, UpstreamKind.OpenAI);
        scenario.Script.Enqueue(Sse(OpenAIStreams.Text("Hello from a local model.")));

        await using var run = await scenario.StartRunAsync("family", ct);
        run.Proxy.BeginTurn();
        await run.Connection.StartAsync(Start("hi", null, run.Proxy.Token) with { Model = new ModelSettings("openai", "llama3", 512) }, ct);
        var turn = await run.ReadTurnAsync(ct);
        await run.Connection.CloseAsync(ct);

        Assert.Contains(new OutputProduced("Hello from a local model."), turn);
        Assert.Equal(0, (await run.Container).ExitCode);
        var request = Assert.Single(scenario.Upstream.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal($"Bearer {AgentEndToEndScenario.ApiKey}", request.Headers["authorization"]);
        Assert.Equal([new TurnUsage("family", 1, 30, 6)], scenario.Ledger.ForGroup("family"));
    }

    private static StartMessage Start(string prompt, string? sessionId, string token) => new(
        prompt, sessionId, "family", IsMain: false, IsScheduledTask: false, "Andy", "Europe/Berlin",
        new ModelSettings("anthropic", "claude-test", 1024), token);
}
