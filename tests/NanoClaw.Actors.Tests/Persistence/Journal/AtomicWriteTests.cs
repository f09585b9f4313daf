using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.Journal;

public sealed class AtomicWriteTests
{
    private static PersistentRepresentation Event(string persistenceId, long sequenceNr) =>
        new(persistenceId, sequenceNr, "m", [], default, "w");

    [Fact]
    public void Constructor_ConsecutiveEventsOfOneId_ExposesRange()
    {
        var write = new AtomicWrite([Event("a", 4), Event("a", 5), Event("a", 6)]);

        Assert.Equal(("a", 4L, 6L), (write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr));
    }

    [Fact]
    public void Constructor_NoEvents_Throws() => Assert.Throws<ArgumentException>(() => new AtomicWrite([]));

    [Fact]
    public void Constructor_TwoPersistenceIds_Throws() =>
        Assert.Throws<ArgumentException>(() => new AtomicWrite([Event("a", 1), Event("b", 2)]));

    [Fact]
    public void Constructor_GapInSequenceNrs_Throws() =>
        Assert.Throws<ArgumentException>(() => new AtomicWrite([Event("a", 1), Event("a", 3)]));

    [Fact]
    public void Constructor_SequenceNrBelowOne_Throws() =>
        Assert.Throws<ArgumentException>(() => new AtomicWrite(Event("a", 0)));
}
