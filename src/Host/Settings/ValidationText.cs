using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace NanoClaw.Host.Settings;

/// <summary>What a validation attribute allows, phrased to follow "key = value is invalid: ".</summary>
internal static class ValidationText
{
    public static string Describe(ValidationAttribute attribute) => attribute switch
    {
        RangeAttribute range => string.Create(CultureInfo.InvariantCulture, $"must be between {range.Minimum} and {range.Maximum}"),
        RequiredAttribute => "a value is required",
        AllowedValuesAttribute allowed => "must be one of " + string.Join(", ", allowed.Values),
        UrlAttribute => "must be an absolute http or https URL",
        _ => attribute.ErrorMessage ?? attribute.FormatErrorMessage("value"),
    };

    /// <summary>The allowed range of a property, e.g. <c>between 1 and 100</c>, or null when it has none.</summary>
    public static string? RangeOf(PropertyInfo? property)
    {
        var attribute = property?.GetCustomAttributes<ValidationAttribute>()
            .FirstOrDefault(candidate => candidate is RangeAttribute or DurationRangeAttribute or ByteSizeRangeAttribute);
        return attribute is null ? null : Describe(attribute).Replace("must be ", string.Empty, StringComparison.Ordinal);
    }
}
