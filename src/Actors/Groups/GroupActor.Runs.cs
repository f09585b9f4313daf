using Akka.Actor;
using NanoClaw.Actors.Runs;
using NanoClaw.Actors.Agents;

namespace NanoClaw.Actors.Groups;

public sealed partial class GroupActor
{
    private const string RetryTimer = "retry";
    private const string TypingTimer = "typing";
    private static readonly TimeSpan TypingRepeat = TimeSpan.FromSeconds(4);

    private IActorRef? _run;
    private string? _runId;

    /// <summary>A run that said it is ready before the supervisor's grant for it arrived.</summary>
    private string? _readyBeforeGrant;
    private RunKind _runKind;
    private Turn? _turn;
    private bool _waitingForSlot;
    private bool _ready;
    private bool _runClosing;
    private int _retries;
    private int _replyCounter;

    private void RunCommands()
    {
        Command<RunGranted>(OnGranted);
        Command<AgentReady>(OnAgentReady);
        Command<AgentClosing>(closing => { if (closing.RunId == _runId) _runClosing = true; });
        Command<AgentOutput>(output => { if (output.RunId == _runId) OnOutput(output.Text); });
        Command<AgentSessionAssigned>(assigned => { if (assigned.RunId == _runId) OnSession(assigned.SessionId); });
        Command<AgentTurnEnded>(ended => { if (ended.RunId == _runId) OnTurnEnded(); });
        Command<AgentTurnFailed>(failed => { if (failed.RunId == _runId) OnTurnFailed(failed.Reason); });
        Command<RunEnded>(OnRunEnded);
        Command<RunRefused>(refused =>
        {
            if (_waitingForSlot && _run is null)
            {
                _waitingForSlot = false;
                OnStartFailed(refused.Reason);
                Evaluate();
            }
        });
        Command<RetryDue>(_ => Evaluate());
        Command<TypingDue>(_ => { if (_turn is not null) Typing(_turn.ChatId, true); });
    }

    protected override void PostStop()
    {
        AbandonTasks("the group stopped during the run");
        _run?.Tell(new CloseRun("the group stopped"));
        if (_waitingForSlot)
        {
            _services.Containers.Tell(new CancelRunRequest(_group.Folder));
        }

        base.PostStop();
    }

    /// <summary>
    /// Starts a run or a follow-up turn when a pending message should wake the agent. A due task
    /// comes first: a warm message run is closed for it, and its run never takes follow-ups.
    /// </summary>
    private void Evaluate()
    {
        if (IsRecovering || (_taskQueue.Count == 0 && !HasWork()))
        {
            return;
        }

        if (_run is not null)
        {
            if (_ready && !_runClosing && _turn is null && _runKind == RunKind.Message)
            {
                if (_taskQueue.Count > 0)
                {
                    _run.Tell(new CloseRun("a scheduled task is due"));
                }
                else
                {
                    StartTurn(first: false);
                }
            }

            return;
        }

        if (_waitingForSlot)
        {
            return;
        }

        var kind = _taskQueue.Count > 0 ? RunKind.Task : RunKind.Message;
        if (kind == RunKind.Task || !Timers.IsTimerActive(RetryTimer))
        {
            _waitingForSlot = true;
            var request = new AgentRunRequest(RunIds.Next(_services.Time), _group.Folder, _group.PrimaryChat, _group.IsMain, _services.Tools(_group), _group.Engine);
            _services.Containers.Tell(new RequestRun(request, kind), Self);
        }
    }

    private bool HasWork()
    {
        var allowlist = _services.Allowlist();
        return _gate.AnyTriggers(_pending.Where(p => p.Sequence > _cursor && !p.Message.IsFromAssistant).Select(p => p.Message), allowlist);
    }

    private void OnGranted(RunGranted granted)
    {
        if (!_waitingForSlot || _run is not null)
        {
            granted.Run.Tell(new CloseRun("not needed any more"));
            return;
        }

        _waitingForSlot = false;
        _run = granted.Run;
        _runId = granted.RunId;
        _runKind = granted.Kind;
        _replyCounter = 0;
        _ready = false;
        _runClosing = false;
        if (_readyBeforeGrant == granted.RunId)
        {
            _readyBeforeGrant = null;
            OnReady();
        }
    }

    /// <summary>
    /// The run's first word comes from the run actor, its grant from the supervisor: Akka orders
    /// messages per sender only, so a fast start can be heard before the grant. It is kept until then.
    /// </summary>
    private void OnAgentReady(AgentReady ready)
    {
        if (ready.RunId == _runId)
        {
            OnReady();
        }
        else if (_waitingForSlot)
        {
            _readyBeforeGrant = ready.RunId;
        }
    }

    /// <summary>The container is up: the first batch is taken now, so messages that came during its start ride along.</summary>
    private void OnReady()
    {
        _ready = true;
        if (_runKind == RunKind.Task ? !StartTaskTurn() : !StartTurn(first: true))
        {
            _run?.Tell(new CloseRun("nothing to do"));
        }
    }

    private bool StartTurn(bool first)
    {
        var batch = BatchSelector.Next(_pending, _cursor, _services.MaxMessagesPerPrompt);
        if (batch.IsEmpty)
        {
            return false;
        }

        var chat = batch.Messages[^1].ChatId;
        var prompt = _formatter.Format(batch.Messages);
        _turn = new Turn(batch.CursorAfter, chat);
        _run!.Tell(first ? new BeginTurn(prompt, _sessionId, IsScheduledTask: false) : new ContinueTurn(prompt));
        _services.Chats.SetWorking(chat, true);
        Typing(chat, true);
        Timers.StartPeriodicTimer(TypingTimer, TypingDue.Instance, TypingRepeat);
        return true;
    }

    private void OnOutput(string text)
    {
        if (OutputCleaner.ToChatText(text) is not { } reply)
        {
            return;
        }

        var chat = _turn?.ChatId ?? _group.PrimaryChat;
        if (_turn is not null)
        {
            _turn.Produced = true;
        }

        _activeTask?.Output.Add(reply);
        Reply(chat, reply, _turn is { IsTask: false } ? _turn.CursorAfter : 0);
    }

    private void OnSession(string sessionId)
    {
        if (_activeTask is { Task.UseGroupSession: false })
        {
            // An isolated task run has a session of its own; the group's stays as it was.
            return;
        }

        if (sessionId != _sessionId)
        {
            Persist(new SessionChanged(sessionId), e => _sessionId = e.SessionId);
        }
    }

    private void OnTurnEnded()
    {
        if (EndTurn() is not { } turn)
        {
            return;
        }

        if (turn.IsTask)
        {
            FinishTask(null);
            return;
        }

        _retries = 0;
        Persist(new CursorAdvanced(turn.CursorAfter), advanced =>
        {
            Apply(advanced);
            Evaluate();
        });
    }

    private void OnRunEnded(RunEnded ended)
    {
        if (ended.RunId != _runId)
        {
            return;
        }

        if (_turn is not null)
        {
            OnTurnFailed(ended.Reason);
        }
        else if (_activeTask is not null || (_runKind == RunKind.Task && ended.Failed && _taskQueue.Count > 0))
        {
            ActivateQueuedTask();
            FinishTask($"the agent could not run the task: {ended.Reason}");
        }
        else if (ended.Failed && !_ready)
        {
            OnStartFailed(ended.Reason);
        }

        _run = null;
        _runId = null;
        _ready = false;
        Evaluate();
    }

    private Turn? EndTurn()
    {
        var turn = _turn;
        _turn = null;
        if (turn is not null)
        {
            Timers.Cancel(TypingTimer);
            _services.Chats.SetWorking(turn.ChatId, false);
            Typing(turn.ChatId, false);
        }

        return turn;
    }

    private sealed class Turn(long cursorAfter, string chatId, bool isTask = false)
    {
        public long CursorAfter { get; } = cursorAfter;

        public string ChatId { get; } = chatId;

        public bool IsTask { get; } = isTask;

        public bool Produced { get; set; }
    }

    private sealed record RetryDue
    {
        public static readonly RetryDue Instance = new();
    }

    private sealed record TypingDue
    {
        public static readonly TypingDue Instance = new();
    }
}
