using System.Text.Json;
using Anthropic;
using Anthropic.Exceptions;
using Anthropic.Models.Messages;

namespace NanoClaw.AgentRunner.Models;

/// <summary>
/// The Anthropic Messages API through the official SDK, with the SDK's HttpClient pointed at the
/// proxy socket and the per-run proxy token as its "API key". The request body is built as JSON
/// and handed to the SDK (<see cref="MessageCreateParams.FromRawUnchecked"/>), which keeps the
/// neutral conversation format one mapping away; the streamed reply is read through the SDK's
/// typed events.
/// </summary>
public sealed class AnthropicProvider : IModelProvider
{
    private readonly AnthropicClient _client;

    public AnthropicProvider(HttpClient httpClient, Uri baseUrl, string proxyToken, int maxRetries = 2)
    {
        _client = new AnthropicClient
        {
            HttpClient = httpClient,
            BaseUrl = baseUrl.ToString().TrimEnd('/'),
            ApiKey = proxyToken,
            MaxRetries = maxRetries,
        };
    }

    public string Name => "anthropic";

    public async Task<ModelReply> CompleteAsync(ModelRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = AnthropicRequestBuilder.Build(request);
        var parameters = MessageCreateParams.FromRawUnchecked(
            new Dictionary<string, JsonElement>(), new Dictionary<string, JsonElement>(), body);
        var reader = new AnthropicStreamReader();
        try
        {
            await foreach (var streamEvent in _client.Messages.CreateStreaming(parameters, cancellationToken).ConfigureAwait(false))
            {
                reader.Add(streamEvent);
            }
        }
        catch (AnthropicApiException ex)
        {
            throw ModelCallException.FromStatus((int)ex.StatusCode, ex.Message, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ModelCallException($"Model proxy unreachable: {ex.Message}", retryable: true, ex);
        }

        return new ModelReply(reader.ToMessage(), reader.Usage);
    }
}
