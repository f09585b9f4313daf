namespace NanoClaw.Containers.ModelProxy;

/// <summary>
/// Token counts per group per turn, as the upstream reported them. Kept in memory; a later issue
/// persists it and shows cost.
/// </summary>
public sealed class TokenUsageLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Group, int Turn), TurnUsage> _usage = [];

    public void Record(string groupFolder, int turn, long inputTokens, long outputTokens)
    {
        lock (_gate)
        {
            var key = (groupFolder, turn);
            var current = _usage.GetValueOrDefault(key) ?? new TurnUsage(groupFolder, turn, 0, 0);
            _usage[key] = current with
            {
                InputTokens = current.InputTokens + inputTokens,
                OutputTokens = current.OutputTokens + outputTokens,
            };
        }
    }

    /// <summary>The group's turns in turn order.</summary>
    public IReadOnlyList<TurnUsage> ForGroup(string groupFolder)
    {
        lock (_gate)
        {
            return [.. _usage.Values.Where(u => u.GroupFolder == groupFolder).OrderBy(u => u.Turn)];
        }
    }
}
