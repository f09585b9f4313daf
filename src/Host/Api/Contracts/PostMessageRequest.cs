namespace NanoClaw.Host.Api.Contracts;

/// <summary><c>POST /api/chats/{chatId}/messages</c>: <c>id</c> is optional and dedupes retries.</summary>
public sealed record PostMessageRequest(string? Text, string? Sender, string? SenderName, string? Id = null);
