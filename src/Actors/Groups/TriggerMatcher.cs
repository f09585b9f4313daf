using System.Text.RegularExpressions;

namespace NanoClaw.Actors.Groups;

/// <summary>
/// Whether a message addresses the assistant: the trimmed text starts with the trigger, in any
/// case, followed by a word boundary. The trigger is literal text (regex characters in it match
/// themselves). <c>@Andy hi</c>, <c>@andy</c>, <c>  @Andy</c>, <c>@Andy,</c> and <c>@Andy's</c>
/// match; <c>hello @Andy</c> and <c>@Andyx</c> do not.
/// </summary>
public sealed class TriggerMatcher
{
    private readonly Regex _pattern;

    /// <param name="trigger">The trigger text; surrounding white space is ignored.</param>
    public TriggerMatcher(string trigger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);
        Trigger = trigger.Trim();
        _pattern = new Regex(
            "^" + Regex.Escape(Trigger) + @"\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The trimmed trigger text.</summary>
    public string Trigger { get; }

    /// <summary>
    /// The matcher of a group: its own trigger when it has one, else
    /// <see cref="GroupDefaults.Trigger"/> of the assistant's name.
    /// </summary>
    public static TriggerMatcher ForGroup(string? groupTrigger, string assistantName) =>
        new(string.IsNullOrWhiteSpace(groupTrigger) ? GroupDefaults.Trigger(assistantName) : groupTrigger);

    /// <summary>True when the trimmed <paramref name="text"/> starts with the trigger.</summary>
    public bool Matches(string? text) => text is not null && _pattern.IsMatch(text.Trim());
}
