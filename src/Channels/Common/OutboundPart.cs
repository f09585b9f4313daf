namespace NanoClaw.Channels.Common;

/// <summary>One platform-sized piece of an outbound message, completed once delivered or given up on.</summary>
internal sealed class OutboundPart(string chatId, string text)
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string ChatId { get; } = chatId;

    public string Text { get; } = text;

    public Task Done => _done.Task;

    public void Delivered() => _done.TrySetResult();

    public void Failed(DeliveryFailure failure) => _done.TrySetException(new DeliveryFailedException(failure));
}
