namespace NanoClaw.Containers.Docker.Models;

/// <summary>The build stream's auxiliary record; the last one names the built image.</summary>
public sealed record BuildAux(string? Id);
