using System.Net.Sockets;

namespace NanoClaw.AgentRunner.Models;

/// <summary>
/// HTTP to the host's model proxy over its unix socket. The container has no network; this socket
/// is its only way to a model. The host name in URLs is a placeholder and never resolved.
/// </summary>
public static class ProxyHttp
{
    public static readonly Uri BaseAddress = new("http://model-proxy");

    public static HttpClient CreateClient(string socketPath) => new(CreateHandler(socketPath))
    {
        BaseAddress = BaseAddress,
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public static SocketsHttpHandler CreateHandler(string socketPath) => new()
    {
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
    };
}
