using System.Buffers;
using System.IO.Pipelines;

namespace NanoClaw.AgentProtocol;

/// <summary>
/// Reads newline-terminated lines from a stream, never holding more than the line cap plus one
/// read buffer: a line longer than the cap is skipped as it streams past and reported as
/// <see cref="LineReadKind.TooLong"/>, after which reading continues with the next line.
/// A final line without a newline is still returned before the end of the stream.
/// </summary>
public sealed class ProtocolLineReader
{
    private readonly PipeReader _reader;
    private readonly int _maxLineBytes;

    public ProtocolLineReader(Stream stream, int maxLineBytes = ProtocolLimits.MaxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        _reader = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>Reads the next line, a too-long marker, or the end of the stream.</summary>
    public async ValueTask<LineReadResult> ReadLineAsync(CancellationToken cancellationToken)
    {
        long skipped = 0;
        while (true)
        {
            var read = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            var newline = buffer.PositionOf((byte)'\n');
            if (newline is { } position)
            {
                var line = buffer.Slice(0, position);
                var result = Complete(line, skipped);
                _reader.AdvanceTo(buffer.GetPosition(1, position));
                return result;
            }

            if (read.IsCompleted)
            {
                var tail = buffer.Length + skipped == 0 ? null : (LineReadResult?)Complete(buffer, skipped);
                _reader.AdvanceTo(buffer.End);
                return tail ?? new LineReadResult(LineReadKind.EndOfStream, ReadOnlyMemory<byte>.Empty, 0);
            }

            if (buffer.Length + skipped > _maxLineBytes)
            {
                // Too long already: drop what we have and keep skipping until the newline.
                skipped += buffer.Length;
                _reader.AdvanceTo(buffer.End);
            }
            else
            {
                _reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
    }

    private LineReadResult Complete(ReadOnlySequence<byte> line, long skipped)
    {
        var length = line.Length + skipped;
        if (length > _maxLineBytes)
        {
            return new LineReadResult(LineReadKind.TooLong, ReadOnlyMemory<byte>.Empty, length);
        }

        var bytes = line.ToArray();
        var end = bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes.Length - 1 : bytes.Length;
        return new LineReadResult(LineReadKind.Line, bytes.AsMemory(0, end), length);
    }
}
