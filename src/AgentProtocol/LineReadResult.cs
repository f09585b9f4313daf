namespace NanoClaw.AgentProtocol;

/// <summary>One step of a <see cref="ProtocolLineReader"/>.</summary>
/// <param name="Line">The line without its newline; empty unless <see cref="IsLine"/>.</param>
/// <param name="Length">For <see cref="IsTooLong"/>: how many bytes the skipped line had.</param>
public readonly record struct LineReadResult(LineReadKind Kind, ReadOnlyMemory<byte> Line, long Length)
{
    public bool IsLine => Kind == LineReadKind.Line;

    public bool IsTooLong => Kind == LineReadKind.TooLong;

    public bool IsEndOfStream => Kind == LineReadKind.EndOfStream;
}
