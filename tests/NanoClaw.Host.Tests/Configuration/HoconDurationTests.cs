using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Tests.Configuration;

public sealed class HoconDurationTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("5s", 5_000)]
    [InlineData("30m", 1_800_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("2d", 172_800_000)]
    [InlineData("1.5h", 5_400_000)]
    [InlineData("5 seconds", 5_000)]
    [InlineData("10 minutes", 600_000)]
    [InlineData("250 millis", 250)]
    [InlineData("1000us", 1)]
    [InlineData("00:05:00", 300_000)]
    [InlineData("1.02:00:00", 93_600_000)]
    [InlineData("PT5M", 300_000)]
    [InlineData("P1DT1H", 90_000_000)]
    [InlineData("0s", 0)]
    public void TryParse_ValidDuration_ReturnsTimeSpan(string text, long milliseconds)
    {
        Assert.True(HoconDuration.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), value);
    }

    [Theory]
    [InlineData("30x")]
    [InlineData("5")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("m")]
    [InlineData("5 parsecs")]
    [InlineData("fast")]
    [InlineData("PTxM")]
    [InlineData("99999999999d")]
    public void TryParse_InvalidDuration_ReturnsFalse(string text)
    {
        Assert.False(HoconDuration.TryParse(text, out _));
    }

    [Fact]
    public void Parse_InvalidDuration_ThrowsNamingTheForms()
    {
        var error = Assert.Throws<FormatException>(() => HoconDuration.Parse("30x"));

        Assert.Equal("'30x' is not a duration such as 500ms, 5s, 30m, 1h, 2d or 00:05:00.", error.Message);
    }
}
