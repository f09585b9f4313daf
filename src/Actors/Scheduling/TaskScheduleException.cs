namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// A task schedule or option that does not validate. The message is one sentence for the agent or
/// the owner: what was given, and what is allowed.
/// </summary>
public sealed class TaskScheduleException : FormatException
{
    public TaskScheduleException(string message)
        : base(message)
    {
    }

    public TaskScheduleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
