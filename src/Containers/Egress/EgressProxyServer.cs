using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NanoClaw.Containers.Egress;

/// <summary>
/// One group's door to the web: an HTTP proxy on a unix socket that only that group's container
/// has mounted, so whoever connects is that group, whatever it claims. HTTPS goes through
/// <c>CONNECT</c> as an opaque tunnel; plain HTTP is forwarded one request per connection. Before
/// connecting, the name is resolved once and <see cref="EgressPolicy"/> checks every address; the
/// connection then goes to the checked address. Every request ends as one <see cref="EgressRecord"/>.
/// </summary>
public sealed class EgressProxyServer : IAsyncDisposable
{
    private const int BufferBytes = 16 * 1024;
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();

    private readonly Socket _listener;
    private readonly EgressProxyContext _context;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Task, bool> _serving = new();
    private int _open;
    private int _disposed;
    private long _bytes;

    private EgressProxyServer(Socket listener, EgressProxyContext context)
    {
        _listener = listener;
        _context = context;
        _accepting = AcceptAsync();
    }

    /// <summary>Bytes both ways over all connections so far.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public static EgressProxyServer Start(string socketPath, EgressProxyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        File.Delete(socketPath);
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            listener.Bind(new UnixDomainSocketEndPoint(socketPath));
            listener.Listen(64);
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        return new EgressProxyServer(listener, context);
    }

    /// <summary>Stops accepting, ends every open connection, and returns once each has written its record.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Dispose();
        await _accepting.ConfigureAwait(false);
        await Task.WhenAll(_serving.Keys).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            var serving = ServeAsync(client);
            _serving.TryAdd(serving, true);
            _ = serving.ContinueWith(done => _serving.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(Socket client)
    {
        using var socket = client;
        var stream = new NetworkStream(socket, ownsSocket: false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                if (Interlocked.Increment(ref _open) > _context.Limits.MaxConnections)
                {
                    await RefuseAsync(stream, 429, "Too Many Requests", $"more than {_context.Limits.MaxConnections} connections at once").ConfigureAwait(false);
                    return;
                }

                await ProxyAsync(stream).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The agent or the site hung up; the record (if any) was written where it ended.
            }
            finally
            {
                Interlocked.Decrement(ref _open);
            }
        }
    }

    private async Task ProxyAsync(NetworkStream agent)
    {
        var (headText, rest) = await ReadHeadAsync(agent).ConfigureAwait(false);
        if (headText is null)
        {
            await RefuseAsync(agent, 400, "Bad Request", "the request head is missing or larger than 32 KiB").ConfigureAwait(false);
            return;
        }

        var (head, problem) = EgressRequestHead.Parse(headText);
        if (head is null)
        {
            await RefuseAsync(agent, 400, "Bad Request", problem!).ConfigureAwait(false);
            return;
        }

        var refusal = Bytes >= _context.Limits.MaxBytesPerRun
            ? $"this run's limit of {_context.Limits.MaxBytesPerRun} bytes is used up"
            : null;
        IPAddress? address = null;
        if (refusal is null)
        {
            var resolved = await ResolveAsync(head.Host).ConfigureAwait(false);
            var decision = EgressPolicy.Check(_context.Rules, head.Host, head.Port, resolved);
            (address, refusal) = (decision.Address, decision.Refusal);
        }

        if (refusal is not null)
        {
            Record(head, 0, 0, refusal);
            await RefuseAsync(agent, 403, "Forbidden", refusal).ConfigureAwait(false);
            return;
        }

        using var site = new Socket(address!.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
        {
            connect.CancelAfter(_context.Limits.ConnectTimeout);
            try
            {
                await site.ConnectAsync(new IPEndPoint(address, head.Port), connect.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException && !_stop.IsCancellationRequested)
            {
                var reason = ex is OperationCanceledException
                    ? $"{head.Host}:{head.Port} did not answer within {_context.Limits.ConnectTimeout.TotalSeconds:0} s"
                    : $"{head.Host}:{head.Port} refused the connection ({((SocketException)ex).SocketErrorCode})";
                Record(head, 0, 0, reason);
                await RefuseAsync(agent, 502, "Bad Gateway", reason).ConfigureAwait(false);
                return;
            }
        }

        var siteStream = new NetworkStream(site, ownsSocket: false);
        await using (siteStream.ConfigureAwait(false))
        {
            long sent = 0;
            if (head.IsTunnel)
            {
                await agent.WriteAsync("HTTP/1.1 200 Connection Established\r\n\r\n"u8.ToArray(), _stop.Token).ConfigureAwait(false);
            }
            else
            {
                var origin = Encoding.ASCII.GetBytes(head.OriginHead);
                await siteStream.WriteAsync(origin, _stop.Token).ConfigureAwait(false);
                sent += origin.Length;
            }

            await siteStream.WriteAsync(rest, _stop.Token).ConfigureAwait(false);
            sent += rest.Length;
            Interlocked.Add(ref _bytes, sent);
            var (up, down) = await PumpAsync(agent, agent.Socket, siteStream, site, endWithTheSite: !head.IsTunnel).ConfigureAwait(false);
            Record(head, sent + up, down, null);
        }
    }

    /// <summary>
    /// Copies both ways until both ends are done, the idle timeout passes, or the run's byte limit is
    /// reached. A forwarded HTTP request ends when the site has answered (<paramref name="endWithTheSite"/>);
    /// a tunnel when both sides have closed.
    /// </summary>
    private async Task<(long Up, long Down)> PumpAsync(NetworkStream agent, Socket agentSocket, NetworkStream site, Socket siteSocket, bool endWithTheSite)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        done.CancelAfter(_context.Limits.IdleTimeout);
        var up = CopyAsync(agent, site, siteSocket, done);
        var down = CopyAsync(site, agent, agentSocket, done);
        if (endWithTheSite)
        {
            await down.ConfigureAwait(false);
            await done.CancelAsync().ConfigureAwait(false);
        }

        await Task.WhenAll(up, down).ConfigureAwait(false);
        return (up.Result, down.Result);
    }

    private async Task<long> CopyAsync(NetworkStream from, NetworkStream to, Socket toSocket, CancellationTokenSource done)
    {
        var buffer = new byte[BufferBytes];
        long total = 0;
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, done.Token).ConfigureAwait(false)) > 0)
            {
                done.CancelAfter(_context.Limits.IdleTimeout);
                if (Interlocked.Add(ref _bytes, read) > _context.Limits.MaxBytesPerRun)
                {
                    await done.CancelAsync().ConfigureAwait(false);
                    break;
                }

                await to.WriteAsync(buffer.AsMemory(0, read), done.Token).ConfigureAwait(false);
                total += read;
            }

            toSocket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Idle, over the limit, or one side gone: both directions end.
            await done.CancelAsync().ConfigureAwait(false);
        }

        return total;
    }

    private async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }

        try
        {
            return await _context.Resolve(host, _stop.Token).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            return [];
        }
    }

    /// <summary>Reads up to the blank line that ends the head; returns the head and the bytes after it.</summary>
    private static async Task<(string? Head, byte[] Remainder)> ReadHeadAsync(NetworkStream agent)
    {
        var buffer = new byte[EgressRequestHead.MaxBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await agent.ReadAsync(buffer.AsMemory(length), CancellationToken.None).ConfigureAwait(false);
            if (read == 0)
            {
                return (null, []);
            }

            length += read;
            var end = buffer.AsSpan(0, length).IndexOf(HeadEnd);
            if (end >= 0)
            {
                return (Encoding.ASCII.GetString(buffer, 0, end), buffer[(end + HeadEnd.Length)..length]);
            }
        }

        return (null, []);
    }

    private void Record(EgressRequestHead head, long bytesOut, long bytesIn, string? refusal) =>
        _context.Record(new EgressRecord(_context.Time.GetUtcNow(), _context.Group, head.Host, head.Port, head.Method, bytesOut, bytesIn, refusal));

    private static async Task RefuseAsync(NetworkStream agent, int status, string phrase, string reason)
    {
        var body = $"NanoClaw egress refused: {reason}\n";
        var response = $"HTTP/1.1 {status} {phrase}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nX-NanoClaw-Egress: refused\r\nConnection: close\r\n\r\n{body}";
        await agent.WriteAsync(Encoding.UTF8.GetBytes(response)).ConfigureAwait(false);
    }
}
