using System.Text;
using NanoClaw.Actors.Agents;

namespace NanoClaw.Host.Agents;

/// <summary>Unix socket paths are limited by the kernel (108 bytes on Linux, 104 on macOS, with the terminator).</summary>
public static class UnixSocketPath
{
    /// <summary>The longest path accepted, in UTF-8 bytes. Kept under both kernels' limits.</summary>
    public const int MaxBytes = 100;

    /// <exception cref="AgentStartException">The path is too long to bind.</exception>
    public static string Check(string path, string what)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = Encoding.UTF8.GetByteCount(path);
        if (bytes > MaxBytes)
        {
            throw new AgentStartException(
                $"The {what} socket path {path} is {bytes} bytes; unix sockets allow at most {MaxBytes}. "
                + "Move nanoclaw.data-dir to a shorter path (e.g. /var/lib/nanoclaw) or use a shorter group folder name.");
        }

        return path;
    }
}
