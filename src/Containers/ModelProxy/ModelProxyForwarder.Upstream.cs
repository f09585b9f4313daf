using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace NanoClaw.Containers.ModelProxy;

internal sealed partial class ModelProxyForwarder
{
    /// <summary>Headers passed on from the runner. Everything else — credentials above all — is dropped.</summary>
    private static readonly string[] ForwardedHeaders = ["accept", "anthropic-version", "anthropic-beta"];

    private HttpRequestMessage BuildUpstreamRequest(HttpRequest request, byte[] body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, UpstreamUri(request.Path.Value!))
        {
            Content = new ByteArrayContent(_options.Upstream == UpstreamKind.OpenAI ? AskForStreamUsage(body) : body),
        };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var name in ForwardedHeaders)
        {
            if (request.Headers.TryGetValue(name, out var values))
            {
                message.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        var key = _options.ApiKey;
        if (_options.Upstream == UpstreamKind.Anthropic)
        {
            if (!message.Headers.Contains("anthropic-version"))
            {
                message.Headers.TryAddWithoutValidation("anthropic-version", _options.AnthropicVersion);
            }

            if (!string.IsNullOrEmpty(key))
            {
                message.Headers.TryAddWithoutValidation("x-api-key", key);
            }
        }
        else if (!string.IsNullOrEmpty(key))
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return message;
    }

    private Uri UpstreamUri(string path)
    {
        var baseText = _options.BaseUrl.ToString().TrimEnd('/');
        var suffix = baseText.EndsWith("/v1", StringComparison.Ordinal) ? path[3..] : path;
        return new Uri(baseText + suffix);
    }

    /// <summary>
    /// OpenAI-compatible servers report usage in a stream only when asked; ask, so streamed turns
    /// are counted too. A body that is not a JSON object is forwarded untouched.
    /// </summary>
    private static byte[] AskForStreamUsage(byte[] body)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject json && json["stream"] is JsonValue stream
                && stream.TryGetValue<bool>(out var streaming) && streaming && json["stream_options"] is null)
            {
                json["stream_options"] = new JsonObject { ["include_usage"] = true };
                return System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Let the upstream judge the body.
        }

        return body;
    }

    private async Task SendAsync(HttpContext context, HttpRequestMessage upstreamRequest, ProxyRun run)
    {
        var aborted = context.RequestAborted;
        using var timeout = new CancellationTokenSource(_options.UpstreamTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, timeout.Token);
        HttpResponseMessage response;
        try
        {
            response = await _upstream.SendAsync(upstreamRequest, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTimeout(ex, aborted))
        {
            LogUpstreamFailed(run.GroupFolder, 504, "timed out");
            await FailAsync(context, 504, "timeout_error", $"The model upstream did not answer within {_options.UpstreamTimeout}.").ConfigureAwait(false);
            return;
        }
        catch (HttpRequestException ex)
        {
            LogUpstreamFailed(run.GroupFolder, StatusOf(ex), ex.Message);
            await FailAsync(context, StatusOf(ex), "api_error", $"The model upstream is unreachable: {ex.Message}").ConfigureAwait(false);
            return;
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                await RelayErrorAsync(context, response, run).ConfigureAwait(false);
                return;
            }

            await StreamBackAsync(context, response, run, aborted).ConfigureAwait(false);
        }
    }

    private async Task RelayErrorAsync(HttpContext context, HttpResponseMessage response, ProxyRun run)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(context.RequestAborted).ConfigureAwait(false);
        var (type, message) = ProxyErrorBody.ReadUpstream(text, status);
        LogUpstreamFailed(run.GroupFolder, status, message);
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString();
        }

        await FailAsync(context, status, type, $"Upstream answered {status}: {message}").ConfigureAwait(false);
    }

    private async Task StreamBackAsync(HttpContext context, HttpResponseMessage response, ProxyRun run, CancellationToken aborted)
    {
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/json";
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = contentType;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var sink = new UsageObservingSink(contentType.StartsWith("text/event-stream", StringComparison.OrdinalIgnoreCase));
        var upstreamBody = await response.Content.ReadAsStreamAsync(aborted).ConfigureAwait(false);
        await using (upstreamBody.ConfigureAwait(false))
        {
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await upstreamBody.ReadAsync(buffer, aborted).ConfigureAwait(false)) > 0)
            {
                sink.Write(buffer.AsSpan(0, read));
                await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), aborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(aborted).ConfigureAwait(false);
            }
        }

        sink.Complete();
        if (sink.Usage.HasUsage)
        {
            _ledger.Record(run.GroupFolder, run.Turn, sink.Usage.InputTokens, sink.Usage.OutputTokens);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model proxy refused a request with an unknown token")]
    private partial void LogUnknownToken();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model upstream failed for group {Group}: {Status} {Reason}")]
    private partial void LogUpstreamFailed(string group, int status, string reason);
}
