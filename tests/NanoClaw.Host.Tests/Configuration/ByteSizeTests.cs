using System.ComponentModel;
using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Tests.Configuration;

public sealed class ByteSizeTests
{
    [Theory]
    [InlineData("100", 100L)]
    [InlineData("100B", 100L)]
    [InlineData("512k", 524_288L)]
    [InlineData("512K", 524_288L)]
    [InlineData("512KiB", 524_288L)]
    [InlineData("64m", 67_108_864L)]
    [InlineData("512MiB", 536_870_912L)]
    [InlineData("2g", 2_147_483_648L)]
    [InlineData("2 GiB", 2_147_483_648L)]
    [InlineData("1.5g", 1_610_612_736L)]
    [InlineData("1t", 1_099_511_627_776L)]
    [InlineData("1kB", 1_000L)]
    [InlineData("500MB", 500_000_000L)]
    [InlineData("2GB", 2_000_000_000L)]
    [InlineData("3 megabytes", 3_000_000L)]
    public void TryParse_ValidSize_ReturnsBytes(string text, long bytes)
    {
        Assert.True(ByteSize.TryParse(text, out var size));
        Assert.Equal(bytes, size.Bytes);
    }

    [Theory]
    [InlineData("2x")]
    [InlineData("-1g")]
    [InlineData("1.5")]
    [InlineData("g")]
    [InlineData("")]
    [InlineData("99999999t")]
    [InlineData("2 gigs")]
    public void TryParse_InvalidSize_ReturnsFalse(string text)
    {
        Assert.False(ByteSize.TryParse(text, out _));
    }

    [Theory]
    [InlineData(2_147_483_648L, "2g")]
    [InlineData(67_108_864L, "64m")]
    [InlineData(3_072L, "3k")]
    [InlineData(1_000L, "1000")]
    [InlineData(0L, "0")]
    public void ToString_ExactBinaryMultiple_UsesShortestUnit(long bytes, string expected)
    {
        Assert.Equal(expected, new ByteSize(bytes).ToString());
        Assert.Equal(bytes, ByteSize.Parse(expected).Bytes);
    }

    [Fact]
    public void TypeConverter_FromString_ConvertsAndRejects()
    {
        var converter = TypeDescriptor.GetConverter(typeof(ByteSize));

        Assert.Equal(new ByteSize(2_147_483_648L), converter.ConvertFromInvariantString("2g"));
        var error = Assert.Throws<FormatException>(() => converter.ConvertFromInvariantString("2x"));
        Assert.Equal("'2x' is not a size such as 512k, 64m, 2g, 512MiB or 1GB.", error.Message);
    }
}
