using NanoClaw.Containers.ModelProxy;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Containers;

/// <summary>
/// Turns the validated <c>nanoclaw.model</c> settings into the model proxy's upstream: which API it
/// speaks, where it forwards and which key it adds on the host. The key is read here, on the host,
/// and never handed to anything that enters a container.
/// </summary>
internal static class ModelProxySettingsMapping
{
    /// <summary>
    /// The proxy's options, or null for the <c>mock</c> provider, which answers inside the runner and
    /// has no upstream. With <c>provider = openai</c> and <c>base-url</c> left at Anthropic's public
    /// endpoint (the file's default), OpenAI's public endpoint is used.
    /// </summary>
    public static ModelProxyOptions? ToProxyOptions(this ModelOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == ModelProvider.Mock)
        {
            return null;
        }

        var upstream = settings.Provider == ModelProvider.Anthropic ? UpstreamKind.Anthropic : UpstreamKind.OpenAI;
        var baseUrl = new Uri(settings.BaseUrl);
        if (upstream == UpstreamKind.OpenAI && baseUrl == ModelProxyOptions.DefaultBaseUrl(UpstreamKind.Anthropic))
        {
            baseUrl = ModelProxyOptions.DefaultBaseUrl(UpstreamKind.OpenAI);
        }

        return new ModelProxyOptions
        {
            Upstream = upstream,
            BaseUrl = baseUrl,
            ApiKey = upstream == UpstreamKind.Anthropic ? settings.AnthropicApiKey : settings.OpenAIApiKey,
        };
    }
}
