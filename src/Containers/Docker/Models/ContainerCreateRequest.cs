namespace NanoClaw.Containers.Docker.Models;

/// <summary>The body of <c>POST /containers/create</c> (the fields we use).</summary>
public sealed record ContainerCreateRequest
{
    public required string Image { get; init; }

    public IReadOnlyList<string>? Entrypoint { get; init; }

    public IReadOnlyList<string>? Cmd { get; init; }

    /// <summary><c>KEY=value</c> pairs.</summary>
    public IReadOnlyList<string>? Env { get; init; }

    public string? User { get; init; }

    public string? WorkingDir { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    public bool Tty { get; init; }

    public bool AttachStdout { get; init; } = true;

    public bool AttachStderr { get; init; } = true;

    public bool NetworkDisabled { get; init; }

    public HostConfig? HostConfig { get; init; }
}
