using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// A stand-in for the Anthropic Messages API on 127.0.0.1: every <c>POST /v1/messages</c> gets the
/// same short streamed text reply at once, so the engines' figures show their own cost, not a model's.
/// </summary>
internal sealed class FakeAnthropicUpstream : IAsyncDisposable
{
    private static readonly byte[] Reply = Encoding.UTF8.GetBytes(string.Concat(
        Event("message_start", """{"type":"message_start","message":{"id":"msg_bench","type":"message","role":"assistant","model":"claude-bench","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":50,"output_tokens":1}}}"""),
        Event("content_block_start", """{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"""),
        Event("content_block_delta", """{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello from the fake model."}}"""),
        Event("content_block_stop", """{"type":"content_block_stop","index":0}"""),
        Event("message_delta", """{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":7}}"""),
        Event("message_stop", """{"type":"message_stop"}""")));

    private readonly HttpListener _listener;
    private readonly Task _serving;
    private int _requests;

    private FakeAnthropicUpstream(HttpListener listener, Uri baseUrl)
    {
        _listener = listener;
        BaseUrl = baseUrl;
        _serving = ServeAsync();
    }

    public Uri BaseUrl { get; }

    public int Requests => Volatile.Read(ref _requests);

    public static FakeAnthropicUpstream Start()
    {
        var port = FreePort();
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        return new FakeAnthropicUpstream(listener, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving.ConfigureAwait(false);
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        await context.Request.InputStream.CopyToAsync(Stream.Null).ConfigureAwait(false);
        if (context.Request.HttpMethod != "POST" || context.Request.Url?.AbsolutePath != "/v1/messages")
        {
            response.StatusCode = 404;
            return;
        }

        Interlocked.Increment(ref _requests);
        response.ContentType = "text/event-stream";
        await response.OutputStream.WriteAsync(Reply).ConfigureAwait(false);
    }

    private static string Event(string type, string json) => $"event: {type}\ndata: {json}\n\n";

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
