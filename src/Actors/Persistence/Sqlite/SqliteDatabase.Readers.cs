using System.Collections.Concurrent;

namespace NanoClaw.Actors.Persistence.Sqlite;

/// <summary>The pool of read sessions: open connections with prepared statements, bounded in number.</summary>
public sealed partial class SqliteDatabase
{
    /// <summary>Most read sessions at once; more readers than cores only add contention in SQLite's page cache.</summary>
    private static readonly int MaxReadSessions = Math.Max(2, Environment.ProcessorCount);

    private readonly ConcurrentBag<SqliteReadSession> _idleReaders = [];
    private readonly SemaphoreSlim _readerSlots = new(MaxReadSessions, MaxReadSessions);
    private volatile bool _disposed;

    /// <summary>
    /// Runs <paramref name="read"/> on a pooled read session. A session whose read threw is closed
    /// rather than reused, so a broken connection never serves the next caller. Raw driver exceptions
    /// escape; the stores wrap them with the file's name.
    /// </summary>
    internal async Task<T> ReadAsync<T>(Func<SqliteReadSession, Task<T>> read, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await _readerSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        SqliteReadSession? session = null;
        var healthy = false;
        try
        {
            session = _idleReaders.TryTake(out var idle) ? idle : new SqliteReadSession(await OpenConfiguredAsync(cancellationToken).ConfigureAwait(false));
            var result = await read(session).ConfigureAwait(false);
            healthy = true;
            return result;
        }
        finally
        {
            if (session is not null)
            {
                if (healthy && !_disposed)
                {
                    _idleReaders.Add(session);
                }
                else
                {
                    session.Dispose();
                }
            }

            _readerSlots.Release();
        }
    }

    private void DisposeReaders()
    {
        _disposed = true;
        while (_idleReaders.TryTake(out var session))
        {
            session.Dispose();
        }
    }
}
