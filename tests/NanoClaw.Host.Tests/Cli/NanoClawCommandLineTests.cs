using NanoClaw.Host.Cli;
using NanoClaw.Host.Tests.Configuration;

namespace NanoClaw.Host.Tests.Cli;

public sealed class NanoClawCommandLineTests
{
    [Fact]
    public async Task InvokeAsync_Help_DescribesRunAndConfig()
    {
        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--config", output, StringComparison.Ordinal);
        Assert.Contains("run", output, StringComparison.Ordinal);
        Assert.Contains("--version", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_UnknownOption_Fails()
    {
        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync("--no-such-option");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--no-such-option", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "--config")]
    [InlineData("--config")]
    [InlineData("-c")]
    public async Task InvokeAsync_BrokenConfig_ExitsWithCode2AndOneLine(params string[] prefix)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("broken.conf", "nanoclaw {\n  http.port = 0\n}");

        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync([.. prefix, path]);

        Assert.Equal(ExitCodes.InvalidConfiguration, exitCode);
        Assert.Equal("nanoclaw.http.port = 0 is invalid: must be between 1 and 65535", error.TrimEnd('\n'));
    }

    [Fact]
    public async Task InvokeAsync_MissingConfigFile_ExitsWithCode2NamingTheFile()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "absent.conf");

        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync("--config", path);

        Assert.Equal(ExitCodes.InvalidConfiguration, exitCode);
        Assert.StartsWith($"{path}:1:1: configuration file not found", error, StringComparison.Ordinal);
    }
}
