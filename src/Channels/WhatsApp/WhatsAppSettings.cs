namespace NanoClaw.Channels.WhatsApp;

/// <summary>
/// WhatsApp through the Cloud API: the access token and phone number id for sending through the Graph API
/// at <c>BaseUrl</c>, the app secret that signs webhook calls, and the verify token the webhook
/// subscription handshake must present.
/// </summary>
public sealed record WhatsAppSettings(string AccessToken, string PhoneNumberId, Uri BaseUrl, string AppSecret, string VerifyToken);
