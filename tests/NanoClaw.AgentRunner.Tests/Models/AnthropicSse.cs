namespace NanoClaw.AgentRunner.Tests.Models;

/// <summary>Builds Anthropic Messages API stream events as the real API sends them.</summary>
internal static class AnthropicSse
{
    public static string Event(string type, string json) => $"event: {type}\ndata: {json}\n\n";

    public static string Start() => Event("message_start",
        """{"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"claude-test","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":10,"output_tokens":1}}}""");

    public static string TextStart(int index) => Event("content_block_start",
        SseTemplate.Fill("""{"type":"content_block_start","index":@INDEX@,"content_block":{"type":"text","text":""}}""", ("INDEX", index)));

    public static string TextDelta(int index, string text) => Event("content_block_delta",
        SseTemplate.Fill("""{"type":"content_block_delta","index":@INDEX@,"delta":{"type":"text_delta","text":"@TEXT@"}}""", ("INDEX", index), ("TEXT", text)));

    public static string ToolStart(int index, string id, string name) => Event("content_block_start",
        SseTemplate.Fill("""{"type":"content_block_start","index":@INDEX@,"content_block":{"type":"tool_use","id":"@ID@","name":"@NAME@","input":{}}}""", ("INDEX", index), ("ID", id), ("NAME", name)));

    public static string JsonDelta(int index, string partialJsonEscaped) => Event("content_block_delta",
        SseTemplate.Fill("""{"type":"content_block_delta","index":@INDEX@,"delta":{"type":"input_json_delta","partial_json":"@PARTIALJSONESCAPED@"}}""", ("INDEX", index), ("PARTIALJSONESCAPED", partialJsonEscaped)));

    public static string BlockStop(int index) => Event("content_block_stop", SseTemplate.Fill("""{"type":"content_block_stop","index":@INDEX@}""", ("INDEX", index)));

    public static string Stop(string reason) =>
        Event("message_delta", SseTemplate.Fill("""{"type":"message_delta","delta":{"stop_reason":"@REASON@","stop_sequence":null},"usage":{"output_tokens":5}}""", ("REASON", reason)))
        + Event("message_stop", """{"type":"message_stop"}""");

    public static ScriptedResponse Text(params string[] parts) => ScriptedResponse.Sse(
        [Start(), TextStart(0), .. parts.Select(p => TextDelta(0, p)), BlockStop(0), Stop("end_turn")]);

    /// <summary>A text reply whose usage says the request carried <paramref name="inputTokens"/> tokens.</summary>
    public static ScriptedResponse TextWithUsage(int inputTokens, int outputTokens, string text) => ScriptedResponse.Sse(
        Event("message_start", SseTemplate.Fill(
            """{"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"claude-test","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":@IN@,"output_tokens":1}}}""",
            ("IN", inputTokens))),
        TextStart(0), TextDelta(0, text), BlockStop(0),
        Event("message_delta", SseTemplate.Fill("""{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":@OUT@}}""", ("OUT", outputTokens))),
        Event("message_stop", """{"type":"message_stop"}"""));

    public static ScriptedResponse TooLong() => ScriptedResponse.Error(400,
        """{"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 2345 tokens > 2000 maximum"}}""");

    public static ScriptedResponse ToolCall(string id, string name, params string[] jsonParts) => ScriptedResponse.Sse(
        [Start(), TextStart(0), TextDelta(0, "Let me check."), BlockStop(0), ToolStart(1, id, name),
         .. jsonParts.Select(p => JsonDelta(1, p)), BlockStop(1), Stop("tool_use")]);
}
