using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Tests.Common;

public sealed class SafeFileNameTests
{
    [Theory]
    [InlineData("report.pdf", "report.pdf")]
    [InlineData("../../etc/passwd", "_._etc_passwd")]
    [InlineData("..\\..\\boot.ini", "_._boot.ini")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j")]
    [InlineData(".hidden", "hidden")]
    [InlineData("...", "file")]
    [InlineData("  ", "file")]
    [InlineData(null, "file")]
    [InlineData("tab\there", "tab_here")]
    public void From_PlatformName_SafeName(string? name, string expected)
    {
        Assert.Equal(expected, SafeFileName.From(name, "file"));
    }

    [Fact]
    public void From_VeryLongName_CappedKeepingExtension()
    {
        var safe = SafeFileName.From(new string('n', 300) + ".png", "file");

        Assert.Equal(SafeFileName.MaxLength, safe.Length);
        Assert.EndsWith(".png", safe, StringComparison.Ordinal);
    }
}
