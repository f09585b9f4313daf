using System.Text;
using System.Text.RegularExpressions;

namespace NanoClaw.AgentRunner.Tools;

/// <summary>
/// Glob to regex: <c>**</c> spans folders, <c>*</c> and <c>?</c> stay within one name, a pattern
/// without a slash matches the file name anywhere below the base folder.
/// </summary>
internal static class GlobPattern
{
    public static Regex ToRegex(string glob)
    {
        var pattern = glob.Contains('/', StringComparison.Ordinal) ? glob : "**/" + glob;
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
