namespace NanoClaw.Containers.Docker.Models;

/// <summary>
/// Parameters of <c>POST /build</c>. The build always runs with network none (no step may reach
/// a registry or the internet) and removes intermediate containers.
/// </summary>
/// <param name="Tag">The name the built image gets, e.g. <c>nanoclaw-agent:latest</c>.</param>
/// <param name="Dockerfile">The Dockerfile's path inside the context. The default is <c>Dockerfile</c>.</param>
/// <param name="BuildArgs">Values for the Dockerfile's <c>ARG</c>s.</param>
/// <param name="Labels">Labels added to the built image (e.g. the inputs hash).</param>
/// <param name="NoCache">Ignore the engine's layer cache.</param>
public sealed record ImageBuildParameters(
    string Tag,
    string Dockerfile = "Dockerfile",
    IReadOnlyDictionary<string, string>? BuildArgs = null,
    IReadOnlyDictionary<string, string>? Labels = null,
    bool NoCache = false);
