using System.ComponentModel;

namespace NanoClaw.Host.Configuration;

/// <summary>
/// <c>ConfigurationBinder</c> converts strings with <see cref="TypeDescriptor.GetConverter(Type)"/>.
/// Registering <see cref="DurationConverter"/> for <see cref="TimeSpan"/> lets plain
/// <see cref="TimeSpan"/> option properties read <c>30m</c>. It still reads every form the standard
/// converter reads except a bare number, which would otherwise mean days. Process-wide and idempotent.
/// </summary>
public static class HoconTypeConverters
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            TypeDescriptor.AddAttributes(typeof(TimeSpan), new TypeConverterAttribute(typeof(DurationConverter)));
        }
    }
}
