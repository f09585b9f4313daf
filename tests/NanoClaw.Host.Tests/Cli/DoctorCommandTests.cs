using NanoClaw.Host.Cli;
using NanoClaw.Host.Tests.Api;
using NanoClaw.Host.Tests.Configuration;

namespace NanoClaw.Host.Tests.Cli;

public sealed class DoctorCommandTests
{
    [Fact]
    public async Task Doctor_NoDockerEngine_FailsWithTheFix()
    {
        using var temp = new TempDirectory();
        var config = WriteConfig(temp, "provider = mock");
        await using var web = await WebServerFixture.StartAsync();

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync("doctor", "--config", config, "--url", web.Url);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Contains("FAIL  Docker engine not reachable at " + Path.Combine(temp.Path, "no-docker.sock"), output, StringComparison.Ordinal);
        Assert.Contains("start Docker: sudo systemctl start docker", output, StringComparison.Ordinal);
        Assert.Contains($"ok    data directory {Path.Combine(temp.Path, "data")} is writable", output, StringComparison.Ordinal);
        Assert.Contains("warn  model provider mock", output, StringComparison.Ordinal);
        Assert.Contains($"ok    node answers at {web.Url} (Andy", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(temp.Path, "data")));
    }

    [Fact]
    public async Task Doctor_AnthropicWithoutKey_WarnsAboutTheMockModel()
    {
        using var temp = new TempDirectory();
        var config = WriteConfig(temp, "provider = anthropic\n    anthropic-api-key = \"\"");

        var (_, output, _) = await CommandLineInvoker.InvokeAsync("doctor", "--config", config, "--url", $"http://127.0.0.1:{FreePort.Next()}");

        Assert.Contains("warn  model provider anthropic, but ANTHROPIC_API_KEY is not set: the node answers with the mock model", output, StringComparison.Ordinal);
        Assert.Contains("warn  no node answers at", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_OpenAIOnLoopbackWithoutKey_IsOk()
    {
        using var temp = new TempDirectory();
        var config = WriteConfig(temp, "provider = openai\n    base-url = \"http://127.0.0.1:11434/v1\"\n    openai-api-key = \"\"");

        var (_, output, _) = await CommandLineInvoker.InvokeAsync("doctor", "--config", config, "--url", $"http://127.0.0.1:{FreePort.Next()}");

        Assert.Contains("ok    model claude-sonnet-4-5 from openai at http://127.0.0.1:11434/v1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_BrokenConfig_FailsNamingTheSetting()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("broken.conf", "nanoclaw.http.port = 0\n");

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync("doctor", "--config", config);

        Assert.Equal(ExitCodes.InvalidConfiguration, exitCode);
        Assert.Contains("FAIL  configuration: nanoclaw.http.port = 0", output, StringComparison.Ordinal);
    }

    private static string WriteConfig(TempDirectory temp, string model) => temp.Write("node.conf", $$"""
        include classpath("HOCON.conf")
        nanoclaw {
          data-dir = data
          containers.engine = "unix://{{Path.Combine(temp.Path, "no-docker.sock")}}"
          model {
            {{model}}
          }
        }
        """);
}
