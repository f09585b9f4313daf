namespace NanoClaw.Actors.Kernel;

/// <summary>
/// A message of the system lane: lifecycle, supervision and death watch. The system lane is drained
/// before every user message and has no ordering relative to the user lane.
/// </summary>
internal abstract record SystemMessage;
