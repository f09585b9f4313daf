using System.Net.Sockets;
using System.Text;

namespace NanoClaw.Containers.Tests.Support;

/// <summary>
/// A minimal engine on a unix socket: answers every request with <c>200 OK</c> and body
/// <c>OK</c> (enough for a ping), so tests can make an engine appear at a chosen moment.
/// </summary>
internal sealed class FakeEngine : IAsyncDisposable
{
    private readonly Socket _listener = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public FakeEngine(string socketPath)
    {
        _listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        _listener.Listen();
        _serving = ServeAsync(_stop.Token);
    }

    public int Requests { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Dispose();
        await _serving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task ServeAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            using var connection = await _listener.AcceptAsync(cancellationToken);
            await using var stream = new NetworkStream(connection);
            var request = new StringBuilder();
            var buffer = new byte[1024];
            while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    break;
                }

                request.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            Requests++;
            var response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK"u8.ToArray();
            await stream.WriteAsync(response, cancellationToken);
        }
    }
}
