using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;
using OpenAI.Chat;

namespace NanoClaw.AgentRunner.Models;

/// <summary>
/// Any OpenAI-compatible Chat Completions API through the official OpenAI SDK: its endpoint is the
/// proxy (<c>/v1</c>), its transport the proxy socket, its "API key" the per-run proxy token.
/// Replies are streamed and tool calls reassembled from their fragments.
/// </summary>
public sealed class OpenAIProvider : IModelProvider
{
    private readonly HttpClient _httpClient;
    private readonly Uri _endpoint;
    private readonly string _proxyToken;
    private readonly int _maxRetries;

    public OpenAIProvider(HttpClient httpClient, Uri baseUrl, string proxyToken, int maxRetries = 2)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        _httpClient = httpClient;
        _endpoint = new Uri(baseUrl.ToString().TrimEnd('/') + "/v1");
        _proxyToken = proxyToken;
        _maxRetries = maxRetries;
    }

    public string Name => "openai";

    public async Task<ModelReply> CompleteAsync(ModelRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var client = new ChatClient(request.Model, new ApiKeyCredential(_proxyToken), new OpenAIClientOptions
        {
            Endpoint = _endpoint,
            Transport = new HttpClientPipelineTransport(_httpClient),
            RetryPolicy = new ClientRetryPolicy(_maxRetries),
        });
        var options = new ChatCompletionOptions { MaxOutputTokenCount = request.MaxTokens };
        foreach (var tool in request.Tools)
        {
            options.Tools.Add(ChatTool.CreateFunctionTool(tool.Name, tool.Description, BinaryData.FromString(tool.InputSchema.GetRawText())));
        }

        var assembler = new OpenAIStreamAssembler();
        try
        {
            var updates = client.CompleteChatStreamingAsync(OpenAIMessageMapper.Map(request), options, cancellationToken);
            await foreach (var update in updates.ConfigureAwait(false))
            {
                assembler.Add(update);
            }
        }
        catch (ClientResultException ex)
        {
            throw ModelCallException.FromStatus(ex.Status, ex.Message, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ModelCallException($"Model proxy unreachable: {ex.Message}", retryable: true, ex);
        }

        return new ModelReply(assembler.ToMessage(), assembler.Usage);
    }
}
