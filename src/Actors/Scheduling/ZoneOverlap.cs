namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// The local times a daylight-saving fall-back repeats: wall-clock times from <see cref="Start"/>
/// up to (excluding) <see cref="End"/> occur first with the daylight offset, then again with
/// <see cref="StandardOffset"/>.
/// </summary>
internal sealed record ZoneOverlap(DateTime Start, DateTime End, TimeSpan StandardOffset);
