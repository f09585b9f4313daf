using Akka.Actor;
using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Runs;

namespace NanoClaw.Actors.Groups;

public sealed partial class GroupActor
{
    /// <summary>
    /// A turn failed. After partial output the batch counts as answered (no duplicate replies) and
    /// the failure is reported; before any output the batch stays pending and is retried with
    /// backoff, and after the last retry the user is told and the batch is passed over.
    /// </summary>
    private void OnTurnFailed(string reason)
    {
        if (EndTurn() is { } turn)
        {
            OnFailed(turn, reason);
        }
    }

    /// <summary>The run ended before its first turn began (the container could not start).</summary>
    private void OnStartFailed(string reason)
    {
        var batch = BatchSelector.Next(_pending, _cursor, _services.MaxMessagesPerPrompt);
        if (!batch.IsEmpty)
        {
            OnFailed(new Turn(batch.CursorAfter, batch.Messages[^1].ChatId), reason);
        }
    }

    private void OnFailed(Turn turn, string reason)
    {
        _run?.Tell(new CloseRun("the turn failed"));
        if (turn.IsTask)
        {
            FinishTask(reason);
            return;
        }

        if (StaleSession.IsReported(reason) && _sessionId is not null)
        {
            LogStaleSession(Logger, _group.Folder, _sessionId);
            Persist(new SessionChanged(null), e => _sessionId = e.SessionId);
            return;
        }

        if (turn.Produced)
        {
            LogFailedAfterOutput(Logger, _group.Folder, reason);
            _retries = 0;
            Persist(new CursorAdvanced(turn.CursorAfter), Apply);
            Reply(turn.ChatId, $"⚠️ I stopped part-way through my reply: {reason}", 0);
            return;
        }

        _retries++;
        if (_retries > _services.Retry.MaxRetries)
        {
            LogGaveUp(Logger, _group.Folder, _retries - 1, reason);
            _retries = 0;
            Persist(new CursorAdvanced(turn.CursorAfter), Apply);
            Reply(turn.ChatId, $"⚠️ Sorry, I could not process your message: {reason}", 0);
            return;
        }

        var delay = _services.Retry.DelayFor(_retries);
        LogRetrying(Logger, _group.Folder, _retries, _services.Retry.MaxRetries, delay.TotalSeconds, reason);
        Timers.StartSingleTimer(RetryTimer, RetryDue.Instance, delay);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {Folder}: run failed ({Reason}); retry {Retry} of {MaxRetries} in {Seconds:0.#} s")]
    private static partial void LogRetrying(ILogger logger, string folder, int retry, int maxRetries, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Group {Folder}: run failed after {Retries} retries ({Reason}); the user was told")]
    private static partial void LogGaveUp(ILogger logger, string folder, int retries, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Group {Folder}: run failed after part of the reply was sent ({Reason}); not repeating it")]
    private static partial void LogFailedAfterOutput(ILogger logger, string folder, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {Folder}: session {SessionId} is gone; starting a fresh one")]
    private static partial void LogStaleSession(ILogger logger, string folder, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {Folder}: the node stopped during a reply; batch up to {Cursor} counts as answered")]
    private static partial void LogResumedAfterReply(ILogger logger, string folder, long cursor);

    [LoggerMessage(Level = LogLevel.Error, Message = "Group {Folder}: writing {Event} to the journal failed ({Reason}); the group restarts after a pause and senders are asked to retry")]
    private static partial void LogPersistFailed(ILogger logger, string folder, string @event, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Group {Folder}: recovery from the journal failed ({Reason}); the group retries after a pause and refuses messages meanwhile")]
    private static partial void LogRecoveryFailed(ILogger logger, string folder, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {Folder}: snapshot failed: {Reason}")]
    private static partial void LogSnapshotFailed(ILogger logger, string folder, string reason);
}
