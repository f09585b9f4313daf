namespace NanoClaw.Host.Settings;

public enum ModelProvider
{
    Anthropic,

    /// <summary>Any OpenAI-compatible endpoint, such as a local Ollama.</summary>
    OpenAI,

    /// <summary>A deterministic stand-in for tests; never a real model.</summary>
    Mock,
}
