using Microsoft.Extensions.Configuration;
using NanoClaw.Containers.ModelProxy;
using NanoClaw.Host.Configuration;
using NanoClaw.Host.Containers;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Tests.Containers;

/// <summary>The model proxy's upstream and key come from <c>nanoclaw.model</c> and the host's environment.</summary>
public sealed class ModelProxySettingsMappingTests
{
    [Fact]
    public void ToProxyOptions_Defaults_AnthropicPublicEndpointWithKeyFromEnvironment()
    {
        var options = Load(string.Empty, name => name == "ANTHROPIC_API_KEY" ? "sk-ant-host-only" : null);

        var proxy = options.Model.ToProxyOptions();

        Assert.NotNull(proxy);
        Assert.Equal(UpstreamKind.Anthropic, proxy.Upstream);
        Assert.Equal(new Uri("https://api.anthropic.com"), proxy.BaseUrl);
        Assert.Equal("sk-ant-host-only", proxy.ApiKey);
    }

    [Fact]
    public void ToProxyOptions_OpenAIWithLocalBaseUrl_ForwardsThereWithOpenAIKey()
    {
        var options = Load(
            "nanoclaw.model { provider = openai, base-url = \"http://127.0.0.1:11434/v1\", name = llama3 }",
            name => name switch { "OPENAI_API_KEY" => "sk-openai", "ANTHROPIC_API_KEY" => "sk-ant", _ => null });

        var proxy = options.Model.ToProxyOptions();

        Assert.NotNull(proxy);
        Assert.Equal(UpstreamKind.OpenAI, proxy.Upstream);
        Assert.Equal(new Uri("http://127.0.0.1:11434/v1"), proxy.BaseUrl);
        Assert.Equal("sk-openai", proxy.ApiKey);
    }

    [Fact]
    public void ToProxyOptions_OpenAIWithDefaultBaseUrl_UsesOpenAIPublicEndpoint()
    {
        var options = Load("nanoclaw.model.provider = openai", _ => null);

        var proxy = options.Model.ToProxyOptions();

        Assert.NotNull(proxy);
        Assert.Equal(ModelProxyOptions.DefaultBaseUrl(UpstreamKind.OpenAI), proxy.BaseUrl);
        Assert.Null(proxy.ApiKey);
    }

    [Fact]
    public void ToProxyOptions_Mock_HasNoUpstream()
    {
        var options = Load("nanoclaw.model.provider = mock", name => name == "ANTHROPIC_API_KEY" ? "sk-ant" : null);

        Assert.Null(options.Model.ToProxyOptions());
    }

    private static NanoClawOptions Load(string overrides, Func<string, string?> environment)
    {
        var text = File.ReadAllText(RepositoryFiles.HoconConf) + "\n" + overrides + "\n";
        var configuration = new ConfigurationBuilder().AddHocon(HoconSource.FromText(text, "model.conf"), environment).Build();
        return NanoClawSettings.Load(configuration, Path.GetTempPath());
    }
}
