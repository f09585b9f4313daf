namespace NanoClaw.Actors.Groups;

/// <summary>Recognises a runner's report that the session it was asked to resume does not exist.</summary>
public static class StaleSession
{
    public static bool IsReported(string? reason) =>
        reason is not null
        && reason.Contains("session", StringComparison.OrdinalIgnoreCase)
        && (reason.Contains("not found", StringComparison.OrdinalIgnoreCase) || reason.Contains("unknown format", StringComparison.OrdinalIgnoreCase));
}
