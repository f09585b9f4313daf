using Microsoft.Extensions.Configuration;
using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Tests.Configuration;

public sealed class HoconConfigurationProviderTests
{
    [Fact]
    public void AddHocon_File_ServesFlattenedKeys()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("app.conf", "a { b = 1, list = [x, y] }\nc.d = \"text\"");

        var configuration = new ConfigurationBuilder().AddHocon(path).Build();

        Assert.Equal("1", configuration["a:b"]);
        Assert.Equal("x", configuration["a:list:0"]);
        Assert.Equal("y", configuration["a:list:1"]);
        Assert.Equal("text", configuration["c:d"]);
        Assert.Equal("1", configuration["A:B"]);
    }

    [Fact]
    public void AddHocon_MissingFile_ThrowsWhenBuilt()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "absent.conf");

        var error = Assert.Throws<HoconException>(() => new ConfigurationBuilder().AddHocon(path).Build());

        Assert.StartsWith($"{path}:1:1: configuration file not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddHocon_BrokenFile_ThrowsWithPosition()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("broken.conf", "a = 1\nb = [1, 2");

        var error = Assert.Throws<HoconException>(() => new ConfigurationBuilder().AddHocon(path).Build());

        Assert.Equal($"{path}:2:10: expected ']' to close the array opened at 2:5", error.Message);
    }

    [Fact]
    public void Bind_DurationsAndSizes_BindToTimeSpanAndByteSize()
    {
        var configuration = Build("timeout = 30m\nshort = 500ms\nclassic = \"00:01:30\"\nmemory = 2g\nmaybe = 5s");

        var bound = configuration.Get<TimedSample>()!;

        Assert.Equal(TimeSpan.FromMinutes(30), bound.Timeout);
        Assert.Equal(TimeSpan.FromMilliseconds(500), bound.Short);
        Assert.Equal(TimeSpan.FromSeconds(90), bound.Classic);
        Assert.Equal(TimeSpan.FromSeconds(5), bound.Maybe);
        Assert.Equal(2L << 30, bound.Memory.Bytes);
    }

    [Fact]
    public void Bind_BadDuration_FailsNamingThePath()
    {
        var configuration = Build("timeout = 30x");

        var error = Assert.Throws<InvalidOperationException>(() => configuration.Get<TimedSample>());

        Assert.Contains("'30x'", error.Message, StringComparison.Ordinal);
        Assert.Contains("timeout", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public void Bind_BadSize_FailsNamingThePath()
    {
        var configuration = Build("memory = lots");

        var error = Assert.Throws<InvalidOperationException>(() => configuration.Get<TimedSample>());

        Assert.Contains("'lots'", error.Message, StringComparison.Ordinal);
        Assert.Contains("memory", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AddHocon_EnvironmentFunction_IsUsedForSubstitutions()
    {
        var configuration = new ConfigurationBuilder()
            .AddHocon(HoconSource.FromText("a = ${?ONLY_HERE}"), name => name == "ONLY_HERE" ? "yes" : null)
            .Build();

        Assert.Equal("yes", configuration["a"]);
    }

    private static IConfigurationRoot Build(string text) =>
        new ConfigurationBuilder().AddHocon(HoconSource.FromText(text), _ => null).Build();

    private sealed class TimedSample
    {
        public TimeSpan Timeout { get; set; }

        public TimeSpan Short { get; set; }

        public TimeSpan Classic { get; set; }

        public TimeSpan? Maybe { get; set; }

        public ByteSize Memory { get; set; }
    }
}
