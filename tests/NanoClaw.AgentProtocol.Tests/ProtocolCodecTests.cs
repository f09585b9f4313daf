using System.Text;
using System.Text.Json;

namespace NanoClaw.AgentProtocol.Tests;

public class ProtocolCodecTests
{
    public static TheoryData<ProtocolMessage> Messages() => new()
    {
        new HelloMessage(ProtocolVersion.Current, "0.1.0"),
        new StartMessage("hi", null, "main", true, false, "Andy", "Europe/Berlin", new ModelSettings("mock", "m", 1024), "tok"),
        new FollowUpMessage("more"),
        new CloseMessage(),
        new OutputMessage("text"),
        new SessionMessage("s-1"),
        new ToolResultMessage("r1", "done", false),
        new IdleMessage(),
        new ErrorMessage("boom", true),
        new LogMessage("info", "note"),
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Encode_ThenDecode_RoundTrips(ProtocolMessage message)
    {
        var line = ProtocolCodec.Encode(message);

        Assert.Equal((byte)'\n', line[^1]);
        Assert.DoesNotContain((byte)'\n', line[..^1]);
        var decoded = ProtocolCodec.Decode(line.AsMemory(0, line.Length - 1));
        Assert.True(decoded.IsSuccess, decoded.Detail);
        Assert.Equal(message, decoded.Message);
    }

    [Fact]
    public void Encode_Start_UsesSnakeCaseAndTypeDiscriminator()
    {
        var start = new StartMessage("p", "s", "g", false, true, "Andy", "UTC", new ModelSettings("anthropic", "claude", 512), "t");

        var json = Encoding.UTF8.GetString(ProtocolCodec.Encode(start));

        Assert.StartsWith("{\"type\":\"start\"", json, StringComparison.Ordinal);
        Assert.Contains("\"session_id\":\"s\"", json, StringComparison.Ordinal);
        Assert.Contains("\"is_scheduled_task\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"proxy_token\":\"t\"", json, StringComparison.Ordinal);
        Assert.Contains("\"max_tokens\":512", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ToolRequest_KeepsArgumentsAsJson()
    {
        var decoded = ProtocolCodec.Decode("""{"request_id":"1","name":"send_message","arguments":{"text":"hi"},"type":"tool"}""");

        var request = Assert.IsType<ToolRequestMessage>(decoded.Message);
        Assert.Equal("hi", request.Arguments.GetProperty("text").GetString());
    }

    [Fact]
    public void Decode_UnknownType_ReportsUnknownType()
    {
        var decoded = ProtocolCodec.Decode("""{"type":"teleport","where":"mars"}""");

        Assert.Equal(DecodeFailure.UnknownType, decoded.Failure);
        Assert.Contains("teleport", decoded.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":5}")]
    [InlineData("{\"type\":\"output\",\"text\":")]
    [InlineData("{\"type\":\"error\",\"message\":\"x\",\"retryable\":\"maybe\"}")]
    [InlineData("{\"type\":\"session\"}")]
    public void Decode_MalformedLine_ReportsMalformedWithoutThrowing(string line)
    {
        var decoded = ProtocolCodec.Decode(line);

        Assert.False(decoded.IsSuccess);
        Assert.Equal(DecodeFailure.Malformed, decoded.Failure);
    }

    [Fact]
    public void Decode_LineOverCap_ReportsTooLong()
    {
        var decoded = ProtocolCodec.Decode(new byte[ProtocolLimits.MaxLineBytes + 1]);

        Assert.Equal(DecodeFailure.TooLong, decoded.Failure);
    }

    [Fact]
    public void Decode_ArgumentsAreIndependentOfTheLineBuffer()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"type":"tool","request_id":"1","name":"n","arguments":{"a":1}}""");
        var request = (ToolRequestMessage)ProtocolCodec.Decode(bytes).Message!;

        Array.Clear(bytes);

        Assert.Equal(1, request.Arguments.GetProperty("a").GetInt32());
        Assert.Equal(JsonValueKind.Object, request.Arguments.ValueKind);
    }
}
