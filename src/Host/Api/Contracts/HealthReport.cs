namespace NanoClaw.Host.Api.Contracts;

/// <summary><c>GET /healthz</c>: <c>ok</c> when Docker answers and every channel is connected, else <c>degraded</c>.</summary>
public sealed record HealthReport(string Status, DockerHealth Docker, IReadOnlyDictionary<string, ChannelHealthView> Channels);
