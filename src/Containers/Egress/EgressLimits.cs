namespace NanoClaw.Containers.Egress;

/// <summary>What one run's traffic may use.</summary>
/// <param name="MaxConnections">Connections open at once.</param>
/// <param name="MaxBytesPerRun">Bytes in both directions over the whole run.</param>
/// <param name="ConnectTimeout">How long a connection to the site may take to open.</param>
/// <param name="IdleTimeout">A connection with no bytes either way for this long is closed.</param>
public sealed record EgressLimits(int MaxConnections, long MaxBytesPerRun, TimeSpan ConnectTimeout, TimeSpan IdleTimeout)
{
    public static EgressLimits Default { get; } = new(16, 256L * 1024 * 1024, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60));
}
