using System.Net.Sockets;

namespace NanoClaw.Containers.Docker;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> that dials the engine's unix socket
/// whatever host the request names, so HTTP never reaches a network address.
/// </summary>
internal static class UnixSocketConnector
{
    public static SocketsHttpHandler CreateHandler(string socketPath) => new()
    {
        ConnectCallback = (_, cancellationToken) => ConnectAsync(socketPath, cancellationToken),
        // Idle engine connections are cheap to re-dial; do not keep them across engine restarts.
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        UseProxy = false,
    };

    public static async ValueTask<Stream> ConnectAsync(string socketPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(socketPath))
        {
            throw new DockerUnavailableException(socketPath, "no socket at that path");
        }

        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw new DockerUnavailableException(socketPath, ex.Message, ex);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
