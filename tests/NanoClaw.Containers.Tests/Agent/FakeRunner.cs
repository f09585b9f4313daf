using System.Net.Sockets;
using System.Text;
using NanoClaw.AgentProtocol;

namespace NanoClaw.Containers.Tests.Agent;

/// <summary>The runner's side of the agent socket, driven line by line by a test.</summary>
internal sealed class FakeRunner : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly ProtocolLineReader _reader;

    private FakeRunner(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _reader = new ProtocolLineReader(_stream);
    }

    public static async Task<FakeRunner> ConnectAsync(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(path));
        return new FakeRunner(socket);
    }

    public Task SendAsync(ProtocolMessage message) => SendRawAsync(ProtocolCodec.Encode(message));

    public Task SendLineAsync(string line) => SendRawAsync(Encoding.UTF8.GetBytes(line + "\n"));

    public async Task SendRawAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    public async Task<ProtocolMessage> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var read = await _reader.ReadLineAsync(timeout.Token);
        Assert.True(read.IsLine, $"expected a line, got {read.Kind}");
        var decoded = ProtocolCodec.Decode(read.Line);
        Assert.True(decoded.IsSuccess, decoded.Detail);
        return decoded.Message!;
    }

    /// <summary>Drops the connection abruptly, as a crashing process would.</summary>
    public void Crash()
    {
        _socket.LingerState = new LingerOption(true, 0);
        _socket.Close();
    }

    public async ValueTask DisposeAsync() => await _stream.DisposeAsync();
}
