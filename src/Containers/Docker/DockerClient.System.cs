using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Docker;

public sealed partial class DockerClient
{
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        CallAsync("ping", (engine, token) => engine.System.PingAsync(token), cancellationToken);

    public Task<EngineVersion> GetVersionAsync(CancellationToken cancellationToken = default) =>
        CallAsync("version", async (engine, token) =>
        {
            var version = await engine.System.GetVersionAsync(token).ConfigureAwait(false);
            return new EngineVersion(version.Version, version.APIVersion, version.MinAPIVersion, version.Os, version.Arch, version.KernelVersion);
        }, cancellationToken);
}
