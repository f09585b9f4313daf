using System.Text;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Tests.Support;

/// <summary>Reads a container's whole log into stdout and stderr text.</summary>
internal static class LogCollector
{
    public static async Task<(string Stdout, string Stderr)> CollectAsync(
        DockerClient client, string id, bool tty = false, CancellationToken cancellationToken = default)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        await foreach (var chunk in client.ReadLogsAsync(id, new ContainerLogsParameters(Tty: tty), cancellationToken))
        {
            var target = chunk.Stream == LogStreamKind.Stderr ? stderr : stdout;
            target.Write(chunk.Data.Span);
        }

        return (Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
    }
}
