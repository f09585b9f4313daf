namespace NanoClaw.Containers.ModelProxy;

/// <summary>
/// One agent run's standing with the proxy: the group its token maps to and the turn it is in,
/// so usage can be attributed per group per turn.
/// </summary>
public sealed class ProxyRun
{
    private int _turn;

    internal ProxyRun(string token, string groupFolder)
    {
        Token = token;
        GroupFolder = groupFolder;
    }

    public string Token { get; }

    public string GroupFolder { get; }

    /// <summary>The current turn, 0 before the first <see cref="BeginTurn"/>.</summary>
    public int Turn => Volatile.Read(ref _turn);

    /// <summary>Called by the host whenever it sends the runner a prompt (start or follow-up).</summary>
    public int BeginTurn() => Interlocked.Increment(ref _turn);
}
