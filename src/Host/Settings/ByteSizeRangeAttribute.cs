using System.ComponentModel.DataAnnotations;
using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>A <see cref="ByteSize"/> between two sizes written as in HOCON (<c>"64m"</c>, <c>"1t"</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ByteSizeRangeAttribute : ValidationAttribute
{
    public ByteSizeRangeAttribute(string minimum, string maximum)
        : base($"must be between {minimum} and {maximum}")
    {
        Minimum = ByteSize.Parse(minimum);
        Maximum = ByteSize.Parse(maximum);
    }

    public ByteSize Minimum { get; }

    public ByteSize Maximum { get; }

    public override bool IsValid(object? value) => value is ByteSize size && size.CompareTo(Minimum) >= 0 && size.CompareTo(Maximum) <= 0;
}
