using Docker.DotNet.Models;
using NanoClaw.Containers.Docker.Models;
using EngineBuild = Docker.DotNet.Models.ImageBuildParameters;
using ImageBuildParameters = NanoClaw.Containers.Docker.Models.ImageBuildParameters;

namespace NanoClaw.Containers.Docker;

public sealed partial class DockerClient
{
    public Task<ImageInspect> InspectImageAsync(string name, CancellationToken cancellationToken = default) =>
        CallAsync($"inspect image {name}", async (engine, token) =>
            EngineModels.FromImage(await engine.Images.InspectImageAsync(name, token).ConfigureAwait(false)), cancellationToken);

    public async Task<ImageInspect?> TryInspectImageAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            return await InspectImageAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerApiException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }

    public async Task RemoveImageAsync(string name, bool force = false, CancellationToken cancellationToken = default)
    {
        try
        {
            await CallAsync(
                $"remove image {name}",
                (engine, token) => engine.Images.DeleteImageAsync(name, new ImageDeleteParameters { Force = force }, token),
                cancellationToken).ConfigureAwait(false);
        }
        catch (DockerApiException ex) when (ex.IsNotFound)
        {
            // Already gone: the caller's intent holds.
        }
    }

    /// <summary>
    /// Builds an image from a tar context with no network, removing intermediate containers;
    /// each line of the engine's output goes to <paramref name="progress"/>. Returns the image id.
    /// </summary>
    /// <exception cref="DockerBuildException">A step failed; the message is the engine's.</exception>
    public async Task<string> BuildImageAsync(
        Stream tarContext,
        ImageBuildParameters parameters,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tarContext);
        ArgumentNullException.ThrowIfNull(parameters);
        var build = new EngineBuild
        {
            Tags = [parameters.Tag],
            Dockerfile = parameters.Dockerfile,
            NetworkMode = "none",
            Remove = true,
            ForceRemove = true,
            NoCache = parameters.NoCache,
            BuildArgs = parameters.BuildArgs?.ToDictionary(),
            Labels = parameters.Labels?.ToDictionary(),
        };
        string? error = null;
        var reporter = new BuildReporter(progress, message => error ??= message);
        await CallAsync(
            $"build {parameters.Tag}",
            (engine, token) => engine.Images.BuildImageFromDockerfileAsync(build, tarContext, null, null, reporter, token),
            cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            throw new DockerBuildException(parameters.Tag, error);
        }

        var built = await TryInspectImageAsync(parameters.Tag, cancellationToken).ConfigureAwait(false);
        return built?.Id ?? throw new DockerBuildException(parameters.Tag, "the build ended without the image");
    }

    /// <summary>Hands each line of the build's output on as it comes, and keeps its first error.</summary>
    private sealed class BuildReporter(IProgress<string>? progress, Action<string> failed) : IProgress<JSONMessage>
    {
        public void Report(JSONMessage value)
        {
            if (value.Error?.Message is { Length: > 0 } error)
            {
                failed(error);
                return;
            }

            var text = (value.Stream ?? value.Status)?.TrimEnd('\n', '\r');
            if (!string.IsNullOrEmpty(text))
            {
                progress?.Report(text);
            }
        }
    }
}
