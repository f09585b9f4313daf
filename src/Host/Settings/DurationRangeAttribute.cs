using System.ComponentModel.DataAnnotations;
using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>A <see cref="TimeSpan"/> between two durations written as in HOCON (<c>"1s"</c>, <c>"1d"</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DurationRangeAttribute : ValidationAttribute
{
    public DurationRangeAttribute(string minimum, string maximum)
        : base($"must be between {minimum} and {maximum}")
    {
        Minimum = HoconDuration.Parse(minimum);
        Maximum = HoconDuration.Parse(maximum);
    }

    public TimeSpan Minimum { get; }

    public TimeSpan Maximum { get; }

    public override bool IsValid(object? value) => value is TimeSpan duration && duration >= Minimum && duration <= Maximum;
}
