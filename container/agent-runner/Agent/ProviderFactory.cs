using NanoClaw.AgentProtocol;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Agent;

/// <summary>Chooses the model provider named in <c>start</c>; an unknown name is a clear, non-retryable error.</summary>
public static class ProviderFactory
{
    public static async Task<IModelProvider> CreateAsync(ModelSettings settings, string proxyToken, string proxySocket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider.ToUpperInvariant() switch
        {
            "ANTHROPIC" => new AnthropicProvider(ProxyHttp.CreateClient(proxySocket), ProxyHttp.BaseAddress, proxyToken),
            "OPENAI" => new OpenAIProvider(ProxyHttp.CreateClient(proxySocket), ProxyHttp.BaseAddress, proxyToken),
            "MOCK" => await MockProvider.LoadAsync(settings.MockScript, cancellationToken).ConfigureAwait(false),
            _ => throw new ModelCallException($"Unknown model provider '{settings.Provider}' (expected anthropic, openai or mock).", retryable: false),
        };
    }
}
