using NanoClaw.Host.Configuration;
using NanoClaw.Host.Hosting;
using NanoClaw.Host.Tests.Configuration;

namespace NanoClaw.Host.Tests.Hosting;

public sealed class NodeConfigurationFileTests
{
    [Fact]
    public void Locate_ConfigOption_UsesThatFileAndItsFolder()
    {
        using var temp = new TempDirectory();
        temp.Write("HOCON.conf", "from = working-directory");
        var path = temp.Write("etc/node.conf", "from = option");

        var file = NodeConfigurationFile.Locate("etc/node.conf", temp.Path);

        Assert.Equal(path, file.Description);
        Assert.Equal(Path.Combine(temp.Path, "etc"), file.BaseDirectory);
        Assert.Equal("etc/node.conf", file.Open().Name);
        Assert.Equal("from = option", file.Open().Text);
    }

    [Fact]
    public void Locate_NoOptionAndHoconConfInWorkingDirectory_UsesIt()
    {
        using var temp = new TempDirectory();
        temp.Write("HOCON.conf", "from = working-directory");

        var file = NodeConfigurationFile.Locate(null, temp.Path);

        Assert.Equal(temp.Path, file.BaseDirectory);
        Assert.Equal("HOCON.conf", file.Open().Name);
        Assert.Equal("from = working-directory", file.Open().Text);
    }

    [Fact]
    public void Locate_NoOptionAndNoFile_UsesBuiltInDefaultsRelativeToWorkingDirectory()
    {
        using var temp = new TempDirectory();

        var file = NodeConfigurationFile.Locate(null, temp.Path);

        Assert.Equal("built-in HOCON.conf", file.Description);
        Assert.Equal(temp.Path, file.BaseDirectory);
        Assert.Equal(EmbeddedHocon.Default.Text, file.Open().Text);
    }

    [Fact]
    public void Locate_MissingConfigOption_ThrowsNamingTheFile()
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<HoconException>(() => NodeConfigurationFile.Locate("nope.conf", temp.Path));

        Assert.Equal($"nope.conf:1:1: configuration file not found ({Path.Combine(temp.Path, "nope.conf")})", error.Message);
    }
}
