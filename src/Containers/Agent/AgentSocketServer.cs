using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Agent.Tools;

namespace NanoClaw.Containers.Agent;

/// <summary>
/// The host's end of one agent run: a unix socket in the group's IPC folder, mounted into that
/// group's container only. Whoever connects to it is that group — identity is the socket, never a
/// field. It accepts exactly one runner; after that the listener closes so nothing else can join.
/// </summary>
public sealed class AgentSocketServer : IAsyncDisposable
{
    private const UnixFileMode SocketMode =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

    private readonly Socket _listener;
    private readonly AgentRunIdentity _identity;
    private readonly IHostToolHandler _toolHandler;
    private readonly ILogger _logger;

    private AgentSocketServer(Socket listener, string socketPath, AgentRunIdentity identity, IHostToolHandler toolHandler, ILogger logger)
    {
        _listener = listener;
        SocketPath = socketPath;
        _identity = identity;
        _toolHandler = toolHandler;
        _logger = logger;
    }

    public string SocketPath { get; }

    /// <summary>
    /// Binds the socket at <paramref name="socketPath"/>, replacing a stale file from an earlier
    /// run. The file is world read-write because the container's user id may differ from the host's;
    /// the folder it lives in is what limits who can reach it.
    /// </summary>
    public static AgentSocketServer Listen(string socketPath, AgentRunIdentity identity, IHostToolHandler toolHandler, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(socketPath);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(toolHandler);
        ArgumentNullException.ThrowIfNull(logger);
        File.Delete(socketPath);
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            listener.Bind(new UnixDomainSocketEndPoint(socketPath));
            listener.Listen(1);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(socketPath, SocketMode);
            }
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        return new AgentSocketServer(listener, socketPath, identity, toolHandler, logger);
    }

    /// <summary>
    /// Waits for the runner, then for its <c>hello</c>. A wrong protocol version or a first line
    /// that is not a hello is answered with an error and thrown as <see cref="AgentProtocolException"/>.
    /// </summary>
    public async Task<AgentConnection> AcceptAsync(CancellationToken cancellationToken)
    {
        var socket = await _listener.AcceptAsync(cancellationToken).ConfigureAwait(false);
        _listener.Close();
        var connection = new AgentConnection(socket, _identity, _toolHandler, _logger);
        try
        {
            await connection.HandshakeAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        _listener.Dispose();
        File.Delete(SocketPath);
        return ValueTask.CompletedTask;
    }
}
