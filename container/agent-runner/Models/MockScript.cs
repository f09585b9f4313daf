namespace NanoClaw.AgentRunner.Models;

/// <summary>
/// Scripts the <c>mock</c> provider: when a user message contains <see cref="MockRule.When"/>, the
/// mock asks for <see cref="MockRule.Tool"/> with <see cref="MockRule.Input"/>, then answers with
/// <see cref="MockRule.Then"/> (where <c>{result}</c> is the tool's output).
/// </summary>
public sealed record MockScript(List<MockRule> Rules);
