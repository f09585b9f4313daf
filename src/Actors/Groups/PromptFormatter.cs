using System.Globalization;
using System.Text;

namespace NanoClaw.Actors.Groups;

/// <summary>
/// Formats a batch of messages as the prompt NanoClaw v1 sends its agent:
/// <code>
/// &lt;context timezone="Europe/Berlin" /&gt;
/// &lt;messages&gt;
/// &lt;message sender="Alice" time="Jan 1, 2024, 1:30 PM"&gt;hello&lt;/message&gt;
/// &lt;/messages&gt;
/// </code>
/// A reply carries <c>reply_to="&lt;id&gt;"</c> and, when the quoted sender and text are both
/// known, a line <c>  &lt;quoted_message from="…"&gt;…&lt;/quoted_message&gt;</c> just before the text.
/// </summary>
public sealed class PromptFormatter
{
    // en-US with a short month and a 12-hour clock, as NanoClaw's Intl format gives it, but with
    // a plain space before AM/PM (newer ICU versions write a narrow no-break space there).
    private const string TimeFormat = "MMM d, yyyy, h:mm tt";

    private readonly TimeZoneInfo _zone;
    private readonly int _maxMessages;

    /// <param name="zone">The group's zone; times are shown in it and its id names it in the header.</param>
    /// <param name="maxMessagesPerPrompt">The cap; the default is <see cref="GroupDefaults.MaxMessagesPerPrompt"/>.</param>
    public PromptFormatter(TimeZoneInfo zone, int maxMessagesPerPrompt = GroupDefaults.MaxMessagesPerPrompt)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessagesPerPrompt, 1);
        _zone = zone;
        _maxMessages = maxMessagesPerPrompt;
    }

    /// <summary>
    /// The prompt for <paramref name="messages"/>, given oldest first. Over the cap, the newest
    /// messages are kept, as NanoClaw's query takes the most recent ones since the cursor.
    /// An empty list gives the header and an empty <c>messages</c> block.
    /// </summary>
    public string Format(IReadOnlyList<StoredMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var skip = Math.Max(0, messages.Count - _maxMessages);
        var prompt = new StringBuilder()
            .Append("<context timezone=\"").Append(XmlText.Escape(_zone.Id)).Append("\" />\n")
            .Append("<messages>\n");
        for (var i = skip; i < messages.Count; i++)
        {
            if (i > skip)
            {
                prompt.Append('\n');
            }

            AppendMessage(prompt, messages[i]);
        }

        return prompt.Append("\n</messages>").ToString();
    }

    /// <summary>The instant as the prompt shows it: in the group's zone, e.g. <c>Jan 1, 2024, 1:30 PM</c>.</summary>
    public string FormatTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, _zone).ToString(TimeFormat, CultureInfo.InvariantCulture);

    private void AppendMessage(StringBuilder prompt, StoredMessage message)
    {
        prompt.Append("<message sender=\"").Append(XmlText.Escape(message.SenderName))
            .Append("\" time=\"").Append(XmlText.Escape(FormatTime(message.Timestamp))).Append('"');
        var reply = message.ReplyTo;
        if (!string.IsNullOrEmpty(reply?.MessageId))
        {
            prompt.Append(" reply_to=\"").Append(XmlText.Escape(reply.MessageId)).Append('"');
        }

        prompt.Append('>');
        if (!string.IsNullOrEmpty(reply?.Text) && !string.IsNullOrEmpty(reply.SenderName))
        {
            prompt.Append("\n  <quoted_message from=\"").Append(XmlText.Escape(reply.SenderName)).Append("\">")
                .Append(XmlText.Escape(reply.Text)).Append("</quoted_message>");
        }

        prompt.Append(XmlText.Escape(message.Text)).Append("</message>");
    }
}
