namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// The prompt of a scheduled run, prefixed as NanoClaw v1 does so the agent knows nobody is
/// waiting at the keyboard: the marker line, a blank line, then the task's prompt.
/// </summary>
public static class ScheduledPrompt
{
    public const string Prefix =
        "[SCHEDULED TASK - The following message was sent automatically and is not coming directly from the user or group.]";

    public static string Format(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return $"{Prefix}\n\n{prompt}";
    }
}
