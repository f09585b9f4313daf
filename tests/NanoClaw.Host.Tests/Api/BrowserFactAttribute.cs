namespace NanoClaw.Host.Tests.Api;

/// <summary>
/// A test that drives a real headless Chromium. Without one it is skipped with the reason, except
/// in CI (<c>CI=true</c>), where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserProbe.IsCi && BrowserProbe.MissingReason is { } reason)
        {
            Skip = $"{reason}; install it with scripts/ensure-chromium.sh. With CI=true this fails instead.";
        }
    }
}
