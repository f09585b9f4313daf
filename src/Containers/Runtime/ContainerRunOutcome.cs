namespace NanoClaw.Containers.Runtime;

/// <summary>How a container run ended.</summary>
public enum ContainerRunOutcome
{
    /// <summary>The process exited by itself (with any exit code).</summary>
    Exited,

    /// <summary>Killed after the no-output timeout.</summary>
    TimedOut,

    /// <summary>Stopped (SIGTERM, then SIGKILL after the grace) because the caller cancelled.</summary>
    Stopped,
}
