using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using NanoClaw.AgentRunner.Agent;
using NanoClaw.AgentRunner.Host;

namespace NanoClaw.AgentRunner;

/// <summary>
/// The agent runner's entry point inside the container. Usage: <c>nanoclaw-agent-runner [socket]</c>;
/// paths default to the container's mounts (see <see cref="RunnerPaths"/>).
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        if (args is ["--version"])
        {
            await Console.Out.WriteLineAsync($"nanoclaw-agent-runner {version}").ConfigureAwait(false);
            return 0;
        }

        using var stop = new CancellationTokenSource();
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        var paths = RunnerPaths.FromEnvironment(args);
        HostLink link;
        try
        {
            link = await HostLink.ConnectAsync(paths.AgentSocket, version, stop.Token).ConfigureAwait(false);
        }
        catch (SocketException ex)
        {
            await Console.Error.WriteLineAsync($"cannot reach the host at {paths.AgentSocket}: {ex.Message}").ConfigureAwait(false);
            return 2;
        }

        await using (link.ConfigureAwait(false))
        {
            try
            {
                return await new RunnerSession(link, paths, TimeProvider.System).RunAsync(stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return 143;
            }
            catch (IOException ex)
            {
                await Console.Error.WriteLineAsync($"lost the host connection: {ex.Message}").ConfigureAwait(false);
                return 1;
            }
        }
    }
}
