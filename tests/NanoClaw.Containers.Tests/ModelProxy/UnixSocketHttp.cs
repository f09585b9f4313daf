using System.Net.Sockets;

namespace NanoClaw.Containers.Tests.ModelProxy;

/// <summary>An HttpClient that reaches an HTTP server on a unix socket, as the runner does.</summary>
internal static class UnixSocketHttp
{
    public static HttpClient Create(string socketPath) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    {
        BaseAddress = new Uri("http://model-proxy"),
    };
}
