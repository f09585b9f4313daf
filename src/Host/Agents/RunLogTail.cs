namespace NanoClaw.Host.Agents;

/// <summary>The end of a run's log, to quote in an error.</summary>
internal static class RunLogTail
{
    public const int Lines = 20;

    public const int MaxChars = 2000;

    public static async Task<string> ReadAsync(string logFile)
    {
        try
        {
            var lines = await File.ReadAllLinesAsync(logFile).ConfigureAwait(false);
            var tail = string.Join(Environment.NewLine, lines.TakeLast(Lines));
            return tail.Length <= MaxChars ? tail : tail[^MaxChars..];
        }
        catch (IOException ex)
        {
            return $"(log unreadable: {ex.Message})";
        }
        catch (UnauthorizedAccessException ex)
        {
            return $"(log unreadable: {ex.Message})";
        }
    }
}
