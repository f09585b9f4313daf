namespace NanoClaw.Containers.Docker.Models;

/// <summary>Which stream a log chunk came from (the first byte of a multiplexed frame header).</summary>
public enum LogStreamKind
{
    Stdin = 0,
    Stdout = 1,
    Stderr = 2,
}
