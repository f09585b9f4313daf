namespace NanoClaw.Actors.Persistence.Journal;

/// <summary>
/// Events of one persistence id that are stored all together or not at all (one <c>PersistAll</c>).
/// </summary>
public sealed class AtomicWrite
{
    /// <summary>Creates the write.</summary>
    /// <exception cref="ArgumentException">
    /// The list is empty, mixes persistence ids, or its sequence numbers are not consecutive from 1 up.
    /// </exception>
    public AtomicWrite(IReadOnlyList<PersistentRepresentation> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("An atomic write holds at least one event.", nameof(events));
        }

        var first = events[0];
        if (first.SequenceNr < 1)
        {
            throw new ArgumentException($"Sequence numbers start at 1, got {first.SequenceNr}.", nameof(events));
        }

        for (var i = 1; i < events.Count; i++)
        {
            if (events[i].PersistenceId != first.PersistenceId)
            {
                throw new ArgumentException("An atomic write belongs to one persistence id.", nameof(events));
            }

            if (events[i].SequenceNr != first.SequenceNr + i)
            {
                throw new ArgumentException("Sequence numbers within an atomic write are consecutive.", nameof(events));
            }
        }

        Events = events;
    }

    /// <summary>Creates a write of a single event.</summary>
    public AtomicWrite(PersistentRepresentation single)
        : this([single])
    {
    }

    public IReadOnlyList<PersistentRepresentation> Events { get; }

    public string PersistenceId => Events[0].PersistenceId;

    public long LowestSequenceNr => Events[0].SequenceNr;

    public long HighestSequenceNr => Events[^1].SequenceNr;
}
