namespace NanoClaw.Actors.Tests.Persistence.Actors;

/// <summary>Persists the events one Persist call each (or one PersistAll when atomic); replies <see cref="Persisted"/> per event.</summary>
public sealed record PersistEvents(IReadOnlyList<object> Events, bool Atomic = false, bool Async = false)
{
    public PersistEvents(params object[] events)
        : this((IReadOnlyList<object>)events)
    {
    }
}

/// <summary>Persists <paramref name="Outer"/>, and <paramref name="Inner"/> from the outer handler.</summary>
public sealed record PersistNested(object Outer, object Inner);

public sealed record DeferEvent(object Event);

public sealed record Echo(string Text);

public sealed record GetState;

public sealed record TakeSnapshot;

public sealed record DeleteTo(long SequenceNr);

public sealed record FailNow(string Reason);

public sealed record Persisted(object Event, long SequenceNr);

public sealed record Deferred(object Event);

public sealed record CounterView(int Total, IReadOnlyList<string> History, long LastSequenceNr);

public sealed record Recovered(long LastSequenceNr, int Total, IReadOnlyList<string> History);

public sealed record Rejected(object Event, long SequenceNr, Exception Cause);

public sealed record PersistFailed(object Event, long SequenceNr, Exception Cause);

public sealed record RecoveryFailedReport(Exception Cause, object? Event);
