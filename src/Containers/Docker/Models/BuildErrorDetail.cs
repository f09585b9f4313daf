namespace NanoClaw.Containers.Docker.Models;

/// <summary>The structured error of a failed build step.</summary>
public sealed record BuildErrorDetail(int? Code, string? Message);
