using Akka.Actor;
using IDeadLetterSuppression = Akka.Event.IDeadLetterSuppression;
using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Agent.Events;
using NanoClaw.Actors.Agents;

namespace NanoClaw.Actors.Runs;

public sealed partial class RunActor
{
    private void OnAgentEvent(AgentEvent agentEvent)
    {
        switch (agentEvent)
        {
            case OutputProduced output:
                Timers.StartSingleTimer(HardTimer, HardElapsed.Instance, _timings.HardTimeout);
                _owner.Tell(new AgentOutput(_request.RunId, output.Text));
                break;
            case SessionAssigned session:
                _owner.Tell(new AgentSessionAssigned(_request.RunId, session.SessionId));
                break;
            case TurnIdled:
                _busy = false;
                Timers.Cancel(HardTimer);
                Timers.StartSingleTimer(IdleTimer, IdleElapsed.Instance, _timings.IdleTimeout);
                Context.Parent.Tell(new RunBusy(_request.RunId, Busy: false));
                _owner.Tell(new AgentTurnEnded(_request.RunId));
                break;
            case ErrorReported error:
                _busy = false;
                Timers.Cancel(HardTimer);
                _owner.Tell(new AgentTurnFailed(_request.RunId, error.Message, error.Retryable));
                Self.Tell(new CloseRun("the turn failed"));
                break;
            case RunnerDisconnected disconnected:
                if (_busy)
                {
                    _owner.Tell(new AgentTurnFailed(_request.RunId, $"the agent stopped mid-turn: {disconnected.Reason}", Retryable: true));
                }

                Finish(disconnected.Reason, failed: _busy);
                break;
            case LogReceived log:
                LogAgent(Logger, _request.RunId, log.Level, log.Message);
                break;
            case ProtocolViolated violated:
                LogViolation(Logger, _request.RunId, violated.Failure.ToString(), violated.Detail);
                break;
            case ToolRequestHandled tool:
                LogTool(Logger, _request.RunId, tool.Name, tool.Result.IsError);
                break;
        }
    }

    private sealed record SessionOpened(IAgentSession Session);

    private sealed record SessionFailed(Exception Cause);

    private sealed record Pumped(AgentEvent Event) : IDeadLetterSuppression;

    private sealed record IdleElapsed
    {
        public static readonly IdleElapsed Instance = new();
    }

    private sealed record HardElapsed
    {
        public static readonly HardElapsed Instance = new();
    }

    private sealed record CloseElapsed
    {
        public static readonly CloseElapsed Instance = new();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: closing ({Reason})")]
    private static partial void LogClosing(ILogger logger, string runId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId}: could not send to the agent: {Reason}")]
    private static partial void LogSendFailed(ILogger logger, string runId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId} agent [{Level}]: {Message}")]
    private static partial void LogAgent(ILogger logger, string runId, string level, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: the agent broke the protocol ({Failure}): {Detail}")]
    private static partial void LogViolation(ILogger logger, string runId, string failure, string detail);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId}: host tool {Tool} (refused: {Refused})")]
    private static partial void LogTool(ILogger logger, string runId, string tool, bool refused);
}
