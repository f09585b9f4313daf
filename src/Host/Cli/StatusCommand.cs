using System.CommandLine;
using System.Globalization;
using NanoClaw.Host.Api.Contracts;

namespace NanoClaw.Host.Cli;

/// <summary><c>nanoclaw status</c>: groups, running containers and the waiting queue, as tables.</summary>
internal static class StatusCommand
{
    public static Command Create(Option<string?> config, Option<string?> url)
    {
        var status = new Command("status", "Show the running node's groups, containers and queue.") { url };
        ApiCommandRunner.SetAction(status, config, url, async (client, _, output, cancellationToken) =>
        {
            var node = await client.GetStatusAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(Format(node)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return status;
    }

    public static string Format(NodeStatus status)
    {
        var groups = new TextTable("GROUP", "STATE", "PENDING", "RETRIES", "ENGINE", "SESSION");
        foreach (var group in status.Groups)
        {
            groups.Add(group.Folder, group.State, Number(group.Pending), Number(group.Retries), group.Engine ?? "-", group.SessionId ?? "-");
        }

        var containers = new TextTable("RUN", "GROUP", "KIND", "STATE", "STARTED");
        foreach (var run in status.Containers)
        {
            containers.Add(run.RunId, run.Group, run.Kind, run.State, Time(run.Started));
        }

        var queue = new TextTable("GROUP", "KIND", "WAITING SINCE");
        foreach (var entry in status.Queue)
        {
            queue.Add(entry.Group, entry.Kind, Time(entry.Since));
        }

        return $"Groups ({status.Groups.Count})\n{(status.Groups.Count == 0 ? "none\n" : groups)}\n"
            + $"Containers ({status.Containers.Count} running, at most {status.MaxConcurrent})\n{(status.Containers.Count == 0 ? "none\n" : containers)}\n"
            + $"Queue ({status.Queue.Count} waiting)\n{(status.Queue.Count == 0 ? "none\n" : queue)}";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
