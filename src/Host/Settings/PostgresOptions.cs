using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

public sealed class PostgresOptions
{
    /// <summary>Only ever from the environment (<c>NANOCLAW_POSTGRES</c>), never written in HOCON.conf.</summary>
    [ConfigurationKeyName("connection-string")]
    public string? ConnectionString { get; set; }
}
