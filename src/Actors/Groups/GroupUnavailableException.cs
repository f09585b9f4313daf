namespace NanoClaw.Actors.Groups;

/// <summary>
/// The group's actor is down (restarting after a failed write) or did not confirm in time, so the
/// message was not stored. Nothing is lost: the sender keeps the message and sends it again with the
/// same id, which the group's dedupe makes safe.
/// </summary>
public sealed class GroupUnavailableException : Exception
{
    public GroupUnavailableException(string folder)
        : base($"group '{folder}' is restarting; send the message again with the same id")
    {
        Folder = folder;
    }

    public GroupUnavailableException(string folder, Exception innerException)
        : base($"group '{folder}' did not confirm the message in time; send it again with the same id", innerException)
    {
        Folder = folder;
    }

    public GroupUnavailableException()
        : this("?")
    {
    }

    public GroupUnavailableException(string message, string folder)
        : base(message)
    {
        Folder = folder;
    }

    public string Folder { get; }
}
