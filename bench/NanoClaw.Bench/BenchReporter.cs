using System.Globalization;

namespace NanoClaw.Bench;

/// <summary>
/// Prints figures as <c>BENCH &lt;name&gt; &lt;value&gt; &lt;unit&gt; baseline=&lt;value&gt; ratio=&lt;value&gt;</c>,
/// the one line format every suite uses so runs can be compared by a script.
/// </summary>
internal sealed class BenchReporter(TextWriter output)
{
    public void Report(string name, double value, string unit, double baseline)
    {
        var ratio = baseline == 0 ? double.NaN : value / baseline;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"BENCH {name} {value:0.###} {unit} baseline={baseline:0.###} ratio={ratio:0.###}"));
    }

    public void Note(string text) => output.WriteLine($"# {text}");
}
