using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using NanoClaw.AgentProtocol;
using NanoClaw.AgentRunner.Agent;
using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Host;
using NanoClaw.AgentRunner.Tools;

namespace NanoClaw.AgentRunner.Engines;

/// <summary>
/// Runs a whole run on Claude Code: starts <c>node engine.mjs</c> (see <c>container/claude-code</c>)
/// and translates between it and the host. Claude Code reaches the model through a loopback
/// listener that forwards to the proxy socket, with the per-run proxy token as its key; its
/// session files live in the group's session folder, so a session resumes in the next container.
/// Host tools come back from its MCP server and go to the host like the builtin engine's; before
/// it compacts, the transcript is archived in <c>conversations/</c>.
/// </summary>
public sealed class ClaudeCodeEngine(HostLink link, RunnerPaths paths, TimeProvider time)
{
    /// <summary>Where Claude Code keeps its configuration and sessions, under the group's session folder.</summary>
    public const string ConfigFolder = "claude";

    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private StreamWriter? _engineInput;
    private bool _closed;

    /// <summary>Exit code 0 after close, 1 when the engine failed or the host went away.</summary>
    public async Task<int> RunAsync(StartMessage start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var script = Path.Combine(paths.ClaudeEngineDirectory, "engine.mjs");
        if (!File.Exists(script) || !Directory.Exists(Path.Combine(paths.ClaudeEngineDirectory, "node_modules", "@anthropic-ai", "claude-agent-sdk")))
        {
            await link.SendAsync(new ErrorMessage(
                "This agent image has no claude-code engine; rebuild it with `nanoclaw image build` (needs npm on the build machine) or set the group's engine to builtin.",
                Retryable: false), cancellationToken).ConfigureAwait(false);
            return 1;
        }

        var configDirectory = Path.Combine(paths.SessionsDirectory, ConfigFolder);
        Directory.CreateDirectory(configDirectory);
        var sessionId = start.SessionId;
        if (sessionId is not null && !SessionExists(configDirectory, sessionId))
        {
            await link.SendAsync(new LogMessage("warn", $"Starting a fresh session: Claude Code session '{sessionId}' not found."), cancellationToken).ConfigureAwait(false);
            sessionId = null;
        }

        var global = Directory.Exists(paths.GlobalDirectory) ? paths.GlobalDirectory : null;
        var append = await SystemPrompt.BuildAsync(start, paths.GroupDirectory, global, time, cancellationToken, includeGroupMemory: false).ConfigureAwait(false);
        var listener = ModelProxyListener.Start(paths.ModelProxySocket);
        await using (listener.ConfigureAwait(false))
        {
            using var process = Process.Start(StartInfo(script, listener.BaseUrl, start.ProxyToken, configDirectory))
                ?? throw new InvalidOperationException("node did not start");
            _engineInput = process.StandardInput;
            _engineInput.AutoFlush = true;
            using var stop = cancellationToken.Register(() => Kill(process));
            await WriteAsync(StartLine(start, sessionId, append), cancellationToken).ConfigureAwait(false);
            var fromHost = RelayHostAsync(cancellationToken);
            var archive = new TranscriptArchive(paths.GroupDirectory, SystemPrompt.FindZone(start.TimeZone), time);
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false)) is not null)
            {
                await HandleAsync(line, archive, cancellationToken).ConfigureAwait(false);
            }

            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            _closed |= fromHost.IsCompletedSuccessfully && fromHost.Result;
            return process.ExitCode == 0 && _closed ? 0 : 1;
        }
    }

    /// <summary>Claude Code names a session's transcript after the working folder: every '/' becomes '-'.</summary>
    public static string TranscriptPath(string configDirectory, string workingDirectory, string sessionId) =>
        Path.Combine(configDirectory, "projects", workingDirectory.Replace('/', '-'), sessionId + ".jsonl");

    private bool SessionExists(string configDirectory, string sessionId) =>
        Guid.TryParse(sessionId, out _) && File.Exists(TranscriptPath(configDirectory, paths.GroupDirectory, sessionId));

    private ProcessStartInfo StartInfo(string script, Uri proxyUrl, string proxyToken, string configDirectory)
    {
        var info = new ProcessStartInfo(paths.NodeExecutable)
        {
            ArgumentList = { script },
            WorkingDirectory = paths.GroupDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var name in new[] { "ANTHROPIC_AUTH_TOKEN", "CLAUDE_CODE_USE_BEDROCK", "CLAUDE_CODE_USE_VERTEX" })
        {
            info.Environment.Remove(name);
        }

        // The only key the engine sees is the per-run proxy token; the host swaps it for the real one.
        info.Environment["ANTHROPIC_BASE_URL"] = proxyUrl.ToString().TrimEnd('/');
        info.Environment["ANTHROPIC_API_KEY"] = proxyToken;
        info.Environment["CLAUDE_CONFIG_DIR"] = configDirectory;
        // Non-essential traffic (telemetry, error reports, update checks, the MCP registry) is off
        // by configuration rather than left to fail against the missing network.
        info.Environment["CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"] = "1";
        info.Environment["DISABLE_TELEMETRY"] = "1";
        info.Environment["DISABLE_ERROR_REPORTING"] = "1";
        info.Environment["DISABLE_AUTOUPDATER"] = "1";
        // The host retries failed turns with its own backoff; Claude Code's ten retries would stall a turn for minutes.
        info.Environment["CLAUDE_CODE_MAX_RETRIES"] = "2";
        return info;
    }

    private JsonObject StartLine(StartMessage start, string? sessionId, string append)
    {
        var tools = new JsonArray();
        foreach (var tool in HostToolCatalog.For(start.IsMain))
        {
            tools.Add((JsonNode)new JsonObject
            {
                ["name"] = tool.Name,
                ["description"] = tool.Description,
                ["schema"] = JsonNode.Parse(tool.InputSchema.GetRawText()),
            });
        }

        return new JsonObject
        {
            ["type"] = "start",
            ["prompt"] = start.Prompt,
            ["sessionId"] = sessionId,
            ["cwd"] = paths.GroupDirectory,
            ["model"] = start.Model.Name,
            ["append"] = append,
            ["tools"] = tools,
        };
    }

    /// <summary>Follow-ups and close from the host, passed to the engine in order; true when the host closed the run.</summary>
    private async Task<bool> RelayHostAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await link.Inbound.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                switch (await link.Inbound.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    case FollowUpMessage followUp:
                        await WriteAsync(new JsonObject { ["type"] = "message", ["text"] = followUp.Text }, cancellationToken).ConfigureAwait(false);
                        break;
                    case CloseMessage:
                        _closed = true;
                        await WriteAsync(new JsonObject { ["type"] = "close" }, cancellationToken).ConfigureAwait(false);
                        return true;
                    case ErrorMessage error:
                        await Console.Error.WriteLineAsync($"host reported: {error.Message}").ConfigureAwait(false);
                        break;
                    default:
                        break;
                }
            }
        }
        catch (IOException)
        {
            // The engine is gone; its exit ends the run.
        }

        // The host went away: let the engine finish and exit.
        await TryWriteAsync(new JsonObject { ["type"] = "close" }).ConfigureAwait(false);
        return false;
    }

    private async Task HandleAsync(string line, TranscriptArchive archive, CancellationToken cancellationToken)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException)
        {
            await Console.Error.WriteLineAsync($"engine: {line}").ConfigureAwait(false);
            return;
        }

        switch (node?["type"]?.GetValue<string>())
        {
            case "session":
                await link.SendAsync(new SessionMessage(Text(node, "id")), cancellationToken).ConfigureAwait(false);
                break;
            case "output":
                foreach (var part in TurnRunner.Split(Text(node, "text")))
                {
                    await link.SendAsync(new OutputMessage(part), cancellationToken).ConfigureAwait(false);
                }

                break;
            case "idle":
                await link.SendAsync(new IdleMessage(), cancellationToken).ConfigureAwait(false);
                break;
            case "error":
                await link.SendAsync(new ErrorMessage(Text(node, "message"), node["retryable"]?.GetValue<bool>() ?? true), cancellationToken).ConfigureAwait(false);
                break;
            case "log":
                await link.SendAsync(new LogMessage(Text(node, "level"), Text(node, "message")), cancellationToken).ConfigureAwait(false);
                break;
            case "tool":
                _ = CallToolAsync(Text(node, "id"), Text(node, "name"), node["input"], cancellationToken);
                break;
            case "archive":
                _ = ArchiveAsync(Text(node, "id"), Text(node, "transcript"), Text(node, "trigger"), archive, cancellationToken);
                break;
            default:
                break;
        }
    }

    private async Task CallToolAsync(string id, string name, JsonNode? input, CancellationToken cancellationToken)
    {
        using var arguments = JsonDocument.Parse(input?.ToJsonString() ?? "{}");
        ToolOutcome outcome;
        try
        {
            outcome = await link.CallAsync(name, arguments.RootElement, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            outcome = ToolOutcome.Fail($"{name} failed: the host did not answer ({ex.Message}).");
        }

        await TryWriteAsync(new JsonObject { ["type"] = "tool_result", ["id"] = id, ["content"] = outcome.Content, ["isError"] = outcome.IsError })
            .ConfigureAwait(false);
    }

    /// <summary>Archives what Claude Code is about to compact; the hook waits for the receipt, failed or not.</summary>
    private async Task ArchiveAsync(string id, string transcript, string trigger, TranscriptArchive archive, CancellationToken cancellationToken)
    {
        try
        {
            var messages = await ClaudeTranscript.ReadAsync(transcript, cancellationToken).ConfigureAwait(false);
            var sessionId = Path.GetFileNameWithoutExtension(transcript);
            await archive.AppendAsync(sessionId, messages, trigger == "manual" ? "Compacted on request" : "Compacted", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await link.SendAsync(new LogMessage("warn", $"Could not archive the transcript before compacting: {ex.Message}"), cancellationToken).ConfigureAwait(false);
        }

        await TryWriteAsync(new JsonObject { ["type"] = "archived", ["id"] = id }).ConfigureAwait(false);
    }

    private async Task WriteAsync(JsonObject message, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _engineInput!.WriteLineAsync(message.ToJsonString().AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task TryWriteAsync(JsonObject message)
    {
        try
        {
            await WriteAsync(message, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The engine has exited; nothing waits for this line any more.
        }
    }

    private static string Text(JsonNode node, string name) => node[name]?.GetValue<string>() ?? string.Empty;

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
