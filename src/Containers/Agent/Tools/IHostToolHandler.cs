namespace NanoClaw.Containers.Agent.Tools;

/// <summary>
/// Carries out host tools (<c>send_message</c>, task management, <c>register_group</c>). Wrap an
/// implementation in <see cref="AuthorizingHostToolHandler"/> so it only sees validated, permitted
/// calls. Implementations return refusals as results; an exception is reported as a tool error.
/// </summary>
public interface IHostToolHandler
{
    Task<HostToolResult> HandleAsync(HostToolRequest request, CancellationToken cancellationToken);
}
