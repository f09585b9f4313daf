using System.Net;
using System.Net.Sockets;

namespace NanoClaw.AgentRunner.Engines;

/// <summary>
/// A listener on 127.0.0.1 inside the container that forwards every connection, byte for byte, to
/// the host's model proxy socket. Engines that only speak HTTP over TCP (Claude Code) reach the
/// model through it; the container still has no network beyond loopback.
/// </summary>
public sealed class ModelProxyListener : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly string _socketPath;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    private ModelProxyListener(TcpListener listener, string socketPath)
    {
        _listener = listener;
        _socketPath = socketPath;
        _accepting = AcceptAsync();
    }

    /// <summary>The base URL to give the engine, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public static ModelProxyListener Start(string socketPath)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new ModelProxyListener(listener, socketPath);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        using (client)
        using (var upstream = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            try
            {
                await upstream.ConnectAsync(new UnixDomainSocketEndPoint(_socketPath), _stop.Token).ConfigureAwait(false);
                var proxy = new NetworkStream(upstream, ownsSocket: false);
                await using (proxy.ConfigureAwait(false))
                {
                    var local = client.GetStream();
                    var up = Pump(local, proxy, upstream);
                    var down = Pump(proxy, local, client.Client);
                    await Task.WhenAll(up, down).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // One broken connection ends only itself; the engine sees it closed and retries.
            }
        }
    }

    /// <summary>Copies until the source ends, then half-closes the destination so the other side sees the end too.</summary>
    private async Task Pump(Stream from, Stream to, Socket toSocket)
    {
        await from.CopyToAsync(to, _stop.Token).ConfigureAwait(false);
        try
        {
            toSocket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
        }
    }
}
