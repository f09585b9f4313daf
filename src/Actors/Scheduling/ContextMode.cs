namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// Which session a scheduled run uses. Wire names: <c>isolated</c>, <c>group</c>. The default is
/// <see cref="Isolated"/>, for the tools, the API and a missing value alike.
/// </summary>
public enum ContextMode
{
    /// <summary>A fresh session for every run.</summary>
    Isolated,

    /// <summary>The group's current session, resumed.</summary>
    Group,
}
