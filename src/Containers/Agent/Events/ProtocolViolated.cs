using NanoClaw.AgentProtocol;

namespace NanoClaw.Containers.Agent.Events;

/// <summary>
/// The runner sent a line the host could not accept (too long, malformed, unknown type, or a
/// message only the host may send). The host answered with an error and kept reading.
/// </summary>
public sealed record ProtocolViolated(DecodeFailure Failure, string Detail) : AgentEvent;
