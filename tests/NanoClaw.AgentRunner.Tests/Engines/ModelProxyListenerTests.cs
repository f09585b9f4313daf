using System.Net.Sockets;
using System.Text;
using NanoClaw.AgentRunner.Engines;

namespace NanoClaw.AgentRunner.Tests.Engines;

public sealed class ModelProxyListenerTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Connection_ToTheLoopbackPort_IsCarriedByteForByteToTheSocketAndBack()
    {
        var socketPath = Path.Combine(_temp.Path, "proxy.sock");
        using var upstream = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        upstream.Bind(new UnixDomainSocketEndPoint(socketPath));
        upstream.Listen();
        var echo = EchoOnceAsync(upstream);
        await using var listener = ModelProxyListener.Start(socketPath);

        using var client = new TcpClient();
        await client.ConnectAsync(listener.BaseUrl.Host, listener.BaseUrl.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /v1/messages"));
        client.Client.Shutdown(SocketShutdown.Send);
        var answer = await new StreamReader(stream).ReadToEndAsync();

        Assert.Equal("echo: POST /v1/messages", answer);
        Assert.Equal("127.0.0.1", listener.BaseUrl.Host);
        await echo;
    }

    [Fact]
    public async Task Connection_WhenTheProxySocketIsMissing_IsClosedAndTheListenerKeepsServing()
    {
        await using var listener = ModelProxyListener.Start(Path.Combine(_temp.Path, "absent.sock"));

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var client = new TcpClient();
            await client.ConnectAsync(listener.BaseUrl.Host, listener.BaseUrl.Port);
            var read = await client.GetStream().ReadAsync(new byte[16]);

            Assert.Equal(0, read);
        }
    }

    private static async Task EchoOnceAsync(Socket listening)
    {
        using var accepted = await listening.AcceptAsync();
        using var stream = new NetworkStream(accepted);
        var text = await new StreamReader(stream).ReadToEndAsync();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("echo: " + text));
        accepted.Shutdown(SocketShutdown.Send);
    }
}
