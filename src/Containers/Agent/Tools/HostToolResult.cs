namespace NanoClaw.Containers.Agent.Tools;

/// <summary>The answer to a host tool call; refusals are results with <see cref="IsError"/> set, not exceptions.</summary>
public sealed record HostToolResult(string Content, bool IsError)
{
    public static HostToolResult Ok(string content) => new(content, false);

    public static HostToolResult Refused(string reason) => new(reason, true);
}
