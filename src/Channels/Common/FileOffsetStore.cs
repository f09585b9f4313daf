using System.Globalization;

namespace NanoClaw.Channels.Common;

/// <summary>
/// One small file per key (<c>&lt;key&gt;.offset</c>) in a folder, replaced atomically on each save so a
/// crash leaves the old or the new offset, never a torn one.
/// </summary>
public sealed class FileOffsetStore(string directory) : IOffsetStore
{
    public async Task<long?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? offset : null;
    }

    public async Task SaveAsync(string key, long offset, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = PathOf(key);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, offset.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string key) => Path.Combine(directory, SafeFileName.From(key, "offset") + ".offset");
}
