using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>
/// The model the agents use, reached through the host's model proxy. The API keys stay on the host:
/// they come from the environment only and never enter a container.
/// </summary>
public sealed class ModelOptions
{
    public ModelProvider Provider { get; set; } = ModelProvider.Anthropic;

    [ConfigurationKeyName("base-url")]
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://api.anthropic.com";

    [Required]
    public string Name { get; set; } = "claude-sonnet-4-5";

    [ConfigurationKeyName("anthropic-api-key")]
    public string? AnthropicApiKey { get; set; }

    [ConfigurationKeyName("openai-api-key")]
    public string? OpenAIApiKey { get; set; }

    /// <summary>For the mock model only: a script file, as the container sees it, that makes it call tools (tests).</summary>
    [ConfigurationKeyName("mock-script")]
    public string? MockScript { get; set; }
}
