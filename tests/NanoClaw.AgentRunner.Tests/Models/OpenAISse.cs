namespace NanoClaw.AgentRunner.Tests.Models;

/// <summary>Builds Chat Completions stream chunks as OpenAI-compatible servers send them.</summary>
internal static class OpenAISse
{
    public static string Chunk(string delta, string finish = "null") =>
        SseTemplate.Fill("""data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":@DELTA@,"finish_reason":@FINISH@}]}""", ("DELTA", delta), ("FINISH", finish)) + "\n\n";

    public const string Done = "data: [DONE]\n\n";

    public static ScriptedResponse Text(params string[] parts) => ScriptedResponse.Sse(
        [Chunk("""{"role":"assistant","content":""}"""), .. parts.Select(p => Chunk(SseTemplate.Fill("""{"content":"@P@"}""", ("P", p)))), Chunk("{}", "\"stop\""), Done]);

    public static ScriptedResponse ToolCall(string id, string name, params string[] argumentParts) => ScriptedResponse.Sse(
        [Chunk(SseTemplate.Fill("""{"role":"assistant","tool_calls":[{"index":0,"id":"@ID@","type":"function","function":{"name":"@NAME@","arguments":""}}]}""", ("ID", id), ("NAME", name))),
         .. argumentParts.Select(p => Chunk(SseTemplate.Fill("""{"tool_calls":[{"index":0,"function":{"arguments":"@P@"}}]}""", ("P", p)))),
         Chunk("{}", "\"tool_calls\""), Done]);
}
