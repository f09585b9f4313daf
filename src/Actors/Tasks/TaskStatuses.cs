namespace NanoClaw.Actors.Tasks;

/// <summary>The states of a task, as the tools and the API name them.</summary>
public static class TaskStatuses
{
    public const string Active = "active";
    public const string Paused = "paused";
    public const string Completed = "completed";
}
