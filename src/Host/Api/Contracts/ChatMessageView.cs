namespace NanoClaw.Host.Api.Contracts;

/// <summary>One message of a chat as the API shows it; <c>direction</c> is <c>in</c> (to the assistant) or <c>out</c> (its replies).</summary>
public sealed record ChatMessageView(string Id, string Direction, string Sender, string Text, DateTimeOffset Time);
