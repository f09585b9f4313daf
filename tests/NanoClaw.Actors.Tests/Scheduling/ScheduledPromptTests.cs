using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tests.Scheduling;

public sealed class ScheduledPromptTests
{
    [Fact]
    public void Format_Prompt_PrefixesNanoClawMarkerAndBlankLine()
    {
        Assert.Equal(
            "[SCHEDULED TASK - The following message was sent automatically and is not coming directly from the user or group.]\n\nSend the daily summary.",
            ScheduledPrompt.Format("Send the daily summary."));
    }
}
