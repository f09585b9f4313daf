namespace NanoClaw.Channels.Common;

/// <summary>
/// Keeps a channel's platform cursor (such as Telegram's update offset) across restarts. A cursor is saved
/// only after the messages before it were stored, so after a restart nothing is processed twice.
/// </summary>
public interface IOffsetStore
{
    Task<long?> LoadAsync(string key, CancellationToken cancellationToken);

    Task SaveAsync(string key, long offset, CancellationToken cancellationToken);
}
