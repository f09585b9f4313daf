namespace NanoClaw.Containers.Runtime;

/// <summary>The end of a container run. The container itself has been removed.</summary>
/// <param name="Name">The container's name.</param>
/// <param name="ExitCode">The process's exit code (137 when killed).</param>
/// <param name="Outcome">Why it ended.</param>
/// <param name="OomKilled">The kernel killed it for passing the memory limit.</param>
/// <param name="LogFile">The run's log (rotated copies beside it as <c>.1</c>, <c>.2</c>, …).</param>
/// <param name="Duration">From create to exit.</param>
public sealed record ContainerRunResult(
    string Name,
    long ExitCode,
    ContainerRunOutcome Outcome,
    bool OomKilled,
    string LogFile,
    TimeSpan Duration);
