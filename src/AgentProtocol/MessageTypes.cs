using System.Collections.Frozen;

namespace NanoClaw.AgentProtocol;

/// <summary>The <c>type</c> discriminators of the protocol.</summary>
public static class MessageTypes
{
    public const string Hello = "hello";
    public const string Start = "start";
    public const string Message = "message";
    public const string Close = "close";
    public const string Output = "output";
    public const string Session = "session";
    public const string Tool = "tool";
    public const string ToolResult = "tool_result";
    public const string Idle = "idle";
    public const string Error = "error";
    public const string Log = "log";

    /// <summary>Every type this version knows; anything else is an unknown type, not malformed JSON.</summary>
    public static FrozenSet<string> All { get; } = new[]
    {
        Hello, Start, Message, Close, Output, Session, Tool, ToolResult, Idle, Error, Log,
    }.ToFrozenSet(StringComparer.Ordinal);
}
