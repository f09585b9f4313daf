namespace NanoClaw.AgentProtocol;

/// <summary>Why a line could not be turned into a <see cref="ProtocolMessage"/>.</summary>
public enum DecodeFailure
{
    None,

    /// <summary>Not JSON, not an object, no string <c>type</c>, or fields of the wrong shape.</summary>
    Malformed,

    /// <summary>Well-formed JSON whose <c>type</c> this protocol version does not know.</summary>
    UnknownType,

    /// <summary>Longer than <see cref="ProtocolLimits.MaxLineBytes"/>; the line was skipped unread.</summary>
    TooLong,
}
