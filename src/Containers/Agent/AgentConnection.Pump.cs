using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using NanoClaw.AgentProtocol;
using NanoClaw.Containers.Agent.Events;
using NanoClaw.Containers.Agent.Tools;

namespace NanoClaw.Containers.Agent;

public sealed partial class AgentConnection
{
    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        var reason = "end of stream";
        try
        {
            while (true)
            {
                var read = await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (read.IsEndOfStream)
                {
                    break;
                }

                var decoded = read.IsTooLong
                    ? DecodeResult.Fail(DecodeFailure.TooLong, $"line of {read.Length} bytes exceeds {ProtocolLimits.MaxLineBytes}")
                    : ProtocolCodec.Decode(read.Line);
                await DispatchAsync(decoded, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            reason = ex.Message;
        }
        catch (OperationCanceledException)
        {
            reason = "connection disposed";
        }

        var midTurn = _turnActive && !_closing;
        if (midTurn)
        {
            LogVanished(Identity.GroupFolder, reason);
        }

        _events.Writer.TryWrite(new RunnerDisconnected(midTurn, reason));
        _events.Writer.TryComplete();
    }

    private async Task DispatchAsync(DecodeResult decoded, CancellationToken cancellationToken)
    {
        switch (decoded.Message)
        {
            case null:
                await RejectLineAsync(decoded.Failure, decoded.Detail, cancellationToken).ConfigureAwait(false);
                break;
            case OutputMessage output:
                Publish(new OutputProduced(output.Text));
                break;
            case SessionMessage session:
                Publish(new SessionAssigned(session.SessionId));
                break;
            case IdleMessage:
                _turnActive = false;
                Publish(new TurnIdled());
                break;
            case ErrorMessage error:
                _turnActive = false;
                LogRunnerError(Identity.GroupFolder, error.Message);
                Publish(new ErrorReported(error.Message, error.Retryable));
                break;
            case LogMessage log:
                LogFromRunner(LevelOf(log.Level), Identity.GroupFolder, log.Message);
                Publish(new LogReceived(log.Level, log.Message));
                break;
            case ToolRequestMessage request:
                // Not awaited: a slow tool must not hold up the runner's other lines.
                _ = AnswerToolAsync(request, cancellationToken);
                break;
            default:
                await RejectLineAsync(DecodeFailure.UnknownType, $"'{decoded.Message.GetType().Name}' is not a runner message", cancellationToken)
                    .ConfigureAwait(false);
                break;
        }
    }

    private async Task RejectLineAsync(DecodeFailure failure, string detail, CancellationToken cancellationToken)
    {
        LogRejected(Identity.GroupFolder, failure, detail);
        Publish(new ProtocolViolated(failure, detail));
        await TrySendAsync(new ErrorMessage($"Rejected line ({failure}): {detail}", Retryable: false), cancellationToken).ConfigureAwait(false);
    }

    private async Task AnswerToolAsync(ToolRequestMessage request, CancellationToken cancellationToken)
    {
        HostToolResult result;
        try
        {
            result = await _toolHandler.HandleAsync(new HostToolRequest(Identity, request.Name, request.Arguments), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            LogToolFailed(ex, Identity.GroupFolder, request.Name);
            result = HostToolResult.Refused($"The host could not run {request.Name}: {ex.Message}");
        }

        Publish(new ToolRequestHandled(request.RequestId, request.Name, result));
        await TrySendAsync(new ToolResultMessage(request.RequestId, result.Content, result.IsError), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The runner's log levels; anything unknown is logged as information.</summary>
    private static LogLevel LevelOf(string level) => level switch
    {
        "debug" => LogLevel.Debug,
        "warn" or "warning" => LogLevel.Warning,
        "error" => LogLevel.Error,
        _ => LogLevel.Information,
    };

    private void Publish(AgentEvent agentEvent) => _events.Writer.TryWrite(agentEvent);

    /// <summary>Answers the runner unless it is already gone; the pump reports the disconnect.</summary>
    private async Task TrySendAsync(ProtocolMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await _writer.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            LogSendFailed(Identity.GroupFolder, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent runner of group {Group} sent a bad line ({Failure}): {Detail}")]
    private partial void LogRejected(string group, DecodeFailure failure, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Agent runner of group {Group} disappeared mid-turn: {Reason}")]
    private partial void LogVanished(string group, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent runner of group {Group} reported an error: {Message}")]
    private partial void LogRunnerError(string group, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Host tool {Tool} failed for group {Group}")]
    private partial void LogToolFailed(Exception exception, string group, string tool);

    [LoggerMessage(Message = "Agent runner of group {Group}: {Message}")]
    private partial void LogFromRunner(LogLevel level, string group, string message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not answer the runner of group {Group}: {Reason}")]
    private partial void LogSendFailed(string group, string reason);
}
