using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>WhatsApp through the Cloud API.</summary>
public sealed class WhatsAppChannelOptions : ChannelOptions
{
    [ConfigurationKeyName("access-token")]
    public string? AccessToken { get; set; }

    [ConfigurationKeyName("phone-number-id")]
    public string? PhoneNumberId { get; set; }

    /// <summary>The app secret that signs webhook calls (X-Hub-Signature-256).</summary>
    [ConfigurationKeyName("app-secret")]
    public string? AppSecret { get; set; }

    /// <summary>The token Meta presents when subscribing the webhook.</summary>
    [ConfigurationKeyName("verify-token")]
    public string? VerifyToken { get; set; }

    [ConfigurationKeyName("base-url")]
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://graph.facebook.com/v21.0";
}
