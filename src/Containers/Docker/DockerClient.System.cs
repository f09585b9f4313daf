using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Docker;

public sealed partial class DockerClient
{
    /// <summary><c>GET /_ping</c>: returns quietly when the engine answers.</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, "_ping", null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET /version</c>.</summary>
    public Task<EngineVersion> GetVersionAsync(CancellationToken cancellationToken = default) =>
        GetJsonAsync("version", DockerJsonContext.Default.EngineVersion, cancellationToken);
}
