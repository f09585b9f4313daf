using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Docker;

/// <summary>
/// Decodes the engine's log and attach streams. Without a TTY the stream is a sequence of
/// frames, each an 8-byte header (stream kind, three zero bytes, big-endian payload length)
/// followed by the payload; with a TTY it is the raw bytes.
/// </summary>
internal static class LogStreamDecoder
{
    /// <summary>Large frames are handed out in pieces of at most this many bytes.</summary>
    public const int MaxChunkBytes = 64 * 1024;

    public static async IAsyncEnumerable<LogChunk> ReadMultiplexedAsync(
        Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var header = new byte[8];
        while (true)
        {
            var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken)
                .ConfigureAwait(false);
            if (read == 0)
            {
                yield break;
            }

            if (read < header.Length)
            {
                throw new InvalidDataException($"log stream ended inside a frame header ({read} of 8 bytes)");
            }

            var kind = header[0] switch
            {
                0 => LogStreamKind.Stdin,
                1 => LogStreamKind.Stdout,
                2 => LogStreamKind.Stderr,
                var other => throw new InvalidDataException($"log frame names unknown stream {other}"),
            };
            var remaining = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(4));
            while (remaining > 0)
            {
                var payload = new byte[Math.Min(remaining, MaxChunkBytes)];
                await stream.ReadExactlyAsync(payload, cancellationToken).ConfigureAwait(false);
                remaining -= (uint)payload.Length;
                yield return new LogChunk(kind, payload);
            }
        }
    }

    public static async IAsyncEnumerable<LogChunk> ReadRawAsync(
        Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = new byte[MaxChunkBytes];
        while (true)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                yield break;
            }

            yield return new LogChunk(LogStreamKind.Stdout, buffer.AsSpan(0, read).ToArray());
        }
    }
}
