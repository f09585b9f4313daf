using System.ComponentModel;
using System.Globalization;

namespace NanoClaw.Host.Configuration;

/// <summary>
/// Converts configuration text to <see cref="TimeSpan"/> with <see cref="HoconDuration"/>, so
/// <c>idle-timeout = 30m</c> binds. Registered for <see cref="TimeSpan"/> by <see cref="HoconTypeConverters"/>.
/// </summary>
public sealed class DurationConverter : TimeSpanConverter
{
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? HoconDuration.Parse(text) : base.ConvertFrom(context, culture, value);
}
