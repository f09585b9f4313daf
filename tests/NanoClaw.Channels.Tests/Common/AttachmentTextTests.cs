using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Tests.Common;

public sealed class AttachmentTextTests
{
    [Fact]
    public void Append_TextAndAttachments_OneLineEach()
    {
        var text = AttachmentText.Append("see these", [
            new InboundAttachment(AttachmentKind.Photo, "cat.jpg", 10, null),
            new InboundAttachment(AttachmentKind.File, "notes.txt", 5, "/g/attachments/notes.txt"),
        ]);

        Assert.Equal("see these\n[Photo: cat.jpg]\n[File: notes.txt] (/g/attachments/notes.txt)", text);
    }

    [Theory]
    [InlineData("image/png", AttachmentKind.Photo)]
    [InlineData("video/mp4", AttachmentKind.Video)]
    [InlineData("audio/ogg", AttachmentKind.Audio)]
    [InlineData("application/pdf", AttachmentKind.File)]
    [InlineData(null, AttachmentKind.File)]
    public void KindOf_ContentType_Kind(string? contentType, AttachmentKind expected)
    {
        Assert.Equal(expected, AttachmentText.KindOf(contentType));
    }
}
