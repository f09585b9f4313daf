using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Host.Tests.Support;

/// <summary>
/// A test that needs a real Docker engine. Without one it is skipped with the reason, except
/// in CI (<c>CI=true</c>), where it runs and fails with the client's message on how to start Docker.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DockerFactAttribute : FactAttribute
{
    public DockerFactAttribute()
    {
        if (!DockerProbe.IsCi && DockerProbe.UnreachableReason is { } reason)
        {
            Skip = $"Docker engine not reachable ({reason}); start one with scripts/ensure-docker.sh. With CI=true this fails instead.";
        }
    }
}
