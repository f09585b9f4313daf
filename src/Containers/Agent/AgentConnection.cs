using System.Net.Sockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NanoClaw.AgentProtocol;
using NanoClaw.Containers.Agent.Events;
using NanoClaw.Containers.Agent.Tools;

namespace NanoClaw.Containers.Agent;

/// <summary>
/// One connected runner. Send with <see cref="StartAsync"/>, <see cref="SendFollowUpAsync"/> and
/// <see cref="CloseAsync"/>; read what the runner does from <see cref="Events"/>, which ends with
/// exactly one <see cref="RunnerDisconnected"/>. Host tool requests are answered here through the
/// <see cref="IHostToolHandler"/>, concurrently with reading, so a slow tool never blocks output.
/// Bad lines are logged, answered with an error and skipped; they never end the connection.
/// </summary>
public sealed partial class AgentConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly ProtocolLineReader _reader;
    private readonly ProtocolLineWriter _writer;
    private readonly IHostToolHandler _toolHandler;
    private readonly ILogger _logger;
    private readonly Channel<AgentEvent> _events = Channel.CreateUnbounded<AgentEvent>(new UnboundedChannelOptions { SingleReader = false });
    private readonly CancellationTokenSource _stop = new();
    private Task _pump = Task.CompletedTask;
    private volatile bool _turnActive;
    private volatile bool _closing;

    internal AgentConnection(Socket socket, AgentRunIdentity identity, IHostToolHandler toolHandler, ILogger logger)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: false);
        _reader = new ProtocolLineReader(_stream);
        _writer = new ProtocolLineWriter(_stream);
        Identity = identity;
        _toolHandler = toolHandler;
        _logger = logger;
    }

    public AgentRunIdentity Identity { get; }

    /// <summary>The runner's hello, known once the connection is returned by the server.</summary>
    public HelloMessage? Hello { get; private set; }

    public ChannelReader<AgentEvent> Events => _events.Reader;

    /// <summary>Completes when the runner has gone and the last event is written.</summary>
    public Task Completion => _pump;

    public Task StartAsync(StartMessage start, CancellationToken cancellationToken)
    {
        _turnActive = true;
        return SendAsync(start, cancellationToken);
    }

    public Task SendFollowUpAsync(string text, CancellationToken cancellationToken)
    {
        _turnActive = true;
        return SendAsync(new FollowUpMessage(text), cancellationToken);
    }

    /// <summary>Asks the runner to finish and exit; its disconnect after this is not a crash.</summary>
    public Task CloseAsync(CancellationToken cancellationToken)
    {
        _closing = true;
        return SendAsync(new CloseMessage(), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // The runner already reset the connection.
        }

        _socket.Dispose();
        try
        {
            await _pump.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Disposal while reading is the expected way to stop.
        }

        _writer.Dispose();
        await _stream.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task SendAsync(ProtocolMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await _writer.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            throw new RunnerDisconnectedException($"The runner of group '{Identity.GroupFolder}' is gone: {ex.Message}", ex);
        }
    }
}
