using Microsoft.AspNetCore.Routing;

namespace NanoClaw.Host.Api;

/// <summary>Where the node's web server listens and who may call its API.</summary>
public sealed record NodeWebServerOptions
{
    /// <summary>Largest request body the API reads. The default is 1 MiB.</summary>
    public const long MaxRequestBodySize = 1024 * 1024;

    /// <summary>An IP address or <c>localhost</c>. The default is 127.0.0.1.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 takes any free port (see <see cref="NodeWebServer.BaseAddress"/>). The default is 8788.</summary>
    public int Port { get; init; } = 8788;

    /// <summary>
    /// The bearer token <c>/api/*</c> requires when the server listens beyond loopback; the caller
    /// passes <c>NANOCLAW_ADMIN_TOKEN</c>. Ignored on loopback.
    /// </summary>
    public string? AdminToken { get; init; }

    /// <summary>More endpoints from other parts of the node (e.g. a platform webhook).</summary>
    public Action<IEndpointRouteBuilder>? MapExtra { get; init; }
}
