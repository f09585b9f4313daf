namespace NanoClaw.Actors.Chats;

/// <summary>Delivers a group's reply to a chat on whichever platform owns it.</summary>
public interface IReplySender
{
    /// <summary>Completes once the platform accepted every part; faults when it refused (see <c>DeliveryFailedException</c>) or no channel owns the chat.</summary>
    Task SendAsync(string chatId, string text, CancellationToken cancellationToken);

    /// <summary>Shows or clears the typing indicator where the platform has one; never throws.</summary>
    Task SetTypingAsync(string chatId, bool isTyping, CancellationToken cancellationToken);
}
