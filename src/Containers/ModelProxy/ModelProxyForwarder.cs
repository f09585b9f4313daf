using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NanoClaw.Containers.ModelProxy;

/// <summary>
/// Forwards one runner request upstream. Contract: only the API path of the configured upstream is
/// served; the runner's token is checked and then removed together with every other credential
/// header; the real key is added here; the response streams back chunk by chunk; usage is recorded
/// for the token's group and turn; upstream failures become error bodies with the upstream's message.
/// </summary>
internal sealed partial class ModelProxyForwarder
{
    private readonly ModelProxyOptions _options;
    private readonly ProxyTokenRegistry _tokens;
    private readonly TokenUsageLedger _ledger;
    private readonly HttpClient _upstream;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ModelProxyForwarder(
        ModelProxyOptions options, ProxyTokenRegistry tokens, TokenUsageLedger ledger, HttpClient upstream, TimeProvider time, ILogger logger)
    {
        _options = options;
        _tokens = tokens;
        _ledger = ledger;
        _upstream = upstream;
        _time = time;
        _logger = logger;
    }

    private string ApiPath => _options.Upstream == UpstreamKind.Anthropic ? "/v1/messages" : "/v1/chat/completions";

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !string.Equals(request.Path.Value, ApiPath, StringComparison.Ordinal))
        {
            await FailAsync(context, 404, "not_found_error", $"The model proxy serves only POST {ApiPath}.").ConfigureAwait(false);
            return;
        }

        if (!_tokens.TryResolve(ReadToken(request), out var run))
        {
            LogUnknownToken();
            await FailAsync(context, 401, "authentication_error", "Unknown or expired proxy token.").ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await FailAsync(context, 413, "request_too_large", $"Request body exceeds {_options.MaxRequestBytes} bytes.").ConfigureAwait(false);
            return;
        }

        using var upstreamRequest = BuildUpstreamRequest(request, body);
        await SendAsync(context, upstreamRequest, run).ConfigureAwait(false);
    }

    /// <summary>The runner's SDKs send their "API key" (our token) as x-api-key or as a bearer token.</summary>
    private static string? ReadToken(HttpRequest request)
    {
        if (request.Headers.TryGetValue("x-api-key", out var key) && !string.IsNullOrEmpty(key))
        {
            return key.ToString();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    private async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > _options.MaxRequestBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxRequestBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async Task FailAsync(HttpContext context, int status, string type, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(ProxyErrorBody.Create(_options.Upstream, type, message), context.RequestAborted).ConfigureAwait(false);
    }

    private static bool IsTimeout(Exception ex, CancellationToken requestAborted) =>
        ex is OperationCanceledException && !requestAborted.IsCancellationRequested
        || ex is HttpRequestException { InnerException: TimeoutException };

    private static int StatusOf(HttpRequestException ex) => ex.StatusCode is { } code ? (int)code : (int)HttpStatusCode.BadGateway;
}
