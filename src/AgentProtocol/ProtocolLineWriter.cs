namespace NanoClaw.AgentProtocol;

/// <summary>
/// Writes whole messages as lines. Safe for concurrent callers: lines never interleave, because
/// each write holds a gate until its line is flushed.
/// </summary>
public sealed class ProtocolLineWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ProtocolLineWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    public async Task WriteAsync(ProtocolMessage message, CancellationToken cancellationToken)
    {
        var line = ProtocolCodec.Encode(message);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _stream.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
