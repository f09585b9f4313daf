using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NanoClaw.AgentProtocol;
using NanoClaw.Containers.Agent;
using NanoClaw.Containers.Agent.Events;
using NanoClaw.Containers.ModelProxy;
using NanoClaw.Containers.Runtime;
using NanoClaw.Actors.Agents;

namespace NanoClaw.Host.Agents;

/// <summary>
/// One agent in its container. It owns the container run (stopped by cancelling <c>stop</c>), the
/// agent socket and the run's proxy token. The token is revoked as soon as the container is gone;
/// disposing stops the container if it still runs, waits for it, and frees the group for its next run.
/// </summary>
internal sealed partial class DockerAgentSession : IAgentSession
{
    private readonly AgentRunRequest _request;
    private readonly AgentRunContext _context;
    private readonly AgentSocketServer _server;
    private readonly AgentConnection _connection;
    private readonly CancellationTokenSource _stop;
    private readonly ProxyTokenRegistry _tokens;
    private readonly ProxyRun _proxy;
    private readonly Action _released;
    private readonly ILogger _logger;
    private readonly Lazy<Task> _disposal;

    public DockerAgentSession(
        AgentRunRequest request,
        AgentRunContext context,
        AgentSocketServer server,
        AgentConnection connection,
        Task<ContainerRunResult> container,
        CancellationTokenSource stop,
        ProxyTokenRegistry tokens,
        ProxyRun proxy,
        Action released,
        ILogger logger)
    {
        _request = request;
        _context = context;
        _server = server;
        _connection = connection;
        _stop = stop;
        _tokens = tokens;
        _proxy = proxy;
        _released = released;
        _logger = logger;
        Completion = ObserveAsync(container);
        _disposal = new Lazy<Task>(DisposeCoreAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string RunId => _request.RunId;

    /// <summary>The run's model proxy token; revoked once the container is gone.</summary>
    internal string ProxyToken => _proxy.Token;

    public ChannelReader<AgentEvent> Events => _connection.Events;

    /// <summary>Completes when the container is gone (removed); never faults.</summary>
    public Task Completion { get; }

    public Task StartAsync(string prompt, string? sessionId, bool isScheduledTask, CancellationToken cancellationToken)
    {
        _proxy.BeginTurn();
        var start = new StartMessage(
            prompt, sessionId, _request.GroupFolder, _request.IsMain, isScheduledTask,
            _context.AssistantName, _context.TimeZone, _context.Model, _proxy.Token,
            EngineChoice.Resolve(_request.Engine, _context.Engine, _context.Model.Provider).Engine);
        return _connection.StartAsync(start, cancellationToken);
    }

    public Task SendFollowUpAsync(string prompt, CancellationToken cancellationToken)
    {
        _proxy.BeginTurn();
        return _connection.SendFollowUpAsync(prompt, cancellationToken);
    }

    public Task CloseAsync(CancellationToken cancellationToken) => _connection.CloseAsync(cancellationToken);

    public async ValueTask DisposeAsync() => await _disposal.Value.ConfigureAwait(false);

    private async Task DisposeCoreAsync()
    {
        if (!Completion.IsCompleted)
        {
            LogStopping(_request.GroupFolder, RunId);
            await _stop.CancelAsync().ConfigureAwait(false);
        }

        await Completion.ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
        _tokens.Revoke(_proxy.Token);
        _stop.Dispose();
        _released();
    }

    private async Task ObserveAsync(Task<ContainerRunResult> container)
    {
        try
        {
            var result = await container.ConfigureAwait(false);
            LogEnded(_request.GroupFolder, RunId, result.ExitCode, result.Outcome, result.LogFile);
        }
        catch (Exception ex)
        {
            LogFailed(ex, _request.GroupFolder, RunId);
        }
        finally
        {
            _tokens.Revoke(_proxy.Token);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping the agent container of group {Group} (run {RunId})")]
    private partial void LogStopping(string group, string runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent of group {Group} (run {RunId}) ended: exit {ExitCode}, {Outcome}; log {LogFile}")]
    private partial void LogEnded(string group, string runId, long exitCode, ContainerRunOutcome outcome, string logFile);

    [LoggerMessage(Level = LogLevel.Error, Message = "Agent container of group {Group} (run {RunId}) failed")]
    private partial void LogFailed(Exception exception, string group, string runId);
}
