using Microsoft.Data.Sqlite;
using NanoClaw.Host.Tests.Configuration;

namespace NanoClaw.Host.Tests.Cli;

/// <summary>The built <c>nanoclaw</c> binary, run as a user would run it, in an empty working directory.</summary>
public sealed class NanoClawProcessTests
{
    // Generous: the first start of a .NET process on a busy machine can take seconds.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string?> NoEnvironmentOverrides = [];

    [Fact]
    public async Task Version_PrintsTheNodeVersion()
    {
        using var temp = new TempDirectory();

        using var node = NanoClawProcess.Start(temp.Path, NoEnvironmentOverrides, "--version");
        await node.WaitForExitAsync(StartTimeout);

        Assert.Equal(0, node.ExitCode);
        Assert.Equal(["0.1.0"], node.Output);
    }

    [Theory]
    [InlineData("nanoclaw {\n  http {\n    port = \n  }\n}", "HOCON.conf:4:3: expected a value for key 'port' but found '}'")]
    [InlineData("include classpath(\"HOCON.conf\")\nnanoclaw.containers.idle-timeout = 30x", "nanoclaw.containers.idle-timeout = 30x is invalid: must be a duration such as 500ms, 5s, 30m, 1h, 2d or 00:05:00, between 1s and 1d")]
    [InlineData("include classpath(\"HOCON.conf\")\nnanoclaw.containers.max-concurrent = 0", "nanoclaw.containers.max-concurrent = 0 is invalid: must be between 1 and 100")]
    public async Task Run_BrokenHoconConfInWorkingDirectory_ExitsNonZeroWithOneLineAndWritesNothing(string document, string message)
    {
        using var temp = new TempDirectory();
        temp.Write("HOCON.conf", document);

        using var node = NanoClawProcess.Start(temp.Path, NoEnvironmentOverrides);
        await node.WaitForExitAsync(StartTimeout);

        Assert.Equal(2, node.ExitCode);
        Assert.Equal([message], node.Error);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "data")));
        Assert.Equal(["HOCON.conf"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Run_BrokenConfigOption_ExitsNonZeroNamingTheKey()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("conf/node.conf", "include classpath(\"HOCON.conf\")\nnanoclaw.containers.memory = 2x");

        using var node = NanoClawProcess.Start(temp.Path, NoEnvironmentOverrides, "run", "--config", config);
        await node.WaitForExitAsync(StartTimeout);

        Assert.Equal(2, node.ExitCode);
        Assert.Single(node.Error);
        Assert.StartsWith("nanoclaw.containers.memory = 2x is invalid", node.Error[0], StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "data")));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "conf", "data")));
    }

    [Fact]
    public async Task Run_DataDirectoryWithTheEarlierJournalFormat_RefusesWithOneLineAndLeavesTheFileAlone()
    {
        using var temp = new TempDirectory();
        var database = Path.Combine(temp.Path, "data", "nanoclaw.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE schema_version (version INTEGER NOT NULL); CREATE TABLE journal (persistence_id TEXT, sequence_nr INTEGER, payload BLOB)";
            create.ExecuteNonQuery();
        }

        var before = await File.ReadAllBytesAsync(database);

        using var node = NanoClawProcess.Start(temp.Path, NoEnvironmentOverrides, "run");
        await node.WaitForExitAsync(StartTimeout);

        Assert.Equal(2, node.ExitCode);
        var line = Assert.Single(node.Error);
        Assert.Contains(database, line, StringComparison.Ordinal);
        Assert.Contains("earlier format", line, StringComparison.Ordinal);
        Assert.Contains("mv ", line, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(database));
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Run_BuiltInDefaults_StartsLogsMaskedSettingsAndStopsCleanlyOnSignal(string signal)
    {
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string?>
        {
            ["ANTHROPIC_API_KEY"] = "sk-process-test-secret",
            ["NANOCLAW_HTTP_PORT"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        using var node = NanoClawProcess.Start(temp.Path, environment);
        await node.WaitForOutputAsync("NanoClaw node started").WaitAsync(StartTimeout);
        await node.SignalAsync(signal);
        await node.WaitForExitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(0, node.ExitCode);
        Assert.Empty(node.Error);
        Assert.Contains(node.Output, line => line.Contains("Configuration from built-in HOCON.conf", StringComparison.Ordinal));
        Assert.Contains(node.Output, line => line.Contains("nanoclaw.containers.max-concurrent = 5", StringComparison.Ordinal));
        Assert.Contains(node.Output, line => line.Contains("nanoclaw.model.anthropic-api-key = ****", StringComparison.Ordinal));
        Assert.DoesNotContain(node.Output, line => line.Contains("sk-process-test-secret", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(temp.Path, "data", "nanoclaw.db")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "groups", "main", "CLAUDE.md")));
    }

    [Fact]
    public async Task Run_ConfigIncludingDefaults_UsesItsOverrides()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("node.conf", "include classpath(\"HOCON.conf\")\nnanoclaw.assistant-name = Bob");

        var environment = new Dictionary<string, string?>
        {
            ["NANOCLAW_HTTP_PORT"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        using var node = NanoClawProcess.Start(temp.Path, environment, "--config", config);
        await node.WaitForOutputAsync("NanoClaw node started").WaitAsync(StartTimeout);
        await node.SignalAsync("TERM");
        await node.WaitForExitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(0, node.ExitCode);
        Assert.Contains(node.Output, line => line.Contains("nanoclaw.trigger = @Bob", StringComparison.Ordinal));
    }
}
