namespace NanoClaw.AgentRunner.Tools;

/// <summary>What a tool gives back to the model; failures are outcomes too, so the model can react.</summary>
public sealed record ToolOutcome(string Content, bool IsError)
{
    public static ToolOutcome Ok(string content) => new(content, false);

    public static ToolOutcome Fail(string content) => new(content, true);
}
