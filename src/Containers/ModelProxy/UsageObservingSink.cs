using System.Buffers;

namespace NanoClaw.Containers.ModelProxy;

/// <summary>
/// Watches response bytes as they pass through, without holding the response back. For SSE it
/// looks at each <c>data:</c> line; for a plain JSON body it keeps a bounded copy and reads it at
/// the end. Lines or bodies over the bound are skipped for usage, never for forwarding.
/// </summary>
internal sealed class UsageObservingSink
{
    private const int MaxObservedBytes = 4 * 1024 * 1024;
    private readonly bool _eventStream;
    private readonly ArrayBufferWriter<byte> _pending = new();
    private bool _overflow;

    public UsageObservingSink(bool eventStream) => _eventStream = eventStream;

    public UsageTracker Usage { get; } = new();

    public void Write(ReadOnlySpan<byte> chunk)
    {
        if (!_eventStream)
        {
            Append(chunk);
            return;
        }

        while (!chunk.IsEmpty)
        {
            var newline = chunk.IndexOf((byte)'\n');
            if (newline < 0)
            {
                Append(chunk);
                return;
            }

            Append(chunk[..newline]);
            EndLine();
            chunk = chunk[(newline + 1)..];
        }
    }

    public void Complete()
    {
        if (_eventStream)
        {
            EndLine();
        }
        else if (!_overflow)
        {
            Usage.Observe(_pending.WrittenSpan);
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_overflow || _pending.WrittenCount + bytes.Length > MaxObservedBytes)
        {
            _overflow = true;
            return;
        }

        _pending.Write(bytes);
    }

    private void EndLine()
    {
        var line = _pending.WrittenSpan.TrimEnd((byte)'\r');
        if (!_overflow && line.StartsWith("data:"u8))
        {
            var data = line[5..].Trim((byte)' ');
            if (!data.SequenceEqual("[DONE]"u8))
            {
                Usage.Observe(data);
            }
        }

        _pending.Clear();
        _overflow = false;
    }
}
