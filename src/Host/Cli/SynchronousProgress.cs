namespace NanoClaw.Host.Cli;

/// <summary>
/// Writes each progress line at once, in order, on the reporting thread; <see cref="Progress{T}"/>
/// would post lines to the thread pool and could reorder them.
/// </summary>
internal sealed class SynchronousProgress(TextWriter output) : IProgress<string>
{
    private readonly Lock _gate = new();

    public void Report(string value)
    {
        lock (_gate)
        {
            output.WriteLine(value);
        }
    }
}
