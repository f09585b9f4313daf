using NanoClaw.AgentProtocol;
using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Engines;
using NanoClaw.AgentRunner.Host;
using NanoClaw.AgentRunner.Models;
using NanoClaw.AgentRunner.Tools;

namespace NanoClaw.AgentRunner.Agent;

/// <summary>
/// A whole run: wait for <c>start</c>, hand it to Claude Code when that is the engine (see
/// <see cref="ClaudeCodeEngine"/>), otherwise resume or begin the session, answer the prompt, then answer
/// follow-ups in the same conversation until <c>close</c>. After every turn — also a failed one —
/// the session is saved and the host gets <c>session</c> and <c>idle</c>. Exit codes: 0 after
/// close, 1 when the host went away or the run could not begin. Follow-ups and close that arrive
/// during a turn wait in order until the turn is done.
/// </summary>
public sealed class RunnerSession
{
    private readonly HostLink _link;
    private readonly RunnerPaths _paths;
    private readonly TimeProvider _time;

    public RunnerSession(HostLink link, RunnerPaths paths, TimeProvider time)
    {
        _link = link;
        _paths = paths;
        _time = time;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var start = await WaitForStartAsync(cancellationToken).ConfigureAwait(false);
        if (start is null)
        {
            return 1;
        }

        if (start.Engine == AgentEngines.ClaudeCode)
        {
            return await new ClaudeCodeEngine(_link, _paths, _time).RunAsync(start, cancellationToken).ConfigureAwait(false);
        }

        IModelProvider provider;
        try
        {
            provider = await ProviderFactory.CreateAsync(start.Model, start.ProxyToken, _paths.ModelProxySocket, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ModelCallException or IOException or System.Text.Json.JsonException)
        {
            await _link.SendAsync(new ErrorMessage($"Cannot start the model provider: {ex.Message}", Retryable: false), cancellationToken).ConfigureAwait(false);
            return 1;
        }

        if (start.Model is not { ContextWindow: > 0, CompactAt: > 0 and <= 1 })
        {
            await _link.SendAsync(new ErrorMessage(
                $"Invalid model settings: context window {start.Model.ContextWindow} must be positive and compact-at {start.Model.CompactAt} above 0 and at most 1.",
                Retryable: false), cancellationToken).ConfigureAwait(false);
            return 1;
        }

        if (provider is MockProvider)
        {
            await LogAsync("warn", "This group uses the mock model provider, which is meant for tests only.", cancellationToken).ConfigureAwait(false);
        }

        var turn = await CreateTurnAsync(start, provider, cancellationToken).ConfigureAwait(false);
        await turn.RunAsync(start.Prompt, cancellationToken).ConfigureAwait(false);
        while (await _link.Inbound.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            switch (await _link.Inbound.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                case FollowUpMessage followUp:
                    await turn.RunAsync(followUp.Text, cancellationToken).ConfigureAwait(false);
                    break;
                case CloseMessage:
                    return 0;
                case ErrorMessage error:
                    await Console.Error.WriteLineAsync($"host reported: {error.Message}").ConfigureAwait(false);
                    break;
                default:
                    break;
            }
        }

        return 1;
    }

    private async Task<StartMessage?> WaitForStartAsync(CancellationToken cancellationToken)
    {
        while (await _link.Inbound.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            switch (await _link.Inbound.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                case StartMessage start:
                    return start;
                case CloseMessage:
                    return null;
                case ErrorMessage error:
                    // The host refused us (e.g. protocol version); it will close the socket.
                    await Console.Error.WriteLineAsync($"host refused the runner: {error.Message}").ConfigureAwait(false);
                    break;
                default:
                    break;
            }
        }

        return null;
    }

    private async Task<TurnRunner> CreateTurnAsync(StartMessage start, IModelProvider provider, CancellationToken cancellationToken)
    {
        var store = new SessionStore(_paths.SessionsDirectory);
        var conversation = new List<ConversationMessage>();
        var sessionId = start.SessionId;
        if (sessionId is not null)
        {
            var (messages, problem) = await store.LoadAsync(sessionId, cancellationToken).ConfigureAwait(false);
            if (messages is null)
            {
                await LogAsync("warn", $"Starting a fresh session: {problem}.", cancellationToken).ConfigureAwait(false);
                sessionId = null;
            }
            else
            {
                conversation = messages;
            }
        }

        var otherRoots = new[] { _paths.GlobalDirectory, _paths.ExtraDirectory }.Where(Directory.Exists);
        var workspace = new Workspace(_paths.GroupDirectory, otherRoots);
        var tools = ToolCatalog.Create(workspace, _link, start.IsMain, _time);
        var globalDirectory = Directory.Exists(_paths.GlobalDirectory) ? _paths.GlobalDirectory : null;
        var system = await SystemPrompt.BuildAsync(start, _paths.GroupDirectory, globalDirectory, _time, cancellationToken).ConfigureAwait(false);
        sessionId ??= SessionStore.NewId();
        var template = new ModelRequestTemplate(start.Model.Name, start.Model.MaxTokens, system);
        var budget = new ContextBudget(start.Model.ContextWindow, start.Model.CompactAt, start.Model.MaxTokens);
        var archive = new TranscriptArchive(_paths.GroupDirectory, SystemPrompt.FindZone(start.TimeZone), _time);
        var compactor = new Compactor(new Summarizer(provider, template), archive, budget, sessionId);
        var loop = new AgentLoop(provider, tools, template, compactor);
        return new TurnRunner(_link, loop, store, sessionId, conversation);
    }

    private Task LogAsync(string level, string message, CancellationToken cancellationToken) =>
        _link.SendAsync(new LogMessage(level, message), cancellationToken);
}
