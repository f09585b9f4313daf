namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// The short texts a task keeps about its runs: the history's result or error and the task's
/// last result, each the first <see cref="Length"/> characters.
/// </summary>
public static class RunSummary
{
    /// <summary>The longest text kept: 200 characters.</summary>
    public const int Length = 200;

    /// <summary>The first <see cref="Length"/> characters, never splitting a surrogate pair.</summary>
    public static string? Truncate(string? text)
    {
        if (text is null || text.Length <= Length)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[Length - 1]) ? Length - 1 : Length;
        return text[..end];
    }

    /// <summary>
    /// The task's last result after <paramref name="run"/>: the result, <c>Completed</c> when the
    /// run succeeded without text, or <c>Error: …</c> / <c>Interrupted: …</c>.
    /// </summary>
    public static string LastResult(TaskRunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = run.Status switch
        {
            RunStatus.Success => string.IsNullOrWhiteSpace(run.Result) ? "Completed" : run.Result,
            RunStatus.Error => $"Error: {run.Error}",
            _ => $"Interrupted: {run.Error}",
        };
        return Truncate(text)!;
    }
}
