using System.Net.Sockets;
using NanoClaw.Containers.Docker;

namespace NanoClaw.Host.Tests.Support;

/// <summary>Answers once per test run whether an engine's socket accepts connections.</summary>
internal static class DockerProbe
{
    private static readonly Lazy<string?> Unreachable = new(Probe);

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the engine cannot be reached, or null when it can.</summary>
    public static string? UnreachableReason => Unreachable.Value;

    private static string? Probe()
    {
        DockerClientOptions options;
        try
        {
            options = DockerClientOptions.FromEnvironment();
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }

        if (!File.Exists(options.SocketPath))
        {
            return $"no socket at {options.SocketPath}";
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(options.SocketPath));
            return null;
        }
        catch (SocketException ex)
        {
            return $"{options.SocketPath}: {ex.Message}";
        }
    }
}
