namespace NanoClaw.Channels;

/// <summary>A file that came with a message. <see cref="LocalPath"/> is set when it was downloaded.</summary>
public sealed record InboundAttachment(AttachmentKind Kind, string Name, long? Size, string? LocalPath);
