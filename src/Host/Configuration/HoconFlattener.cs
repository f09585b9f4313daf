namespace NanoClaw.Host.Configuration;

/// <summary>
/// Flattens a resolved tree into <c>Microsoft.Extensions.Configuration</c> keys: <c>a:b:c</c>,
/// arrays as <c>a:0</c>, <c>a:1</c>. <c>null</c> stays a null value (the binder keeps its
/// default); an empty object or array becomes a key with a null value, as the JSON provider does.
/// </summary>
public static class HoconFlattener
{
    public static Dictionary<string, string?> Flatten(HoconObject root)
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        Visit(root, null, data);
        return data;
    }

    private static void Visit(HoconValue value, string? prefix, Dictionary<string, string?> data)
    {
        switch (value)
        {
            case HoconObject obj:
                if (obj.Count == 0 && prefix is not null)
                {
                    data[prefix] = null;
                }

                foreach (var key in obj.Keys)
                {
                    Visit(obj[key], prefix is null ? key : $"{prefix}:{key}", data);
                }

                break;
            case HoconArray array:
                if (array.Items.Count == 0 && prefix is not null)
                {
                    data[prefix] = null;
                }

                for (var i = 0; i < array.Items.Count; i++)
                {
                    Visit(array.Items[i], $"{prefix}:{i}", data);
                }

                break;
            case HoconScalar scalar:
                data[prefix!] = scalar.Kind == HoconScalarKind.Null ? null : scalar.Text;
                break;
            default:
                throw new InvalidOperationException($"Flatten needs a resolved tree, found {value.GetType().Name} at {value.Position}.");
        }
    }
}
