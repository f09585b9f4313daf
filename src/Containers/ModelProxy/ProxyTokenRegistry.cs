using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace NanoClaw.Containers.ModelProxy;

/// <summary>
/// Maps per-run random tokens to groups. A token is worthless outside the proxy: it is not a
/// vendor credential, and it stops working when the run is revoked.
/// </summary>
public sealed class ProxyTokenRegistry
{
    private readonly ConcurrentDictionary<string, ProxyRun> _runs = new(StringComparer.Ordinal);

    /// <summary>Creates a run with a fresh 256-bit token for <paramref name="groupFolder"/>.</summary>
    public ProxyRun Issue(string groupFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(groupFolder);
        var token = "ncp-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var run = new ProxyRun(token, groupFolder);
        _runs[token] = run;
        return run;
    }

    public bool TryResolve(string? token, out ProxyRun run)
    {
        if (token is not null && _runs.TryGetValue(token, out var found))
        {
            run = found;
            return true;
        }

        run = null!;
        return false;
    }

    public void Revoke(string token) => _runs.TryRemove(token, out _);
}
