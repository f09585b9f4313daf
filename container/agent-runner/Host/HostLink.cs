using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Channels;
using NanoClaw.AgentProtocol;
using NanoClaw.AgentRunner.Tools;

namespace NanoClaw.AgentRunner.Host;

/// <summary>
/// The runner's end of the agent socket. Host messages other than tool results appear on
/// <see cref="Inbound"/> in order; tool results complete the matching <see cref="CallAsync"/>.
/// When the host goes away, <see cref="Inbound"/> completes and pending tool calls fail.
/// </summary>
public sealed class HostLink : IHostToolGateway, IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly ProtocolLineWriter _writer;
    private readonly Channel<ProtocolMessage> _inbound = Channel.CreateUnbounded<ProtocolMessage>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ToolOutcome>> _pending = new(StringComparer.Ordinal);
    private readonly Task _reading;
    private int _nextRequest;

    private HostLink(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: false);
        _writer = new ProtocolLineWriter(_stream);
        _reading = Task.Run(ReadAsync);
    }

    public ChannelReader<ProtocolMessage> Inbound => _inbound.Reader;

    /// <summary>Connects and says hello with this build's protocol version.</summary>
    public static async Task<HostLink> ConnectAsync(string socketPath, string runnerVersion, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var link = new HostLink(socket);
        await link.SendAsync(new HelloMessage(ProtocolVersion.Current, runnerVersion), cancellationToken).ConfigureAwait(false);
        return link;
    }

    public Task SendAsync(ProtocolMessage message, CancellationToken cancellationToken) => _writer.WriteAsync(message, cancellationToken);

    public async Task<ToolOutcome> CallAsync(string name, JsonElement arguments, CancellationToken cancellationToken)
    {
        var id = "req-" + Interlocked.Increment(ref _nextRequest).ToString(CultureInfo.InvariantCulture);
        var request = new ToolRequestMessage(id, name, arguments);
        if (ProtocolCodec.Encode(request).Length > ProtocolLimits.MaxLineBytes)
        {
            // The host would reject the line and never answer this request id.
            return ToolOutcome.Fail($"The arguments for {name} are too large to send to the host.");
        }

        var answer = new TaskCompletionSource<ToolOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        try
        {
            await SendAsync(request, cancellationToken).ConfigureAwait(false);
            return await answer.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already disconnected by the host.
        }

        _socket.Dispose();
        await _reading.ConfigureAwait(false);
        _writer.Dispose();
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ReadAsync()
    {
        var reader = new ProtocolLineReader(_stream);
        try
        {
            while (true)
            {
                var read = await reader.ReadLineAsync(CancellationToken.None).ConfigureAwait(false);
                if (read.IsEndOfStream)
                {
                    break;
                }

                var decoded = read.IsLine ? ProtocolCodec.Decode(read.Line) : default;
                if (decoded.Message is ToolResultMessage result)
                {
                    if (_pending.TryGetValue(result.RequestId, out var answer))
                    {
                        answer.TrySetResult(new ToolOutcome(result.Content, result.IsError));
                    }
                }
                else if (decoded.Message is { } message)
                {
                    _inbound.Writer.TryWrite(message);
                }
                else
                {
                    await SendAsync(new LogMessage("warn", $"runner could not read a host line: {decoded.Detail}"), CancellationToken.None)
                        .ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // The host went away; completing the channel below tells the session.
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetResult(ToolOutcome.Fail("The host connection closed before it answered."));
        }

        _inbound.Writer.TryComplete();
    }
}
