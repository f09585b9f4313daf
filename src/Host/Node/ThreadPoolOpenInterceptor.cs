using System.Data.Common;
using LinqToDB.Interceptors;

namespace NanoClaw.Host.Node;

/// <summary>
/// Moves every asynchronously opened journal connection onto the thread pool before it opens.
/// Microsoft.Data.Sqlite completes its async methods synchronously, so without this the plugin's
/// write stage and the journal actor would run each statement, commit and fsync on their own
/// thread: the stage could not gather the writes that arrive meanwhile into one transaction, and
/// the journal actor could not start a second recovery while the first one reads.
/// </summary>
internal sealed class ThreadPoolOpenInterceptor : IConnectionInterceptor
{
    public static readonly ThreadPoolOpenInterceptor Instance = new();

    private ThreadPoolOpenInterceptor()
    {
    }

    public Task ConnectionOpeningAsync(ConnectionEventData eventData, DbConnection connection, CancellationToken cancellationToken) =>
        Task.Run(static () => { }, cancellationToken);

    public void ConnectionOpening(ConnectionEventData eventData, DbConnection connection)
    {
    }

    public void ConnectionOpened(ConnectionEventData eventData, DbConnection connection)
    {
    }

    public Task ConnectionOpenedAsync(ConnectionEventData eventData, DbConnection connection, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
