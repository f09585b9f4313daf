namespace NanoClaw.Host.Api.Contracts;

/// <summary>One channel on <c>/healthz</c>.</summary>
/// <param name="Connected">The platform connection is up.</param>
/// <param name="FailedDeliveries">Messages given up on since start.</param>
/// <param name="LastError">The last delivery or connection failure, if any.</param>
public sealed record ChannelHealthView(bool Connected, int FailedDeliveries, string? LastError);
