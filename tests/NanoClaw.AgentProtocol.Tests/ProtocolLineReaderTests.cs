using System.Text;

namespace NanoClaw.AgentProtocol.Tests;

public class ProtocolLineReaderTests
{
    [Fact]
    public async Task ReadLineAsync_SeveralLines_ReturnsEachThenEnd()
    {
        var reader = Reader("a\r\nbb\nccc");

        Assert.Equal("a", await ReadTextAsync(reader));
        Assert.Equal("bb", await ReadTextAsync(reader));
        Assert.Equal("ccc", await ReadTextAsync(reader));
        Assert.True((await reader.ReadLineAsync(CancellationToken.None)).IsEndOfStream);
    }

    [Fact]
    public async Task ReadLineAsync_LineOverOneMebibyte_SkipsItAndContinues()
    {
        var huge = new string('x', ProtocolLimits.MaxLineBytes + 10);
        var reader = Reader($"first\n{huge}\nafter\n");

        Assert.Equal("first", await ReadTextAsync(reader));
        var tooLong = await reader.ReadLineAsync(CancellationToken.None);
        Assert.True(tooLong.IsTooLong);
        Assert.Equal(ProtocolLimits.MaxLineBytes + 10, tooLong.Length);
        Assert.Equal("after", await ReadTextAsync(reader));
    }

    [Fact]
    public async Task ReadLineAsync_LineExactlyAtCap_IsAccepted()
    {
        var reader = Reader(new string('y', 64) + "\n", maxLineBytes: 64);

        var read = await reader.ReadLineAsync(CancellationToken.None);

        Assert.True(read.IsLine);
        Assert.Equal(64, read.Line.Length);
    }

    [Fact]
    public async Task ReadLineAsync_UnterminatedTailOverCap_IsTooLong()
    {
        var reader = Reader(new string('z', 100), maxLineBytes: 10);

        Assert.True((await reader.ReadLineAsync(CancellationToken.None)).IsTooLong);
        Assert.True((await reader.ReadLineAsync(CancellationToken.None)).IsEndOfStream);
    }

    private static ProtocolLineReader Reader(string text, int maxLineBytes = ProtocolLimits.MaxLineBytes) =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLineBytes);

    private static async Task<string> ReadTextAsync(ProtocolLineReader reader)
    {
        var read = await reader.ReadLineAsync(CancellationToken.None);
        Assert.True(read.IsLine);
        return Encoding.UTF8.GetString(read.Line.Span);
    }
}
