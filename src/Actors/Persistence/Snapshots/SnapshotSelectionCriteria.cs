namespace NanoClaw.Actors.Persistence.Snapshots;

/// <summary>
/// Which snapshots an operation considers, with Akka semantics: a snapshot matches when
/// <see cref="MinSequenceNr"/> ≤ its sequence nr ≤ <see cref="MaxSequenceNr"/> and
/// <see cref="MinTimestamp"/> ≤ its timestamp ≤ <see cref="MaxTimestamp"/> (all bounds inclusive).
/// </summary>
public sealed record SnapshotSelectionCriteria(
    long MaxSequenceNr,
    DateTimeOffset MaxTimestamp,
    long MinSequenceNr = 0,
    DateTimeOffset MinTimestamp = default)
{
    /// <summary>Every snapshot; loading with it yields the newest one.</summary>
    public static readonly SnapshotSelectionCriteria Latest = new(long.MaxValue, DateTimeOffset.MaxValue);

    /// <summary>No snapshot; recovering with it replays every event.</summary>
    public static readonly SnapshotSelectionCriteria None = new(0, DateTimeOffset.MinValue);

    /// <summary>Whether the snapshot described by <paramref name="metadata"/> matches.</summary>
    public bool IsMatch(SnapshotMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.SequenceNr <= MaxSequenceNr
            && metadata.Timestamp <= MaxTimestamp
            && metadata.SequenceNr >= MinSequenceNr
            && metadata.Timestamp >= MinTimestamp;
    }

    /// <summary>
    /// These criteria narrowed to snapshots at or before <paramref name="toSequenceNr"/> (Akka's
    /// <c>Limit</c>, used when recovery stops at a given sequence number).
    /// </summary>
    public SnapshotSelectionCriteria Limit(long toSequenceNr) =>
        toSequenceNr < MaxSequenceNr ? this with { MaxSequenceNr = toSequenceNr } : this;
}
