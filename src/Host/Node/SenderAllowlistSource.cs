using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Groups;

namespace NanoClaw.Host.Node;

/// <summary>
/// The sender allowlist as the node uses it: read at start and again every
/// <see cref="ReloadInterval"/>, so edits to the file take effect without a restart.
/// </summary>
public sealed class SenderAllowlistSource : IDisposable
{
    /// <summary>How often the file is read again. The default is 30 seconds.</summary>
    public static readonly TimeSpan ReloadInterval = TimeSpan.FromSeconds(30);

    private readonly SenderAllowlistLoader _loader;
    private readonly ITimer _timer;
    private volatile SenderAllowlist _current;

    private SenderAllowlistSource(SenderAllowlistLoader loader, SenderAllowlist current, TimeProvider timeProvider)
    {
        _loader = loader;
        _current = current;
        _timer = timeProvider.CreateTimer(_ => _ = ReloadAsync(), null, ReloadInterval, ReloadInterval);
    }

    public SenderAllowlist Current => _current;

    public static async Task<SenderAllowlistSource> StartAsync(ILoggerFactory loggerFactory, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var loader = new SenderAllowlistLoader(loggerFactory.CreateLogger<SenderAllowlistLoader>());
        var current = await loader.LoadAsync(cancellationToken).ConfigureAwait(false);
        return new SenderAllowlistSource(loader, current, timeProvider);
    }

    public void Dispose() => _timer.Dispose();

    private async Task ReloadAsync() => _current = await _loader.LoadAsync().ConfigureAwait(false);
}
