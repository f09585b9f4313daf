using NanoClaw.Host.Tests.Api;
using NanoClaw.Host.Tests.Support;

namespace NanoClaw.Host.Tests.EndToEnd;

/// <summary>
/// A test that needs both a real Docker engine and a real headless Chromium; skipped with the
/// reason when either is missing, except in CI (<c>CI=true</c>), where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DockerBrowserFactAttribute : FactAttribute
{
    public DockerBrowserFactAttribute()
    {
        Skip = new DockerFactAttribute().Skip ?? new BrowserFactAttribute().Skip;
    }
}
