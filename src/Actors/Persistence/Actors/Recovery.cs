using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>
/// How a persistent actor recovers: from the newest snapshot matching <see cref="FromSnapshot"/>, then
/// the later events up to <see cref="ToSequenceNr"/>. The default is the latest snapshot and every event.
/// </summary>
public sealed record Recovery(SnapshotSelectionCriteria FromSnapshot, long ToSequenceNr = long.MaxValue)
{
    /// <summary>The newest snapshot, then every later event.</summary>
    public static readonly Recovery Default = new(SnapshotSelectionCriteria.Latest);

    /// <summary>
    /// Skips loading: the actor starts empty but continues numbering after the highest stored event.
    /// </summary>
    public static readonly Recovery None = new(SnapshotSelectionCriteria.None, 0);
}
