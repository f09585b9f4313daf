namespace NanoClaw.Containers.Docker.Models;

/// <summary>
/// A piece of a container's output. Chunks are not lines: a line may span chunks. The consumer
/// owns <see cref="Data"/>.
/// </summary>
public sealed record LogChunk(LogStreamKind Stream, ReadOnlyMemory<byte> Data);
