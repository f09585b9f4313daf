using System.Text;

namespace NanoClaw.Containers.Runtime;

/// <summary>
/// A run's log file with a size cap: when the next write would pass <c>maxBytes</c>, the file is
/// rotated (<c>x.log</c> → <c>x.log.1</c> → … → <c>x.log.N</c>, the oldest dropped), so one run
/// never holds more than (N + 1) × maxBytes on disk, however much the agent prints.
/// </summary>
internal sealed class RunLogWriter : IAsyncDisposable
{
    private readonly string _path;
    private readonly long _maxBytes;
    private readonly int _keep;
    private FileStream _stream;

    private RunLogWriter(string path, long maxBytes, int keep)
    {
        _path = path;
        _maxBytes = Math.Max(1024, maxBytes);
        _keep = Math.Max(0, keep);
        _stream = Open(path);
    }

    public string Path => _path;

    /// <summary>Whether the last byte written ended a line (true for an empty log).</summary>
    public bool AtLineStart { get; private set; } = true;

    public static RunLogWriter Create(string path, long maxBytes, int keep)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return new RunLogWriter(path, maxBytes, keep);
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        if (!data.IsEmpty)
        {
            AtLineStart = data.Span[^1] == (byte)'\n';
        }

        while (!data.IsEmpty)
        {
            if (_stream.Length >= _maxBytes)
            {
                await RotateAsync().ConfigureAwait(false);
            }

            var room = (int)Math.Min(data.Length, _maxBytes - _stream.Length);
            await _stream.WriteAsync(data[..room], cancellationToken).ConfigureAwait(false);
            data = data[room..];
        }

        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a line of its own, first ending an unterminated line of output.</summary>
    public ValueTask WriteLineAsync(string line, CancellationToken cancellationToken = default) =>
        WriteAsync(Encoding.UTF8.GetBytes((AtLineStart ? "" : "\n") + line + "\n"), cancellationToken);

    public ValueTask DisposeAsync() => _stream.DisposeAsync();

    private async Task RotateAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        if (_keep == 0)
        {
            File.Delete(_path);
        }
        else
        {
            File.Delete($"{_path}.{_keep}");
            for (var i = _keep - 1; i >= 1; i--)
            {
                if (File.Exists($"{_path}.{i}"))
                {
                    File.Move($"{_path}.{i}", $"{_path}.{i + 1}");
                }
            }

            File.Move(_path, $"{_path}.1");
        }

        _stream = Open(_path);
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 16 * 1024, useAsync: true);
}
