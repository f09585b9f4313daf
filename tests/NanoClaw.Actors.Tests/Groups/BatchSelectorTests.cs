using NanoClaw.Actors.Groups;

namespace NanoClaw.Actors.Tests.Groups;

public sealed class BatchSelectorTests
{
    [Fact]
    public void Next_NothingAfterCursor_IsEmptyAndKeepsCursor()
    {
        var batch = BatchSelector.Next([Messages.Pending(1, "old"), Messages.Pending(2, "older")], cursor: 2);

        Assert.True(batch.IsEmpty);
        Assert.Equal(2, batch.CursorAfter);
        Assert.Equal(0, batch.Skipped);
    }

    [Fact]
    public void Next_MessagesAfterCursor_AllInSequenceOrderAndCursorAtNewest()
    {
        var batch = BatchSelector.Next(
            [Messages.Pending(5, "five"), Messages.Pending(3, "three"), Messages.Pending(4, "four"), Messages.Pending(2, "done")],
            cursor: 2);

        Assert.Equal(["three", "four", "five"], batch.Messages.Select(m => m.Text));
        Assert.Equal(5, batch.CursorAfter);
        Assert.Equal(0, batch.Skipped);
    }

    [Theory]
    [InlineData(12, 10, new[] { 3, 12 }, 2)]
    [InlineData(10, 10, new[] { 1, 10 }, 0)]
    [InlineData(5, 1, new[] { 5, 5 }, 4)]
    public void Next_OverTheCap_KeepsTheNewestAndSkipsTheOlder(int count, int cap, int[] firstAndLast, int skipped)
    {
        var pending = Enumerable.Range(1, count).Select(i => Messages.Pending(i, "m" + i));

        var batch = BatchSelector.Next(pending, cursor: 0, cap);

        Assert.Equal(Math.Min(count, cap), batch.Messages.Count);
        Assert.Equal("m" + firstAndLast[0], batch.Messages[0].Text);
        Assert.Equal("m" + firstAndLast[1], batch.Messages[^1].Text);
        Assert.Equal(count, batch.CursorAfter);
        Assert.Equal(skipped, batch.Skipped);
    }

    [Fact]
    public void Next_DefaultCap_IsTen()
    {
        var batch = BatchSelector.Next(Enumerable.Range(1, 15).Select(i => Messages.Pending(i, "m" + i)), cursor: 0);

        Assert.Equal(10, batch.Messages.Count);
    }

    [Fact]
    public void Next_AssistantAndEmptyMessages_AreLeftOutButPassed()
    {
        var batch = BatchSelector.Next(
            [Messages.Pending(1, "question"), Messages.Pending(2, "answer", fromAssistant: true), Messages.Pending(3, "")],
            cursor: 0);

        Assert.Equal(["question"], batch.Messages.Select(m => m.Text));
        Assert.Equal(3, batch.CursorAfter);
        Assert.Equal(2, batch.Skipped);
    }

    [Fact]
    public void Next_OnlyAssistantMessages_IsEmptyButMovesCursor()
    {
        var batch = BatchSelector.Next([Messages.Pending(7, "reply", fromAssistant: true)], cursor: 6);

        Assert.True(batch.IsEmpty);
        Assert.Equal(7, batch.CursorAfter);
    }

    [Fact]
    public void Next_CapBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BatchSelector.Next([], 0, 0));
    }
}
