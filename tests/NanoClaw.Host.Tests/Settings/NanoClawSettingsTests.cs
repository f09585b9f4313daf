using NanoClaw.Host.Configuration;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Tests.Settings;

public sealed class NanoClawSettingsTests
{
    [Theory]
    [InlineData("nanoclaw.containers.max-concurrent = 0", "nanoclaw.containers.max-concurrent = 0 is invalid: must be between 1 and 100")]
    [InlineData("nanoclaw.containers.max-concurrent = 101", "nanoclaw.containers.max-concurrent = 101 is invalid: must be between 1 and 100")]
    [InlineData("nanoclaw.containers.max-concurrent = many", "nanoclaw.containers.max-concurrent = many is invalid: must be a whole number, between 1 and 100")]
    [InlineData("nanoclaw.containers.idle-timeout = 30x", "nanoclaw.containers.idle-timeout = 30x is invalid: must be a duration such as 500ms, 5s, 30m, 1h, 2d or 00:05:00, between 1s and 1d")]
    [InlineData("nanoclaw.containers.idle-timeout = 5", "nanoclaw.containers.idle-timeout = 5 is invalid: must be a duration such as 500ms, 5s, 30m, 1h, 2d or 00:05:00, between 1s and 1d")]
    [InlineData("nanoclaw.containers.idle-timeout = 2d", "nanoclaw.containers.idle-timeout = 2d is invalid: must be between 1s and 1d")]
    [InlineData("nanoclaw.containers.memory = 2x", "nanoclaw.containers.memory = 2x is invalid: must be a size such as 512k, 64m, 2g, 512MiB or 1GB, between 64m and 1t")]
    [InlineData("nanoclaw.containers.memory = 1m", "nanoclaw.containers.memory = 1m is invalid: must be between 64m and 1t")]
    [InlineData("nanoclaw.containers.cpus = 0", "nanoclaw.containers.cpus = 0 is invalid: must be between 0.1 and 256")]
    [InlineData("nanoclaw.containers.cpus = lots", "nanoclaw.containers.cpus = lots is invalid: must be a number, between 0.1 and 256")]
    [InlineData("nanoclaw.containers.network = host", "nanoclaw.containers.network = host is invalid: must be one of none")]
    [InlineData("nanoclaw.http.port = 70000", "nanoclaw.http.port = 70000 is invalid: must be between 1 and 65535")]
    [InlineData("nanoclaw.http = 5", "nanoclaw.http = 5 is invalid: must be an object { … }")]
    [InlineData("nanoclaw.http.port = [1, 2]", "nanoclaw.http.port is invalid: must be a single value, not an object or a list")]
    [InlineData("nanoclaw.http.host = \"\"", "nanoclaw.http.host is not set: a value is required")]
    [InlineData("nanoclaw.assistant-name = \"\"", "nanoclaw.assistant-name is not set: a value is required")]
    [InlineData("nanoclaw.model.provider = gemini", "nanoclaw.model.provider = gemini is invalid: must be one of anthropic, openai, mock")]
    [InlineData("nanoclaw.model.provider = 1", "nanoclaw.model.provider = 1 is invalid: must be one of anthropic, openai, mock")]
    [InlineData("nanoclaw.model.base-url = not-a-url", "nanoclaw.model.base-url = not-a-url is invalid: must be an absolute http or https URL")]
    [InlineData("nanoclaw.persistence.provider = mysql", "nanoclaw.persistence.provider = mysql is invalid: must be one of sqlite, postgres")]
    [InlineData("nanoclaw.persistence.provider = postgres", "nanoclaw.persistence.postgres.connection-string is not set: required when persistence.provider = postgres (set NANOCLAW_POSTGRES)")]
    [InlineData("nanoclaw.logging.level = Loud", "nanoclaw.logging.level = Loud is invalid: must be one of trace, debug, information, warning, error, critical, none")]
    [InlineData("nanoclaw.logging.categories.Microsoft = Loud", "nanoclaw.logging.categories.Microsoft = Loud is invalid: must be one of trace, debug, information, warning, error, critical, none")]
    [InlineData("nanoclaw.channels.telegram.enabled = yes", "nanoclaw.channels.telegram.enabled = yes is invalid: must be true or false")]
    [InlineData("nanoclaw.channels.discord.base-url = not-a-url", "nanoclaw.channels.discord.base-url = not-a-url is invalid: must be an absolute http or https URL")]
    [InlineData("nanoclaw.channels.send-attempts = 0", "nanoclaw.channels.send-attempts = 0 is invalid: must be between 1 and 100")]
    [InlineData("nanoclaw.channels.reconnect-max-delay = 0s", "nanoclaw.channels.reconnect-max-delay = 0s is invalid: must be between 10ms and 1d")]
    [InlineData("nanoclaw.channels.max-attachment-size = 5g", "nanoclaw.channels.max-attachment-size = 5g is invalid: must be between 1k and 2g")]
    [InlineData("nanoclaw.channels.telegram.poll-timeout = 2m", "nanoclaw.channels.telegram.poll-timeout = 2m is invalid: must be between 1s and 50s")]
    [InlineData("nanoclaw.timezone = Mars/Olympus", "nanoclaw.timezone = Mars/Olympus is invalid: must be an IANA time zone such as Europe/Berlin, or empty for the machine's zone")]
    [InlineData("nanoclaw.retry.max-retries = -1", "nanoclaw.retry.max-retries = -1 is invalid: must be between 0 and 100")]
    [InlineData("nanoclaw.retry.random-factor = 2", "nanoclaw.retry.random-factor = 2 is invalid: must be between 0 and 1")]
    [InlineData("nanoclaw.containers.max-concurent = 3", "nanoclaw.containers.max-concurent is not a known setting (did you mean 'max-concurrent'?)")]
    [InlineData("nanoclaw.colour = blue", "nanoclaw.colour is not a known setting")]
    [InlineData("nanoclaw.model.anthropic-api-key = [1]", "nanoclaw.model.anthropic-api-key is invalid: must be a single value, not an object or a list")]
    public void Load_BadSetting_ThrowsOneLineNamingKeyValueAndAllowed(string overrides, string message)
    {
        var actual = SettingsDocuments.LoadError(overrides);

        Assert.Equal(message, actual);
        Assert.DoesNotContain('\n', actual);
    }

    [Fact]
    public void Load_SeveralBadSettings_ReportsTheFirstAndCountsTheRest()
    {
        var error = Assert.Throws<SettingsException>(() => SettingsDocuments.Load("nanoclaw.http.port = 0\nnanoclaw.containers.max-concurrent = 0"));

        Assert.Equal("nanoclaw.http.port = 0 is invalid: must be between 1 and 65535 (and 1 more)", error.Message);
        Assert.Equal(2, error.Problems.Count);
    }

    [Fact]
    public void Load_BadSecretValue_MasksItInTheMessage()
    {
        var error = SettingsDocuments.LoadError("nanoclaw.persistence.postgres.connection-string = { host = db }");

        Assert.Equal("nanoclaw.persistence.postgres.connection-string is invalid: must be a single value, not an object or a list", error);
    }

    [Fact]
    public void Load_DurationsAndSizes_BindToTypedProperties()
    {
        var options = SettingsDocuments.Load("nanoclaw.containers { idle-timeout = 45m, hard-timeout = \"01:30:00\", memory = 512MiB }\nnanoclaw.retry.base-delay = 250ms");

        Assert.Equal(TimeSpan.FromMinutes(45), options.Containers.IdleTimeout);
        Assert.Equal(TimeSpan.FromMinutes(90), options.Containers.HardTimeout);
        Assert.Equal(new ByteSize(512L << 20), options.Containers.Memory);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.Retry.BaseDelay);
    }

    [Fact]
    public void Load_KebabKeys_BindToPascalCaseProperties()
    {
        var options = SettingsDocuments.Load(
            "nanoclaw { assistant-name = Bob, containers.max-concurrent = 7, containers.pids-limit = 64, model.provider = openai, model.base-url = \"http://127.0.0.1:11434/v1\" }");

        Assert.Equal("Bob", options.AssistantName);
        Assert.Equal("@Bob", options.Trigger);
        Assert.Equal(7, options.Containers.MaxConcurrent);
        Assert.Equal(64, options.Containers.PidsLimit);
        Assert.Equal(ModelProvider.OpenAI, options.Model.Provider);
        Assert.Equal("http://127.0.0.1:11434/v1", options.Model.BaseUrl);
    }

    [Fact]
    public void Load_RelativeDirectories_ResolveAgainstTheConfigurationFolder()
    {
        var options = SettingsDocuments.Load("nanoclaw { data-dir = state, groups-dir = /var/lib/nanoclaw/groups }");

        Assert.Equal(Path.Combine(SettingsDocuments.BaseDirectory, "state"), options.DataDir);
        Assert.Equal("/var/lib/nanoclaw/groups", options.GroupsDir);
    }

    [Fact]
    public void Load_SecretsFromEnvironment_BindAndEnableChannels()
    {
        var environment = new Dictionary<string, string>
        {
            ["TELEGRAM_BOT_TOKEN"] = "123:abc",
            ["NANOCLAW_POSTGRES"] = "Host=127.0.0.1;Username=n",
            ["ANTHROPIC_API_KEY"] = "sk-test",
        };

        var options = SettingsDocuments.Load(
            "nanoclaw.channels.telegram.enabled = true\nnanoclaw.persistence.provider = postgres",
            name => environment.GetValueOrDefault(name));

        Assert.True(options.Channels.Telegram.Enabled);
        Assert.Equal("123:abc", options.Channels.Telegram.BotToken);
        Assert.Equal(PersistenceProvider.Postgres, options.Persistence.Provider);
        Assert.Equal("Host=127.0.0.1;Username=n", options.Persistence.Postgres.ConnectionString);
        Assert.Equal("sk-test", options.Model.AnthropicApiKey);
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("slack")]
    [InlineData("discord")]
    [InlineData("whatsapp")]
    public void Load_ChannelEnabledWithoutCredentials_IsValid(string channel)
    {
        // The node starts without the channel and logs a warning naming the variables (ChannelRegistry).
        var options = SettingsDocuments.Load($"nanoclaw.channels.{channel}.enabled = true", _ => null);

        Assert.NotNull(options);
    }

    [Fact]
    public void Load_NamedTimeZone_Resolves()
    {
        var options = SettingsDocuments.Load("nanoclaw.timezone = Europe/Berlin");

        Assert.Equal("Europe/Berlin", options.ResolveTimeZone().Id);
    }

    [Fact]
    public void Load_EmptyTimeZone_MeansTheMachineZone()
    {
        var options = SettingsDocuments.Load(string.Empty);

        Assert.Equal(TimeZoneInfo.Local, options.ResolveTimeZone());
    }

    [Fact]
    public void Load_ContextWindowsWithQuotedDottedKey_AddsToTheDefaultsAndTheLongestPrefixWins()
    {
        var options = SettingsDocuments.Load("""
            nanoclaw.model.context-windows { "gpt-4.1" = 1000000, llama3 = 8192 }
            nanoclaw.model.compact-at = 0.6
            """);

        Assert.Equal(1_000_000, options.Model.ContextWindowOf("gpt-4.1-mini"));
        Assert.Equal(8_192, options.Model.ContextWindowOf("llama3:8b"));
        Assert.Equal(200_000, options.Model.ContextWindowOf("claude-sonnet-4-5"));
        Assert.Equal(0.6, options.Model.CompactAt);
    }

    [Theory]
    [InlineData("nanoclaw.model.compact-at = 1.5", "nanoclaw.model.compact-at")]
    [InlineData("nanoclaw.agent.engine = gpt-engineer", "nanoclaw.agent.engine")]
    public void Load_BadEngineOrCompactionShare_FailsNamingTheKey(string overrides, string key)
    {
        Assert.Contains(key, SettingsDocuments.LoadError(overrides), StringComparison.Ordinal);
    }
}
