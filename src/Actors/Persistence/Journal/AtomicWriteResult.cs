namespace NanoClaw.Actors.Persistence.Journal;

/// <summary>
/// The outcome of one <see cref="AtomicWrite"/> within a <see cref="IJournal.WriteAsync"/> call.
/// A failed write stored none of its events; the other writes of the same call are unaffected.
/// </summary>
public sealed class AtomicWriteResult
{
    /// <summary>The result of a write that was stored.</summary>
    public static readonly AtomicWriteResult Success = new(null);

    private AtomicWriteResult(Exception? error) => Error = error;

    /// <summary>Why the write was not stored, or null when it was.</summary>
    public Exception? Error { get; }

    public bool Succeeded => Error is null;

    /// <summary>The result of a write that was not stored.</summary>
    public static AtomicWriteResult Failure(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new AtomicWriteResult(error);
    }
}
