using System.Net.Sockets;
using NanoClaw.AgentProtocol;

namespace NanoClaw.AgentRunner.Tests.Agent;

/// <summary>The host's side of the agent socket, reduced to reading and writing protocol lines.</summary>
internal sealed class FakeHost : IAsyncDisposable
{
    private readonly Socket _listener;
    private Socket? _connection;
    private NetworkStream? _stream;
    private ProtocolLineReader? _reader;
    private ProtocolLineWriter? _writer;

    public FakeHost(string socketPath)
    {
        _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        _listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        _listener.Listen(1);
    }

    public async Task<HelloMessage> AcceptAsync()
    {
        _connection = await _listener.AcceptAsync(Timeout());
        _stream = new NetworkStream(_connection, ownsSocket: true);
        _reader = new ProtocolLineReader(_stream);
        _writer = new ProtocolLineWriter(_stream);
        return Assert.IsType<HelloMessage>(await ReceiveAsync());
    }

    public Task SendAsync(ProtocolMessage message) => _writer!.WriteAsync(message, Timeout());

    public async Task<ProtocolMessage> ReceiveAsync()
    {
        var read = await _reader!.ReadLineAsync(Timeout());
        Assert.True(read.IsLine, $"expected a line, got {read.Kind}");
        return ProtocolCodec.Decode(read.Line).Message!;
    }

    /// <summary>Reads up to and including the next idle, answering host tool requests with "ok".</summary>
    public async Task<List<ProtocolMessage>> ReceiveTurnAsync()
    {
        var messages = new List<ProtocolMessage>();
        while (true)
        {
            var message = await ReceiveAsync();
            messages.Add(message);
            if (message is ToolRequestMessage request)
            {
                await SendAsync(new ToolResultMessage(request.RequestId, $"host did {request.Name}", false));
            }

            if (message is IdleMessage)
            {
                return messages;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _writer?.Dispose();
        if (_stream is not null)
        {
            await _stream.DisposeAsync();
        }

        _listener.Dispose();
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;
}
