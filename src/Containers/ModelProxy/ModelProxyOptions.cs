namespace NanoClaw.Containers.ModelProxy;

/// <summary>
/// Where the proxy forwards and with which credential. The key lives only here, in the host
/// process; it is never written to a file, a container environment or a response.
/// </summary>
public sealed record ModelProxyOptions
{
    /// <summary>The Anthropic API version sent when the runner sends none.</summary>
    public const string DefaultAnthropicVersion = "2023-06-01";

    public required UpstreamKind Upstream { get; init; }

    /// <summary>
    /// The upstream's base URL, e.g. <c>https://api.anthropic.com</c> or <c>http://localhost:11434/v1</c>.
    /// A trailing <c>/v1</c> is not repeated when the request path is appended.
    /// </summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The real credential; null or empty for upstreams that need none (a local model server).</summary>
    public string? ApiKey { get; init; }

    public string AnthropicVersion { get; init; } = DefaultAnthropicVersion;

    /// <summary>How long the upstream may take to start answering. The default is 10 minutes.</summary>
    public TimeSpan UpstreamTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest request body accepted from a runner. The default is 32 MiB.</summary>
    public int MaxRequestBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>The vendor's public endpoint, used when no base URL is configured.</summary>
    public static Uri DefaultBaseUrl(UpstreamKind upstream) => upstream == UpstreamKind.Anthropic
        ? new Uri("https://api.anthropic.com")
        : new Uri("https://api.openai.com/v1");
}
