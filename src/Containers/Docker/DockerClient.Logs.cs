using System.Runtime.CompilerServices;
using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Docker;

public sealed partial class DockerClient
{
    private const string MultiplexedMediaType = "application/vnd.docker.multiplexed-stream";
    private const string RawMediaType = "application/vnd.docker.raw-stream";

    /// <summary>
    /// <c>GET /containers/{id}/logs</c>: the container's output as it arrives. With
    /// <see cref="ContainerLogsParameters.Follow"/> the sequence ends when the container exits.
    /// Multiplexed frames are decoded into stdout/stderr chunks; a TTY container's raw stream is
    /// reported as stdout.
    /// </summary>
    public async IAsyncEnumerable<LogChunk> ReadLogsAsync(
        string id,
        ContainerLogsParameters parameters,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var path = $"containers/{Escape(id)}/logs?follow={Flag(parameters.Follow)}&stdout={Flag(parameters.Stdout)}&stderr={Flag(parameters.Stderr)}";
        using var response = await SendUnboundedAsync(HttpMethod.Get, path, null, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var raw = mediaType switch
        {
            RawMediaType => true,
            MultiplexedMediaType => false,
            _ => parameters.Tty,
        };
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var chunks = raw
                ? LogStreamDecoder.ReadRawAsync(stream, cancellationToken)
                : LogStreamDecoder.ReadMultiplexedAsync(stream, cancellationToken);
            await foreach (var chunk in chunks.ConfigureAwait(false))
            {
                yield return chunk;
            }
        }
    }

    private static string Flag(bool value) => value ? "1" : "0";
}
