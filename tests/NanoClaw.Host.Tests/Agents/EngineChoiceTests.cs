using NanoClaw.Host.Agents;

namespace NanoClaw.Host.Tests.Agents;

public sealed class EngineChoiceTests
{
    [Theory]
    [InlineData(null, "auto", "anthropic", "claude-code", false)]
    [InlineData(null, "auto", "openai", "builtin", false)]
    [InlineData(null, "auto", "mock", "builtin", false)]
    [InlineData(null, "builtin", "anthropic", "builtin", false)]
    [InlineData("builtin", "claude-code", "anthropic", "builtin", false)]
    [InlineData("claude-code", "builtin", "anthropic", "claude-code", false)]
    [InlineData("claude-code", "auto", "mock", "builtin", true)]
    [InlineData(null, "claude-code", "openai", "builtin", true)]
    public void Resolve_GroupNodeAndProvider_GivesTheEngineThatCanRun(string? group, string node, string provider, string expected, bool noted)
    {
        var choice = EngineChoice.Resolve(group, node, provider);

        Assert.Equal(expected, choice.Engine);
        Assert.Equal(noted, choice.Note is not null);
    }
}
