using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Tests.Settings;

public sealed class EffectiveSettingsTests
{
    [Theory]
    [InlineData("nanoclaw:model:anthropic-api-key", true)]
    [InlineData("nanoclaw.channels.telegram.bot-token", true)]
    [InlineData("nanoclaw:channels:slack:app-token", true)]
    [InlineData("nanoclaw:persistence:postgres:connection-string", true)]
    [InlineData("nanoclaw:x:client-secret", true)]
    [InlineData("nanoclaw:x:password", true)]
    [InlineData("nanoclaw:containers:max-concurrent", false)]
    [InlineData("nanoclaw:channels:telegram:base-url", false)]
    public void IsSecret_Key_DetectsCredentialNames(string key, bool secret)
    {
        Assert.Equal(secret, SecretMask.IsSecret(key));
    }

    [Fact]
    public void Describe_WithSecretsSet_MasksThemAndShowsTheRest()
    {
        var environment = new Dictionary<string, string>
        {
            ["ANTHROPIC_API_KEY"] = "sk-very-secret",
            ["TELEGRAM_BOT_TOKEN"] = "123:telegram-secret",
            ["NANOCLAW_POSTGRES"] = "Password=pg-secret",
        };
        var configuration = SettingsDocuments.WithDefaults(string.Empty, name => environment.GetValueOrDefault(name));

        var lines = EffectiveSettings.Describe(configuration);

        Assert.Contains("nanoclaw.model.anthropic-api-key = ****", lines);
        Assert.Contains("nanoclaw.channels.telegram.bot-token = ****", lines);
        Assert.Contains("nanoclaw.persistence.postgres.connection-string = ****", lines);
        Assert.Contains("nanoclaw.containers.max-concurrent = 5", lines);
        Assert.DoesNotContain(lines, line => line.Contains("secret", StringComparison.Ordinal) && !line.EndsWith("****", StringComparison.Ordinal));
    }
}
