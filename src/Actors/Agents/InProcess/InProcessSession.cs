using System.Threading.Channels;
using NanoClaw.Containers.Agent.Events;

namespace NanoClaw.Actors.Agents.InProcess;

/// <summary>One in-process agent run; see <see cref="InProcessAgentRuntime"/>.</summary>
public sealed class InProcessSession : IAgentSession
{
    private readonly Func<InProcessTurn, Task> _behaviour;
    private readonly Action<InProcessSession> _ended;
    private readonly Channel<AgentEvent> _events = Channel.CreateUnbounded<AgentEvent>();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private Task _turn = Task.CompletedTask;
    private int _turns;

    internal InProcessSession(AgentRunRequest request, Func<InProcessTurn, Task> behaviour, Action<InProcessSession> ended)
    {
        Request = request;
        _behaviour = behaviour;
        _ended = ended;
    }

    public AgentRunRequest Request { get; }

    public string RunId => Request.RunId;

    public ChannelReader<AgentEvent> Events => _events.Reader;

    public Task Completion => _completion.Task;

    /// <summary>The prompts this run was given, in order.</summary>
    public List<string> Prompts { get; } = [];

    public Task StartAsync(string prompt, string? sessionId, bool isScheduledTask, CancellationToken cancellationToken) =>
        Play(prompt, sessionId, isScheduledTask);

    public Task SendFollowUpAsync(string prompt, CancellationToken cancellationToken) => Play(prompt, null, false);

    public Task CloseAsync(CancellationToken cancellationToken)
    {
        _ = EndAfterTurnAsync();
        return Task.CompletedTask;
    }

    /// <summary>Ends the run as a crash would: mid-turn if a turn is playing.</summary>
    public void Crash(string reason) => End(midTurn: !_turn.IsCompleted, reason);

    public async ValueTask DisposeAsync()
    {
        End(midTurn: !_turn.IsCompleted, "stopped");
        await _completion.Task.ConfigureAwait(false);
        _stop.Dispose();
    }

    private Task Play(string prompt, string? sessionId, bool isScheduledTask)
    {
        lock (_gate)
        {
            Prompts.Add(prompt);
            var turn = new InProcessTurn(Request, prompt, ++_turns, sessionId, isScheduledTask, _events.Writer, _stop.Token);
            var previous = _turn;
            _turn = Task.Run(async () =>
            {
                await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                await _behaviour(turn).ConfigureAwait(false);
            });
        }

        return Task.CompletedTask;
    }

    private async Task EndAfterTurnAsync()
    {
        await _turn.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        End(midTurn: false, "closed");
    }

    private void End(bool midTurn, string reason)
    {
        lock (_gate)
        {
            if (_completion.Task.IsCompleted)
            {
                return;
            }

            _stop.Cancel();
            _events.Writer.TryWrite(new RunnerDisconnected(midTurn, reason));
            _events.Writer.TryComplete();
            _completion.TrySetResult();
        }

        _ended(this);
    }
}
