namespace NanoClaw.AgentProtocol;

/// <summary>The outcome of decoding one line: a message, or a failure with a reason fit for a log line.</summary>
public readonly record struct DecodeResult(ProtocolMessage? Message, DecodeFailure Failure, string Detail)
{
    public bool IsSuccess => Message is not null;

    public static DecodeResult Ok(ProtocolMessage message) => new(message, DecodeFailure.None, string.Empty);

    public static DecodeResult Fail(DecodeFailure failure, string detail) => new(null, failure, detail);
}
