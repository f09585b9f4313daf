using System.Text;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Tests.Docker;

public sealed class LogStreamDecoderTests
{
    private static byte[] Frame(byte stream, string text) => Frame(stream, Encoding.UTF8.GetBytes(text));

    private static byte[] Frame(byte stream, byte[] payload)
    {
        var frame = new byte[8 + payload.Length];
        frame[0] = stream;
        frame[4] = (byte)(payload.Length >> 24);
        frame[5] = (byte)(payload.Length >> 16);
        frame[6] = (byte)(payload.Length >> 8);
        frame[7] = (byte)payload.Length;
        payload.CopyTo(frame, 8);
        return frame;
    }

    private static async Task<List<LogChunk>> DecodeAsync(Stream stream)
    {
        var chunks = new List<LogChunk>();
        await foreach (var chunk in LogStreamDecoder.ReadMultiplexedAsync(stream))
        {
            chunks.Add(chunk);
        }

        return chunks;
    }

    [Fact]
    public async Task ReadMultiplexed_InterleavedFrames_KeepsStreamAndOrder()
    {
        var bytes = Frame(1, "out one\n").Concat(Frame(2, "err\n")).Concat(Frame(1, "out two\n")).ToArray();

        var chunks = await DecodeAsync(new MemoryStream(bytes));

        Assert.Equal(
            [(LogStreamKind.Stdout, "out one\n"), (LogStreamKind.Stderr, "err\n"), (LogStreamKind.Stdout, "out two\n")],
            chunks.Select(c => (c.Stream, Encoding.UTF8.GetString(c.Data.Span))));
    }

    [Fact]
    public async Task ReadMultiplexed_HeaderSplitAcrossReads_DecodesFrame()
    {
        var bytes = Frame(2, "late");

        var chunks = await DecodeAsync(new TrickleStream(bytes, bytesPerRead: 3));

        var chunk = Assert.Single(chunks);
        Assert.Equal(LogStreamKind.Stderr, chunk.Stream);
        Assert.Equal("late", Encoding.UTF8.GetString(chunk.Data.Span));
    }

    [Fact]
    public async Task ReadMultiplexed_FrameLargerThanChunkLimit_IsSplitWithoutLoss()
    {
        var payload = Enumerable.Range(0, LogStreamDecoder.MaxChunkBytes * 2 + 17).Select(i => (byte)i).ToArray();

        var chunks = await DecodeAsync(new MemoryStream(Frame(1, payload)));

        Assert.Equal(3, chunks.Count);
        Assert.All(chunks, c => Assert.Equal(LogStreamKind.Stdout, c.Stream));
        Assert.Equal(payload, chunks.SelectMany(c => c.Data.ToArray()).ToArray());
    }

    [Fact]
    public async Task ReadMultiplexed_EmptyStream_YieldsNothing()
    {
        Assert.Empty(await DecodeAsync(new MemoryStream()));
    }

    [Fact]
    public async Task ReadMultiplexed_TruncatedHeader_Throws()
    {
        await Assert.ThrowsAsync<InvalidDataException>(() => DecodeAsync(new MemoryStream([1, 0, 0])));
    }

    [Fact]
    public async Task ReadMultiplexed_TruncatedPayload_Throws()
    {
        var bytes = Frame(1, "complete")[..10];

        await Assert.ThrowsAsync<EndOfStreamException>(() => DecodeAsync(new MemoryStream(bytes)));
    }

    [Fact]
    public async Task ReadMultiplexed_UnknownStreamByte_Throws()
    {
        await Assert.ThrowsAsync<InvalidDataException>(() => DecodeAsync(new MemoryStream(Frame(7, "x"))));
    }

    [Fact]
    public async Task ReadRaw_AnyBytes_ReportedAsStdoutUnchanged()
    {
        var bytes = Encoding.UTF8.GetBytes("tty output\r\nwith no frames");
        var chunks = new List<LogChunk>();
        await foreach (var chunk in LogStreamDecoder.ReadRawAsync(new TrickleStream(bytes, bytesPerRead: 5)))
        {
            chunks.Add(chunk);
        }

        Assert.All(chunks, c => Assert.Equal(LogStreamKind.Stdout, c.Stream));
        Assert.Equal(bytes, chunks.SelectMany(c => c.Data.ToArray()).ToArray());
    }
}
