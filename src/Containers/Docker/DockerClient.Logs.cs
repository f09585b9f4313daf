using System.Runtime.CompilerServices;
using Docker.DotNet;
using NanoClaw.Containers.Docker.Models;
using EngineLogs = Docker.DotNet.Models.ContainerLogsParameters;
using ContainerLogsParameters = NanoClaw.Containers.Docker.Models.ContainerLogsParameters;

namespace NanoClaw.Containers.Docker;

public sealed partial class DockerClient
{
    private const int LogBufferBytes = 16 * 1024;

    /// <summary>A container's output as it comes, each chunk labelled stdout or stderr (one stream for a tty).</summary>
    public async IAsyncEnumerable<LogChunk> ReadLogsAsync(
        string id,
        ContainerLogsParameters parameters,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var request = new EngineLogs { Follow = parameters.Follow, ShowStdout = parameters.Stdout, ShowStderr = parameters.Stderr };
        using var stream = await CallAsync(
            $"logs of {id}", (engine, token) => engine.Containers.GetContainerLogsAsync(id, request, token), cancellationToken).ConfigureAwait(false);
        var buffer = new byte[LogBufferBytes];
        while (true)
        {
            var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            if (read.EOF)
            {
                yield break;
            }

            if (read.Count > 0)
            {
                var kind = read.Target == MultiplexedStream.TargetStream.StandardError ? LogStreamKind.Stderr : LogStreamKind.Stdout;
                yield return new LogChunk(kind, buffer.AsMemory(0, read.Count).ToArray());
            }
        }
    }
}
