namespace NanoClaw.Channels.WhatsApp;

/// <summary>What the node's HTTP server answers a webhook call with.</summary>
public sealed record WebhookResponse(int StatusCode, string Body);
