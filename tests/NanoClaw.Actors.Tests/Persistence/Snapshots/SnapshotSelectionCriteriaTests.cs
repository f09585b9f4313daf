using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Tests.Persistence.Snapshots;

public sealed class SnapshotSelectionCriteriaTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Latest_AnySnapshot_Matches() =>
        Assert.True(SnapshotSelectionCriteria.Latest.IsMatch(new SnapshotMetadata("a", long.MaxValue, DateTimeOffset.MaxValue)));

    [Fact]
    public void None_AnySnapshot_DoesNotMatch() =>
        Assert.False(SnapshotSelectionCriteria.None.IsMatch(new SnapshotMetadata("a", 1, T0)));

    [Fact]
    public void IsMatch_BoundsAreInclusive()
    {
        var criteria = new SnapshotSelectionCriteria(10, T0.AddHours(1), 5, T0);

        Assert.True(criteria.IsMatch(new SnapshotMetadata("a", 10, T0.AddHours(1))));
        Assert.True(criteria.IsMatch(new SnapshotMetadata("a", 5, T0)));
        Assert.False(criteria.IsMatch(new SnapshotMetadata("a", 11, T0)));
        Assert.False(criteria.IsMatch(new SnapshotMetadata("a", 4, T0)));
        Assert.False(criteria.IsMatch(new SnapshotMetadata("a", 7, T0.AddHours(2))));
        Assert.False(criteria.IsMatch(new SnapshotMetadata("a", 7, T0.AddTicks(-1))));
    }

    [Fact]
    public void Limit_LowerSequenceNr_NarrowsMaxOnly()
    {
        Assert.Equal(SnapshotSelectionCriteria.Latest with { MaxSequenceNr = 42 }, SnapshotSelectionCriteria.Latest.Limit(42));
        Assert.Equal(new SnapshotSelectionCriteria(5, T0), new SnapshotSelectionCriteria(5, T0).Limit(42));
    }
}
