using System.Reflection;

namespace NanoClaw.AgentRunner;

/// <summary>
/// The agent runner's entry point inside the container. Until the agent loop exists (its own
/// issue), this is a placeholder: <c>--version</c> prints the version, anything else exits 0.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--version"))
        {
            var version = typeof(Program).Assembly
                .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            Console.WriteLine($"nanoclaw-agent-runner {version} (placeholder: no agent loop yet)");
        }

        return 0;
    }
}
