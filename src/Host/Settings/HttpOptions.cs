using System.ComponentModel.DataAnnotations;

namespace NanoClaw.Host.Settings;

/// <summary>The built-in web server (web chat, dashboard). Loopback only by default.</summary>
public sealed class HttpOptions
{
    [Required]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 8788;
}
