using System.Globalization;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Agent;
using NanoClaw.Containers.Agent.Tools;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Mounts;
using NanoClaw.Containers.Runtime;
using NanoClaw.Actors.Agents;

namespace NanoClaw.Host.Agents;

public sealed partial class DockerAgentRuntime
{
    /// <inheritdoc />
    /// <exception cref="AgentStartException">The engine or image is missing, or the runner did not connect; the message says why.</exception>
    public async Task<IAgentSession> StartAsync(AgentRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        await Preparation.WaitAsync(cancellationToken).ConfigureAwait(false);
        var health = await Health.GetReadyAsync(cancellationToken).ConfigureAwait(false);
        if (health.Error is not null)
        {
            throw new AgentStartException(health.Error);
        }

        await ClaimGroupAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return await StartRunAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            ReleaseGroup(request.GroupFolder);
            throw;
        }
    }

    /// <summary>
    /// The group's agent socket has one fixed path, so a group has one run at a time. A run whose
    /// container is still being stopped is waited for (at most <see cref="PreviousRunWait"/>), so a
    /// new run right after a close does not fail.
    /// </summary>
    private async Task ClaimGroupAsync(AgentRunRequest request, CancellationToken cancellationToken)
    {
        var claim = new GroupClaim(request.RunId);
        while (!_groups.TryAdd(request.GroupFolder, claim))
        {
            if (!_groups.TryGetValue(request.GroupFolder, out var previous))
            {
                continue;
            }

            try
            {
                await previous.Released.Task.WaitAsync(PreviousRunWait, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new AgentStartException(
                    $"Group '{request.GroupFolder}' still has an agent running (run {previous.RunId}) after {PreviousRunWait.TotalSeconds:0} s.");
            }
        }
    }

    private void ReleaseGroup(string folder)
    {
        if (_groups.TryRemove(folder, out var claim))
        {
            claim.Released.TrySetResult();
        }
    }

    private async Task<IAgentSession> StartRunAsync(AgentRunRequest request, CancellationToken cancellationToken)
    {
        var (spec, folders) = Prepare(request);
        var identity = new AgentRunIdentity(request.GroupFolder, request.ChatId, request.IsMain);
        var server = Listen(folders, identity, request.ToolHandler);
        var stop = new CancellationTokenSource();
        var started = _timeProvider.GetTimestamp();
        var container = _runner.RunAsync(spec, folders.Logs, cancellationToken: stop.Token);
        AgentConnection connection;
        try
        {
            connection = await ConnectAsync(request, server, container, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await ((Task)container).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await server.DisposeAsync().ConfigureAwait(false);
            stop.Dispose();
            throw;
        }

        LogConnected(request.GroupFolder, request.RunId, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
        var session = new DockerAgentSession(
            request, Options.Context, server, connection, container, stop, Tokens, Tokens.Issue(request.GroupFolder),
            () => ReleaseGroup(request.GroupFolder), _loggerFactory.CreateLogger<DockerAgentSession>());
        Track(session);
        return session;
    }

    private (ContainerSpec Spec, AgentRunFolders Folders) Prepare(AgentRunRequest request)
    {
        try
        {
            var folders = AgentRunFolders.For(Options.GroupsDirectory, Options.DataDirectory, request.GroupFolder);
            _ = ContainerName.For(request.GroupFolder, request.RunId);
            UnixSocketPath.Check(folders.AgentSocket, "agent");
            folders.Prepare(request.IsMain);
            var plan = _planner.Plan(new GroupMountContext(Options.GroupsDirectory, request.GroupFolder, request.IsMain, folders.Session, folders.Ipc, []));
            var mounts = plan.Mounts.Append(new PlannedMount(Options.ProxyDirectory, DockerAgentRuntimeOptions.ProxyMountPath, ReadOnly: true)).ToList();
            var facts = new GroupContainerFacts(
                request.GroupFolder, request.IsMain, Options.InstallId, request.RunId, Options.Context.TimeZone, mounts, Settings(request));
            return (ContainerSpecFactory.Create(facts, Options.Container), folders);
        }
        catch (ArgumentException ex)
        {
            throw new AgentStartException($"Cannot start an agent for group '{request.GroupFolder}': {ex.Message}", ex);
        }
    }

    private AgentSocketServer Listen(AgentRunFolders folders, AgentRunIdentity identity, IHostToolHandler toolHandler)
    {
        try
        {
            return AgentSocketServer.Listen(folders.AgentSocket, identity, toolHandler, _loggerFactory.CreateLogger<AgentConnection>());
        }
        catch (Exception ex) when (ex is SocketException or IOException or UnauthorizedAccessException)
        {
            throw new AgentStartException($"Cannot listen on the agent socket {folders.AgentSocket}: {ex.Message}", ex);
        }
    }

    private Dictionary<string, string> Settings(AgentRunRequest request) => new(StringComparer.Ordinal)
    {
        ["NANOCLAW_GROUP_FOLDER"] = request.GroupFolder,
        ["NANOCLAW_IS_MAIN"] = request.IsMain ? "true" : "false",
        ["NANOCLAW_RUN_ID"] = request.RunId,
        ["NANOCLAW_ASSISTANT_NAME"] = Options.Context.AssistantName,
        ["NANOCLAW_PROVIDER"] = Options.Context.Model.Provider,
        ["NANOCLAW_MODEL"] = Options.Context.Model.Name,
    };

    /// <summary>Waits for the runner's hello, or for the container to end first, or for the connect timeout.</summary>
    private async Task<AgentConnection> ConnectAsync(
        AgentRunRequest request, AgentSocketServer server, Task<ContainerRunResult> container, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Options.ConnectTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        var accepting = server.AcceptAsync(linked.Token);
        var first = await Task.WhenAny(accepting, container).ConfigureAwait(false);
        if (first == container)
        {
            await linked.CancelAsync().ConfigureAwait(false);
            await ((Task)accepting).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw await ExitedEarlyAsync(request, container).ConfigureAwait(false);
        }

        try
        {
            return await accepting.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new AgentStartException(
                $"The agent container of group '{request.GroupFolder}' did not connect within {Options.ConnectTimeout.TotalSeconds:0} s; "
                + $"see {Path.Join(Options.GroupsDirectory, request.GroupFolder, "logs")}.");
        }
        catch (AgentProtocolException ex)
        {
            throw new AgentStartException(ex.Message, ex);
        }
    }

    private static async Task<AgentStartException> ExitedEarlyAsync(AgentRunRequest request, Task<ContainerRunResult> container)
    {
        ContainerRunResult result;
        try
        {
            result = await container.ConfigureAwait(false);
        }
        catch (DockerUnavailableException ex)
        {
            return new AgentStartException(ex.Message, ex);
        }
        catch (DockerApiException ex)
        {
            return new AgentStartException($"The Docker engine refused the agent container of group '{request.GroupFolder}': {ex.Message}", ex);
        }

        var tail = await RunLogTail.ReadAsync(result.LogFile).ConfigureAwait(false);
        return new AgentStartException(string.Create(CultureInfo.InvariantCulture,
            $"The agent container of group '{request.GroupFolder}' exited with code {result.ExitCode} before connecting; see {result.LogFile}. Last lines:{Environment.NewLine}{tail}"));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent of group {Group} (run {RunId}) connected after {ElapsedMs:0} ms")]
    private partial void LogConnected(string group, string runId, double elapsedMs);
}
