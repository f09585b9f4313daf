using System.ComponentModel.DataAnnotations;

namespace NanoClaw.Host.Settings;

/// <summary>An IANA time zone known to this machine, or empty for the machine's own zone.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TimeZoneIdAttribute : ValidationAttribute
{
    public TimeZoneIdAttribute()
        : base("must be an IANA time zone such as Europe/Berlin, or empty for the machine's zone")
    {
    }

    public override bool IsValid(object? value)
    {
        if (value is not string id || id.Length == 0)
        {
            return value is null or string;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
    }
}
