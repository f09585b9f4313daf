using System.Net;
using System.Net.Sockets;

namespace NanoClaw.Containers.Tests.Support;

/// <summary>A socket proxy in miniature: every connection to 127.0.0.1:&lt;port&gt; is piped to a unix socket.</summary>
internal sealed class TcpToUnixForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly string _socketPath;

    public TcpToUnixForwarder(string socketPath)
    {
        _socketPath = socketPath;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = PipeAsync(client);
        }
    }

    private async Task PipeAsync(TcpClient client)
    {
        using (client)
        using (var engine = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            try
            {
                await engine.ConnectAsync(new UnixDomainSocketEndPoint(_socketPath), _stop.Token);
                await using var engineStream = new NetworkStream(engine, ownsSocket: false);
                var clientStream = client.GetStream();
                await Task.WhenAny(clientStream.CopyToAsync(engineStream, _stop.Token), engineStream.CopyToAsync(clientStream, _stop.Token));
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
                // Either side went away: the connection ends.
            }
        }
    }
}
