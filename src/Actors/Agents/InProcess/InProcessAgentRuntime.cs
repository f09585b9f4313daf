using System.Collections.Concurrent;
using System.Globalization;
using NanoClaw.Containers.Agent.Events;

namespace NanoClaw.Actors.Agents.InProcess;

/// <summary>
/// An agent that runs inside the node process instead of a container, with a behaviour given as a
/// delegate: for tests and the routing benchmark, which measure the node without Docker. It keeps
/// the protocol's shape (events per turn, exactly one <see cref="RunnerDisconnected"/> at the end).
/// </summary>
public sealed class InProcessAgentRuntime : IAgentRuntime
{
    private readonly Func<InProcessTurn, Task> _behaviour;
    private readonly ConcurrentDictionary<string, InProcessSession> _live = new(StringComparer.Ordinal);
    private int _started;
    private int _peak;

    /// <param name="behaviour">Plays one turn: writes output, session and idle (or an error) to the turn's events.</param>
    public InProcessAgentRuntime(Func<InProcessTurn, Task>? behaviour = null) => _behaviour = behaviour ?? Echo;

    /// <summary>Called before each start; throw to make the start fail, or await to hold it.</summary>
    public Func<AgentRunRequest, CancellationToken, Task>? BeforeStart { get; set; }

    /// <summary>Runs started so far.</summary>
    public int Started => Volatile.Read(ref _started);

    /// <summary>Runs alive right now.</summary>
    public int Live => _live.Count;

    /// <summary>The most runs that were alive at once.</summary>
    public int PeakLive => Volatile.Read(ref _peak);

    /// <summary>The live runs by run id.</summary>
    public IReadOnlyDictionary<string, InProcessSession> Sessions => _live;

    /// <summary>The default behaviour: one output, <c>echo #&lt;turn&gt;: &lt;prompt&gt;</c>, a session id, then idle.</summary>
    public static async Task Echo(InProcessTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var session = turn.SessionId ?? "session-" + turn.Request.GroupFolder;
        await turn.Events.WriteAsync(new SessionAssigned(session), turn.Stopped).ConfigureAwait(false);
        await turn.Events.WriteAsync(new OutputProduced(string.Create(CultureInfo.InvariantCulture, $"echo #{turn.Number}: {turn.Prompt}")), turn.Stopped).ConfigureAwait(false);
        await turn.Events.WriteAsync(new TurnIdled(), turn.Stopped).ConfigureAwait(false);
    }

    public async Task<IAgentSession> StartAsync(AgentRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (BeforeStart is { } before)
        {
            await before(request, cancellationToken).ConfigureAwait(false);
        }

        Interlocked.Increment(ref _started);
        var session = new InProcessSession(request, _behaviour, s => _live.TryRemove(s.RunId, out _));
        _live[request.RunId] = session;
        var live = _live.Count;
        int peak;
        while (live > (peak = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, live, peak) != peak)
        {
        }

        return session;
    }
}
