namespace NanoClaw.Channels.Registry;

/// <summary>
/// The WhatsApp block; credentials come from WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID,
/// WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN.
/// </summary>
public sealed record WhatsAppConfiguration(
    bool Enabled,
    string? AccessToken,
    string? PhoneNumberId,
    string? AppSecret,
    string? VerifyToken,
    Uri BaseUrl);
