namespace NanoClaw.Actors.Runs;

/// <summary>What a run is for; scheduled tasks get slots before messages.</summary>
public enum RunKind
{
    Message,
    Task,
}
