using System.Text.Json;
using NanoClaw.AgentProtocol;
using NanoClaw.Containers.Agent.Events;
using NanoClaw.Containers.Tests.Support;
using static NanoClaw.Containers.Tests.Agent.AgentEndToEndScenario;

namespace NanoClaw.Containers.Tests.Agent;

/// <summary>
/// The claude-code engine in the real image, network none: Claude Code answers through the model
/// proxy from a fake Anthropic API, calls a host tool over MCP, runs bash, resumes its session in
/// the next container, and nothing secret is to be found in the container.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class ClaudeCodeEndToEndTests(DockerEngineFixture engine)
{
    [DockerFact]
    public async Task Run_ClaudeCode_AnswersCallsHostToolResumesAndHoldsNoSecret()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var ct = timeout.Token;
        await using var scenario = await AgentEndToEndScenario.StartAsync(engine);
        Directory.CreateDirectory(Path.Join(scenario.Groups, "family"));
        await File.WriteAllTextAsync(Path.Join(scenario.Groups, "family", "CLAUDE.md"), "# Family memory\nThe dog is called MEMORY-MARKER-17.", ct);
        scenario.Script.Enqueue(Sse(AnthropicStreams.Text("Hello from Claude Code.")));
        scenario.Script.Enqueue(Sse(AnthropicStreams.ToolUse("toolu_1", "mcp__nanoclaw__send_message", new { text = "a note from claude-code" })));
        scenario.Script.Enqueue(Sse(AnthropicStreams.Text("Sent.")));
        // Split with '' so the command (sent upstream) never contains what the assertions look for in its output.
        var scan = $"env; ps -eo args; grep -rIl -e 'SECRET-E2E''-0123456789' /workspace /tmp /home /etc /opt /usr/local 2>/dev/null | sed 's/^/LE''AK@/'; echo scan''-done";
        scenario.Script.Enqueue(Sse(AnthropicStreams.ToolUse("toolu_2", "Bash", new { command = scan, description = "scan" })));
        scenario.Script.Enqueue(Sse(AnthropicStreams.Text("Nothing secret here.")));
        scenario.Script.Enqueue(Sse(AnthropicStreams.Text("<summary>They said hello and asked for a note.</summary>")));
        scenario.Script.Enqueue(Sse(AnthropicStreams.Text("I remember you said hello.")));
        // (the resumed session starts from the compaction summary)

        string sessionId;
        await using (var run = await scenario.StartRunAsync("family", ct))
        {
            run.Proxy.BeginTurn();
            await run.Connection.StartAsync(Start("hello there", null, run.Proxy.Token), ct);
            var first = await run.ReadTurnAsync(ct);
            Assert.Contains(new OutputProduced("Hello from Claude Code."), first);
            sessionId = Assert.Single(first.OfType<SessionAssigned>()).SessionId;
            Assert.True(Guid.TryParse(sessionId, out _), sessionId);

            run.Proxy.BeginTurn();
            await run.Connection.SendFollowUpAsync("send a note", ct);
            var second = await run.ReadTurnAsync(ct);
            Assert.Contains(new OutputProduced("Sent."), second);
            var call = Assert.Single(scenario.Tools.Calls);
            Assert.Equal("send_message", call.Name);
            Assert.Contains("a note from claude-code", call.Arguments.GetRawText(), StringComparison.Ordinal);

            run.Proxy.BeginTurn();
            await run.Connection.SendFollowUpAsync("check for secrets", ct);
            var third = await run.ReadTurnAsync(ct);
            Assert.Contains(new OutputProduced("Nothing secret here."), third);

            // Claude Code's own compaction: the transcript is archived (PreCompact hook) before it is summarized.
            run.Proxy.BeginTurn();
            await run.Connection.SendFollowUpAsync("/compact", ct);
            var compacted = await run.ReadTurnAsync(ct);
            Assert.IsType<TurnIdled>(compacted[^1]);
            var archive = Assert.Single(Directory.GetFiles(Path.Join(scenario.Groups, "family", "conversations"), $"*-{sessionId}.md"));
            var archived = await File.ReadAllTextAsync(archive, ct);
            Assert.Contains("**User:** hello there", archived, StringComparison.Ordinal);
            Assert.Contains("**Assistant:** Sent.", archived, StringComparison.Ordinal);
            Assert.Contains("mcp__nanoclaw__send_message", archived, StringComparison.Ordinal);

            await run.Connection.CloseAsync(ct);
            Assert.Equal(0, (await run.Container).ExitCode);
        }

        var requests = scenario.Upstream.Requests.ToArray();
        Assert.All(requests, r => Assert.Equal("/v1/messages", r.Path));
        Assert.All(requests, r => Assert.Equal(ApiKey, r.Headers["x-api-key"]));
        using (var firstBody = JsonDocument.Parse(requests[0].Body))
        {
            Assert.Equal("claude-test", firstBody.RootElement.GetProperty("model").GetString());
            Assert.Contains("MEMORY-MARKER-17", requests[0].Body, StringComparison.Ordinal);
            Assert.Contains(firstBody.RootElement.GetProperty("tools").EnumerateArray(), t => t.GetProperty("name").GetString() == "mcp__nanoclaw__send_message");
        }

        var scanResult = requests[4].Body;
        Assert.Contains("scan-done", scanResult, StringComparison.Ordinal);
        Assert.Contains("ANTHROPIC_BASE_URL=http://127.0.0.1:", scanResult, StringComparison.Ordinal);
        Assert.DoesNotContain("LEAK@", scanResult, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-E2E-0123456789", scanResult, StringComparison.Ordinal);

        await using (var resumed = await scenario.StartRunAsync("family", ct))
        {
            resumed.Proxy.BeginTurn();
            await resumed.Connection.StartAsync(Start("do you remember?", sessionId, resumed.Proxy.Token), ct);
            var turn = await resumed.ReadTurnAsync(ct);
            await resumed.Connection.CloseAsync(ct);

            Assert.Contains(new OutputProduced("I remember you said hello."), turn);
            Assert.DoesNotContain(turn, e => e is SessionAssigned assigned && assigned.SessionId != sessionId);
            Assert.Equal(0, (await resumed.Container).ExitCode);
        }

        var last = scenario.Upstream.Requests.ToArray()[^1].Body;
        Assert.Contains("They said hello and asked for a note.", last, StringComparison.Ordinal);
        Assert.Contains("do you remember?", last, StringComparison.Ordinal);
    }

    [DockerFact]
    public async Task Run_ClaudeCodeSessionUnknown_StartsAFreshSessionAndSaysSo()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = timeout.Token;
        await using var scenario = await AgentEndToEndScenario.StartAsync(engine);
        scenario.Script.Enqueue(Sse(AnthropicStreams.Text("A fresh start.")));
        var stale = Guid.NewGuid().ToString();

        await using var run = await scenario.StartRunAsync("family", ct);
        run.Proxy.BeginTurn();
        await run.Connection.StartAsync(Start("hi again", stale, run.Proxy.Token), ct);
        var turn = await run.ReadTurnAsync(ct);
        await run.Connection.CloseAsync(ct);

        Assert.Contains(turn, e => e is LogReceived { Level: "warn" } log && log.Message.Contains(stale, StringComparison.Ordinal));
        Assert.Contains(new OutputProduced("A fresh start."), turn);
        Assert.NotEqual(stale, Assert.Single(turn.OfType<SessionAssigned>()).SessionId);
        Assert.Equal(0, (await run.Container).ExitCode);
    }

    private static StartMessage Start(string prompt, string? sessionId, string token) => new(
        prompt, sessionId, "family", IsMain: false, IsScheduledTask: false, "Andy", "Europe/Berlin",
        new ModelSettings("anthropic", "claude-test", 1024), token, AgentEngines.ClaudeCode);
}
