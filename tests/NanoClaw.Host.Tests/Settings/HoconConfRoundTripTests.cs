using System.Reflection;
using Microsoft.Extensions.Configuration;
using NanoClaw.Host.Configuration;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Tests.Settings;

/// <summary>The repository's HOCON.conf, and the copy built into the binary, bind with the contract defaults.</summary>
public sealed class HoconConfRoundTripTests
{
    public static TheoryData<string> Sources => ["repository", "embedded"];

    [Fact]
    public void EmbeddedCopy_SameTextAsRepositoryFile()
    {
        Assert.Equal(File.ReadAllText(RepositoryFiles.HoconConf), EmbeddedHocon.Default.Text);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Load_HoconConf_BindsWithContractDefaults(string source)
    {
        var (configuration, baseDirectory) = Read(source, _ => null);

        var options = NanoClawSettings.Load(configuration, baseDirectory);

        Assert.Equal("Andy", configuration["nanoclaw:assistant-name"]);
        Assert.Equal("Andy", options.AssistantName);
        Assert.Equal("@Andy", options.Trigger);
        Assert.Equal(string.Empty, options.Timezone);
        Assert.Equal(TimeZoneInfo.Local, options.ResolveTimeZone());
        Assert.Equal("data", configuration["nanoclaw:data-dir"]);
        Assert.Equal(Path.Combine(baseDirectory, "data"), options.DataDir);
        Assert.Equal("groups", configuration["nanoclaw:groups-dir"]);
        Assert.Equal(Path.Combine(baseDirectory, "groups"), options.GroupsDir);
        Assert.Equal("127.0.0.1", options.Http.Host);
        Assert.Equal(8788, options.Http.Port);
        Assert.Equal(5, options.Containers.MaxConcurrent);
        Assert.Equal("nanoclaw-agent:latest", options.Containers.Image);
        Assert.Equal("30m", configuration["nanoclaw:containers:idle-timeout"]);
        Assert.Equal(TimeSpan.FromMinutes(30), options.Containers.IdleTimeout);
        Assert.Equal(ByteSize.Parse("2g"), options.Containers.Memory);
        Assert.Equal("none", options.Containers.Network);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Retry.BaseDelay);
        Assert.Equal(5, options.Retry.MaxRetries);
        Assert.Equal(PersistenceProvider.Sqlite, options.Persistence.Provider);
        Assert.Contains(configuration["nanoclaw:model:provider"], new[] { "anthropic", "openai", "mock" });
        Assert.False(string.IsNullOrEmpty(configuration["nanoclaw:model:base-url"]));
        Assert.False(string.IsNullOrEmpty(configuration["nanoclaw:model:name"]));
        Assert.Equal(200_000, options.Model.ContextWindowOf("claude-sonnet-4-5"));
        Assert.Equal(128_000, options.Model.ContextWindowOf("gpt-4o"));
        Assert.Equal(32_768, options.Model.ContextWindowOf("llama3"));
        Assert.Equal(0.8, options.Model.CompactAt);
        Assert.True(options.Channels.Web.Enabled);
        Assert.False(options.Channels.Telegram.Enabled || options.Channels.Slack.Enabled || options.Channels.Discord.Enabled || options.Channels.WhatsApp.Enabled);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void HoconConf_ListsEverySetting(string source)
    {
        // With every variable set, every optional substitution fills its key, so all keys appear.
        var (configuration, _) = Read(source, _ => "set");

        var missing = LeafKeys(typeof(NanoClawOptions), NanoClawOptions.SectionName)
            .Where(key => configuration.GetSection(key).Value is null && !configuration.GetSection(key).GetChildren().Any())
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void HoconConf_SecretsComeOnlyFromEnvironment()
    {
        var (configuration, _) = Read("repository", _ => null);

        var written = configuration.AsEnumerable().Where(pair => pair.Value is not null && SecretMask.IsSecret(pair.Key)).ToList();

        Assert.Empty(written);
    }

    [Fact]
    public void NanoClawOptions_CodeDefaults_MatchHoconConf()
    {
        var (configuration, _) = Read("repository", _ => null);
        var fromFile = new NanoClawOptions();
        NanoClawSettings.Bind(configuration, fromFile);

        var fromCode = new NanoClawOptions();

        Assert.Equal(Flatten(fromCode), Flatten(fromFile));
        Assert.Equal(fromCode.Logging.Categories, fromFile.Logging.Categories);
    }

    private static (IConfigurationRoot Configuration, string BaseDirectory) Read(string source, Func<string, string?> environment)
    {
        var hocon = source == "embedded" ? EmbeddedHocon.Default : HoconSource.FromFile(RepositoryFiles.HoconConf);
        var configuration = new ConfigurationBuilder().AddHocon(hocon, environment).Build();
        return (configuration, source == "embedded" ? "/srv/nanoclaw" : RepositoryFiles.Root);
    }

    private static IEnumerable<string> LeafKeys(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = $"{prefix}:{property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name.ToLowerInvariant()}";
            var children = property.PropertyType.IsClass && property.PropertyType.Namespace == typeof(NanoClawOptions).Namespace
                ? LeafKeys(property.PropertyType, key)
                : [key];
            foreach (var child in children)
            {
                yield return child;
            }
        }
    }

    private static List<string> Flatten(object options, string prefix = "")
    {
        var lines = new List<string>();
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(options);
            if (value is not null && property.PropertyType.Namespace == typeof(NanoClawOptions).Namespace && property.PropertyType.IsClass)
            {
                lines.AddRange(Flatten(value, $"{prefix}{property.Name}."));
            }
            else if (value is not System.Collections.IDictionary)
            {
                lines.Add($"{prefix}{property.Name} = {value}");
            }
        }

        return lines;
    }
}
