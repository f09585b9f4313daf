using NanoClaw.AgentProtocol;
using NanoClaw.Containers.ModelProxy;
using NanoClaw.Host.Containers;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Agents;

/// <summary>
/// The model the node really answers with. A configured provider without the key it needs falls
/// back to the built-in <c>mock</c> model, and <see cref="Banner"/> says so on the web page, so a
/// fresh install replies at once instead of failing every turn. An OpenAI-compatible endpoint on
/// a loopback address (a local Ollama) needs no key.
/// </summary>
/// <param name="Settings">What the runner is told in <c>start</c>.</param>
/// <param name="Proxy">The model proxy's upstream, or null when the mock model answers (no proxy needed).</param>
/// <param name="Banner">A notice for the user when the replies do not come from a real model; null otherwise.</param>
public sealed record EffectiveModel(ModelSettings Settings, ModelProxyOptions? Proxy, string? Banner)
{
    /// <summary>Output token limit per model call. The default is 8192.</summary>
    public const int DefaultMaxTokens = 8192;

    public const string MockProvider = "mock";

    public const string MockBanner =
        "Replies come from the built-in mock model (nanoclaw.model.provider = mock), not from a real model.";

    public const string NoAnthropicKeyBanner =
        "No ANTHROPIC_API_KEY is set: replies come from the built-in mock model. Set the key and restart to talk to Claude.";

    public const string NoOpenAIKeyBanner =
        "No OPENAI_API_KEY is set: replies come from the built-in mock model. Set the key (or point nanoclaw.model.base-url at a local server) and restart.";

    public bool IsMock => Proxy is null;

    public static EffectiveModel From(ModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == ModelProvider.Mock)
        {
            return Mock(options, MockBanner);
        }

        var proxy = options.ToProxyOptions()!;
        if (string.IsNullOrWhiteSpace(proxy.ApiKey))
        {
            if (proxy.Upstream == UpstreamKind.Anthropic)
            {
                return Mock(options, NoAnthropicKeyBanner);
            }

            if (!proxy.BaseUrl.IsLoopback)
            {
                return Mock(options, NoOpenAIKeyBanner);
            }
        }

        var provider = proxy.Upstream == UpstreamKind.Anthropic ? "anthropic" : "openai";
        var settings = new ModelSettings(provider, options.Name, DefaultMaxTokens, null, options.ContextWindowOf(options.Name), options.CompactAt);
        return new EffectiveModel(settings, proxy, Banner: null);
    }

    private static EffectiveModel Mock(ModelOptions options, string banner)
    {
        var script = string.IsNullOrWhiteSpace(options.MockScript) ? null : options.MockScript;
        var settings = new ModelSettings(MockProvider, MockProvider, DefaultMaxTokens, script, options.ContextWindowOf(MockProvider), options.CompactAt);
        return new(settings, Proxy: null, banner);
    }
}
