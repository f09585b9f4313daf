using System.Threading.Channels;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Tests.Fakes;

/// <summary>Passes through to a real store and reports each save, so tests can await them.</summary>
public sealed class RecordingOffsetStore(IOffsetStore inner) : IOffsetStore
{
    public Channel<long> Saves { get; } = Channel.CreateUnbounded<long>();

    public Task<long?> LoadAsync(string key, CancellationToken cancellationToken) => inner.LoadAsync(key, cancellationToken);

    public async Task SaveAsync(string key, long offset, CancellationToken cancellationToken)
    {
        await inner.SaveAsync(key, offset, cancellationToken);
        Saves.Writer.TryWrite(offset);
    }

    public Task<long> NextSaveAsync() => Saves.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
}
