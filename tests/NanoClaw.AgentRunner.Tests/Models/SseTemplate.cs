using System.Globalization;

namespace NanoClaw.AgentRunner.Tests.Models;

/// <summary>Fills <c>@NAME@</c> placeholders in JSON templates (JSON braces make interpolation awkward).</summary>
internal static class SseTemplate
{
    public static string Fill(string template, params (string Name, object Value)[] values) =>
        values.Aggregate(template, (text, v) =>
            text.Replace($"@{v.Name}@", Convert.ToString(v.Value, CultureInfo.InvariantCulture), StringComparison.Ordinal));
}
