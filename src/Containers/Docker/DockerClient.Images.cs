using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Docker;

public sealed partial class DockerClient
{
    /// <summary><c>GET /images/{name}/json</c>; throws <see cref="DockerApiException"/> (404) when absent.</summary>
    public Task<ImageInspect> InspectImageAsync(string name, CancellationToken cancellationToken = default) =>
        GetJsonAsync($"images/{Escape(name)}/json", DockerJsonContext.Default.ImageInspect, cancellationToken);

    /// <summary>Like <see cref="InspectImageAsync"/>, but an absent image is <see langword="null"/>.</summary>
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

    /// <summary><c>DELETE /images/{name}</c>; an absent image is not an error.</summary>
    public async Task RemoveImageAsync(string name, bool force = false, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await SendAsync(
                HttpMethod.Delete, $"images/{Escape(name)}?force={Flag(force)}", null, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerApiException ex) when (ex.IsNotFound)
        {
            // Already gone: the caller's intent holds.
        }
    }

    /// <summary>
    /// <c>POST /build</c> from a tar stream of the build context. Each line of build output is
    /// reported to <paramref name="progress"/> as it arrives; a failed step throws
    /// <see cref="DockerBuildException"/> with the engine's message. Returns the image id. The
    /// context stream is read to its end and disposed with the request.
    /// </summary>
    public async Task<string> BuildImageAsync(
        Stream tarContext,
        ImageBuildParameters parameters,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tarContext);
        ArgumentNullException.ThrowIfNull(parameters);
        var content = new StreamContent(tarContext);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        using var response = await SendUnboundedAsync(
            HttpMethod.Post, BuildPath(parameters), content, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadBuildProgressAsync(stream, parameters.Tag, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string BuildPath(ImageBuildParameters parameters)
    {
        var query = new StringBuilder("build?networkmode=none&rm=1&forcerm=1");
        query.Append("&t=").Append(Escape(parameters.Tag));
        query.Append("&dockerfile=").Append(Escape(parameters.Dockerfile));
        if (parameters.NoCache)
        {
            query.Append("&nocache=1");
        }

        if (parameters.BuildArgs is { Count: > 0 } args)
        {
            query.Append("&buildargs=").Append(Escape(JsonSerializer.Serialize(args, DockerJsonContext.Default.IReadOnlyDictionaryStringString)));
        }

        if (parameters.Labels is { Count: > 0 } labels)
        {
            query.Append("&labels=").Append(Escape(JsonSerializer.Serialize(labels, DockerJsonContext.Default.IReadOnlyDictionaryStringString)));
        }

        return query.ToString();
    }

    private static async Task<string> ReadBuildProgressAsync(
        Stream stream, string tag, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? imageId = null;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var entry = JsonSerializer.Deserialize(line, DockerJsonContext.Default.BuildProgressLine);
            if (entry is null)
            {
                continue;
            }

            if (entry.Error is not null || entry.ErrorDetail?.Message is not null)
            {
                throw new DockerBuildException(tag, entry.ErrorDetail?.Message ?? entry.Error!);
            }

            imageId = entry.Aux?.Id ?? imageId;
            var text = (entry.Stream ?? entry.Status)?.TrimEnd('\n', '\r');
            if (!string.IsNullOrEmpty(text))
            {
                progress?.Report(text);
            }
        }

        return imageId ?? throw new DockerBuildException(tag, "the build stream ended without naming an image");
    }
}
