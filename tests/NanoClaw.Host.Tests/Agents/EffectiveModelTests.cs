using NanoClaw.Containers.ModelProxy;
using NanoClaw.Host.Agents;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Tests.Agents;

public sealed class EffectiveModelTests
{
    public static TheoryData<ModelProvider, string, string?, string?, string, string?> Table => new()
    {
        // provider, base url, anthropic key, openai key → effective provider, banner
        { ModelProvider.Anthropic, "https://api.anthropic.com", "sk-ant-x", null, "anthropic", null },
        { ModelProvider.Anthropic, "https://api.anthropic.com", null, null, "mock", EffectiveModel.NoAnthropicKeyBanner },
        { ModelProvider.Anthropic, "https://api.anthropic.com", "  ", "sk-openai", "mock", EffectiveModel.NoAnthropicKeyBanner },
        { ModelProvider.OpenAI, "https://api.anthropic.com", null, "sk-openai", "openai", null },
        { ModelProvider.OpenAI, "https://api.anthropic.com", "sk-ant-x", null, "mock", EffectiveModel.NoOpenAIKeyBanner },
        { ModelProvider.OpenAI, "https://models.example.com/v1", null, null, "mock", EffectiveModel.NoOpenAIKeyBanner },
        { ModelProvider.OpenAI, "http://127.0.0.1:11434/v1", null, null, "openai", null },
        { ModelProvider.OpenAI, "http://localhost:11434/v1", null, null, "openai", null },
        { ModelProvider.OpenAI, "http://[::1]:11434/v1", null, null, "openai", null },
        { ModelProvider.Mock, "https://api.anthropic.com", "sk-ant-x", "sk-openai", "mock", EffectiveModel.MockBanner },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void From_ProviderAndKeys_ChoosesModelAndBanner(
        ModelProvider provider, string baseUrl, string? anthropicKey, string? openAIKey, string expectedProvider, string? expectedBanner)
    {
        var options = new ModelOptions
        {
            Provider = provider, BaseUrl = baseUrl, Name = "some-model", AnthropicApiKey = anthropicKey, OpenAIApiKey = openAIKey,
        };

        var model = EffectiveModel.From(options);

        Assert.Equal(expectedProvider, model.Settings.Provider);
        Assert.Equal(expectedBanner, model.Banner);
        Assert.Equal(expectedProvider == "mock", model.IsMock);
        Assert.Equal(EffectiveModel.DefaultMaxTokens, model.Settings.MaxTokens);
    }

    [Fact]
    public void From_AnthropicWithKey_ProxyForwardsToConfiguredUrlWithTheKey()
    {
        var model = EffectiveModel.From(new ModelOptions { AnthropicApiKey = "sk-ant-key", Name = "claude-x" });

        Assert.Equal("claude-x", model.Settings.Name);
        Assert.Equal(UpstreamKind.Anthropic, model.Proxy!.Upstream);
        Assert.Equal(new Uri("https://api.anthropic.com"), model.Proxy.BaseUrl);
        Assert.Equal("sk-ant-key", model.Proxy.ApiKey);
    }

    [Fact]
    public void From_LocalOpenAICompatibleServer_ProxyNeedsNoKey()
    {
        var model = EffectiveModel.From(new ModelOptions { Provider = ModelProvider.OpenAI, BaseUrl = "http://127.0.0.1:11434/v1", Name = "llama3" });

        Assert.Equal(new ModelProxyOptions { Upstream = UpstreamKind.OpenAI, BaseUrl = new Uri("http://127.0.0.1:11434/v1") }, model.Proxy);
        Assert.Equal("llama3", model.Settings.Name);
    }

    [Theory]
    [InlineData("claude-sonnet-4-5", 200_000)]
    [InlineData("gpt-4o-mini", 64_000)]
    [InlineData("gpt-4o", 128_000)]
    [InlineData("llama3", 8_192)]
    [InlineData("qwen2.5", 32_768)]
    public void From_ModelName_TakesTheLongestMatchingWindowPrefixAndTheCompactionShare(string name, int window)
    {
        var options = new ModelOptions { Provider = ModelProvider.OpenAI, BaseUrl = "http://127.0.0.1:11434/v1", Name = name, CompactAt = 0.6 };
        options.ContextWindows["gpt-4o-mini"] = 64_000;
        options.ContextWindows["LLAMA"] = 8_192;

        var model = EffectiveModel.From(options);

        Assert.Equal(window, model.Settings.ContextWindow);
        Assert.Equal(0.6, model.Settings.CompactAt);
    }
}
