namespace NanoClaw.Host.Settings;

/// <summary>Finds the known key a misspelt one was probably meant to be.</summary>
internal static class KeySuggestion
{
    public static string? Closest(string key, IEnumerable<string> known) =>
        known.Select(candidate => (candidate, distance: Distance(key.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(match => match.distance <= Math.Max(1, key.Length / 4))
            .OrderBy(match => match.distance)
            .Select(match => match.candidate)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
