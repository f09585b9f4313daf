namespace NanoClaw.Actors.Tasks;

/// <summary>What <see cref="ChangeTask"/> does.</summary>
public enum TaskChange
{
    Pause,
    Resume,
    Cancel,
    RunNow,
}
