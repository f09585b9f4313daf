namespace NanoClaw.AgentProtocol;

/// <summary>What a <see cref="ProtocolLineReader"/> read.</summary>
public enum LineReadKind
{
    Line,
    TooLong,
    EndOfStream,
}
