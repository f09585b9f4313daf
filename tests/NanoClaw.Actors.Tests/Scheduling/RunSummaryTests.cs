using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tests.Scheduling;

public sealed class RunSummaryTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Truncate_LongText_KeepsFirst200Characters()
    {
        var text = new string('a', 150) + new string('b', 100);

        Assert.Equal(new string('a', 150) + new string('b', 50), RunSummary.Truncate(text));
    }

    [Fact]
    public void Truncate_ShortOrNull_Unchanged()
    {
        Assert.Equal("done", RunSummary.Truncate("done"));
        Assert.Null(RunSummary.Truncate(null));
        Assert.Equal(200, RunSummary.Truncate(new string('x', 200))!.Length);
    }

    [Fact]
    public void Truncate_SurrogatePairAtTheCut_DropsTheWholePair()
    {
        var text = new string('a', 199) + "😀" + "tail";

        Assert.Equal(new string('a', 199), RunSummary.Truncate(text));
    }

    [Fact]
    public void Succeeded_LongResult_RecordsDurationAndTruncatedResult()
    {
        var run = TaskRunRecord.Succeeded("task-1", Start, Start.AddSeconds(42), new string('r', 500));

        Assert.Equal(TimeSpan.FromSeconds(42), run.Duration);
        Assert.Equal(RunStatus.Success, run.Status);
        Assert.Equal(200, run.Result!.Length);
        Assert.Null(run.Error);
        Assert.Equal(run.Result, run.LastResult);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void LastResult_SuccessWithoutText_IsCompleted(string? result)
    {
        Assert.Equal("Completed", TaskRunRecord.Succeeded("task-1", Start, Start, result).LastResult);
    }

    [Fact]
    public void Failed_LongError_KeepsErrorAndPrefixesLastResult()
    {
        var run = TaskRunRecord.Failed("task-1", Start, Start.AddSeconds(3), "container exited with code 137" + new string('.', 300));

        Assert.Equal(RunStatus.Error, run.Status);
        Assert.Null(run.Result);
        Assert.Equal(200, run.Error!.Length);
        Assert.StartsWith("Error: container exited with code 137", run.LastResult, StringComparison.Ordinal);
        Assert.Equal(200, run.LastResult.Length);
    }

    [Fact]
    public void Interrupted_Run_HasNoDurationAndSaysItIsNotRepeated()
    {
        var run = TaskRunRecord.Interrupted("task-1", Start);

        Assert.Equal(new TaskRunRecord("task-1", Start, null, RunStatus.Interrupted, null, TaskRunRecord.InterruptedReason), run);
        Assert.Equal("Interrupted: the node stopped during this run; it is not repeated", run.LastResult);
    }
}
