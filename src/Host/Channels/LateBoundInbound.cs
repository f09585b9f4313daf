using NanoClaw.Channels;

namespace NanoClaw.Host.Channels;

/// <summary>
/// The channels' sink, bound to the node's inbound router once the actors exist. The channels are built
/// before the actors (the actors' reply sender needs them) but connect only after <see cref="Bind"/>,
/// so nothing arrives unbound; if something did, it faults and the platform delivers it again.
/// </summary>
internal sealed class LateBoundInbound : IChannelInbound
{
    private IChannelInbound? _target;

    public void Bind(IChannelInbound target) => Volatile.Write(ref _target, target);

    public Task OnMessageAsync(InboundMessage message, CancellationToken cancellationToken) =>
        Target().OnMessageAsync(message, cancellationToken);

    public Task OnChatMetadataAsync(ChatMetadata metadata, CancellationToken cancellationToken) =>
        Target().OnChatMetadataAsync(metadata, cancellationToken);

    private IChannelInbound Target() =>
        Volatile.Read(ref _target) ?? throw new InvalidOperationException("the channels are not bound to the node yet");
}
