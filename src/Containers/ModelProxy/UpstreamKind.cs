namespace NanoClaw.Containers.ModelProxy;

/// <summary>The API family the proxy forwards to.</summary>
public enum UpstreamKind
{
    /// <summary>The Anthropic Messages API (<c>/v1/messages</c>), key in <c>x-api-key</c>.</summary>
    Anthropic,

    /// <summary>Any OpenAI-compatible Chat Completions API (<c>/v1/chat/completions</c>), key as a bearer token.</summary>
    OpenAI,
}
