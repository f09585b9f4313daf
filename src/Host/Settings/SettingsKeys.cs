using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>How option properties meet configuration keys, shared by binding checks and validation.</summary>
internal static class SettingsKeys
{
    /// <summary>The key a property binds from: its <see cref="ConfigurationKeyNameAttribute"/> or its name.</summary>
    public static string KeyOf(PropertyInfo property) =>
        property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name;

    /// <summary>The section a property binds from, spelt as the document spells it when present.</summary>
    public static IConfigurationSection ChildOf(IConfigurationSection section, PropertyInfo property)
    {
        var key = KeyOf(property);
        return section.GetChildren().FirstOrDefault(child => string.Equals(child.Key, key, StringComparison.OrdinalIgnoreCase))
            ?? section.GetSection(key.ToLowerInvariant());
    }

    /// <summary>A configuration path as it reads in HOCON: <c>nanoclaw.containers.max-concurrent</c>.</summary>
    public static string Display(string path) => path.Replace(':', '.');

    public static IEnumerable<PropertyInfo> Bindable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite && property.GetIndexParameters().Length == 0);

    /// <summary>Option classes are walked into; everything else is a leaf value or a dictionary.</summary>
    public static bool IsOptionsClass(Type type) =>
        type.IsClass && type.Namespace == typeof(NanoClawOptions).Namespace;

    public static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) && type.GetGenericArguments()[0] == typeof(string)
            ? type.GetGenericArguments()[1]
            : null;
}
