namespace NanoClaw.Channels;

public enum AttachmentKind
{
    Photo,
    Video,
    Audio,
    Voice,
    File,
}
