namespace NanoClaw.Containers.Docker.Models;

/// <summary>Parameters of <c>GET /containers/{id}/logs</c>.</summary>
/// <param name="Follow">Keep the stream open until the container exits.</param>
/// <param name="Stdout">Include the container's standard output.</param>
/// <param name="Stderr">Include the container's standard error.</param>
/// <param name="Tty">The container was created with a TTY: its log is a raw stream, not
/// multiplexed frames. The engine's content type overrides this when it names the format.</param>
public sealed record ContainerLogsParameters(
    bool Follow = true,
    bool Stdout = true,
    bool Stderr = true,
    bool Tty = false);
