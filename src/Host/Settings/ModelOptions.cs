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

    /// <summary>
    /// Context windows in tokens by model-name prefix; the longest prefix the model's name starts
    /// with wins (case-insensitive). Entries in HOCON.conf add to or replace these.
    /// </summary>
    [ConfigurationKeyName("context-windows")]
    public Dictionary<string, int> ContextWindows { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["claude"] = 200_000,
        ["gpt-4o"] = 128_000,
    };

    /// <summary>The window of a model no entry of <see cref="ContextWindows"/> matches; small enough for most local models.</summary>
    [ConfigurationKeyName("default-context-window")]
    [Range(1024, 10_000_000)]
    public int DefaultContextWindow { get; set; } = 32_768;

    /// <summary>The share of the window a request may fill before the builtin engine summarizes the older conversation.</summary>
    [ConfigurationKeyName("compact-at")]
    [Range(0.1, 1.0)]
    public double CompactAt { get; set; } = 0.8;

    /// <summary>For the mock model only: a script file, as the container sees it, that makes it call tools (tests).</summary>
    [ConfigurationKeyName("mock-script")]
    public string? MockScript { get; set; }

    /// <summary>The context window of <paramref name="model"/>: the longest matching prefix in <see cref="ContextWindows"/>, else the default.</summary>
    public int ContextWindowOf(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return ContextWindows
            .Where(entry => model.StartsWith(entry.Key, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(entry => entry.Key.Length)
            .Select(entry => (int?)entry.Value)
            .FirstOrDefault() ?? DefaultContextWindow;
    }
}
