using System.ComponentModel;
using System.Globalization;
using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>
/// Checks that a configuration string converts to a property type the way the binder will convert
/// it, so a bad value is reported with its key and the expected form instead of a binder exception.
/// </summary>
internal static class SettingValues
{
    public static bool CanConvert(string value, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return true;
        }

        if (type.IsEnum)
        {
            // Enum.TryParse also takes numbers, which would let "7" through as an undefined member.
            return !value.TrimStart().StartsWith('-') && !char.IsDigit(value.TrimStart().FirstOrDefault())
                && Enum.TryParse(type, value, ignoreCase: true, out _);
        }

        return type switch
        {
            _ when type == typeof(bool) => bool.TryParse(value, out _),
            _ when type == typeof(int) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            _ when type == typeof(long) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            _ when type == typeof(double) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            _ when type == typeof(TimeSpan) => HoconDuration.TryParse(value, out _),
            _ when type == typeof(ByteSize) => ByteSize.TryParse(value, out _),
            _ => TryConverter(value, type),
        };
    }

    public static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type.IsEnum => "must be one of " + string.Join(", ", Enum.GetNames(type).Select(name => name.ToLowerInvariant())),
            _ when type == typeof(bool) => "must be true or false",
            _ when type == typeof(int) || type == typeof(long) => "must be a whole number",
            _ when type == typeof(double) => "must be a number",
            _ when type == typeof(TimeSpan) => "must be " + HoconDuration.Expected,
            _ when type == typeof(ByteSize) => "must be " + ByteSize.Expected,
            _ => $"must be a {type.Name}",
        };
    }

    private static bool TryConverter(string value, Type type)
    {
        try
        {
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
