namespace NanoClaw.AgentRunner.Tests.Models;

/// <summary>One scripted answer of the fake model server, written chunk by chunk with a flush after each.</summary>
internal sealed record ScriptedResponse(int Status, string ContentType, IReadOnlyList<string> Chunks)
{
    public static ScriptedResponse Sse(params string[] events) => new(200, "text/event-stream", events);

    public static ScriptedResponse Error(int status, string json) => new(status, "application/json", [json]);
}
