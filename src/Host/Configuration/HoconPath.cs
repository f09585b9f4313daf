using System.Text;

namespace NanoClaw.Host.Configuration;

/// <summary>Path expressions: <c>a.b.c</c>, with quoted segments (<c>a."b.c"</c>) kept whole.</summary>
public static class HoconPath
{
    public static IReadOnlyList<string> Parse(string expression, SourcePosition position)
    {
        var segments = new List<string>();
        var current = new StringBuilder();
        var inQuotes = false;
        var quotedSegment = false;
        foreach (var c in expression)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
                quotedSegment = true;
            }
            else if (c == '.' && !inQuotes)
            {
                AddSegment(segments, current, quotedSegment, expression, position);
                quotedSegment = false;
            }
            else
            {
                current.Append(c);
            }
        }

        if (inQuotes)
        {
            throw new HoconException(position, $"unterminated quoted key in path '{expression}'");
        }

        AddSegment(segments, current, quotedSegment, expression, position);
        return segments;
    }

    /// <summary>Joins segments with dots, quoting any segment that needs it.</summary>
    public static string Render(IEnumerable<string> segments) =>
        string.Join('.', segments.Select(segment =>
            segment.Length == 0 || segment.Any(c => c is '.' or '"' or ':' or ' ' or '$' or '{' or '}') ? $"\"{segment}\"" : segment));

    private static void AddSegment(List<string> segments, StringBuilder current, bool quoted, string expression, SourcePosition position)
    {
        if (current.Length == 0 && !quoted)
        {
            throw new HoconException(position, $"expected a key name between the dots in '{expression}'");
        }

        segments.Add(current.ToString());
        current.Clear();
    }
}
