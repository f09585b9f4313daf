using System.Collections.Concurrent;
using NanoClaw.Containers.Agent.Tools;

namespace NanoClaw.Containers.Tests.Agent;

/// <summary>A host tool handler that records calls and answers "ok &lt;name&gt;".</summary>
internal sealed class RecordingToolHandler : IHostToolHandler
{
    public ConcurrentQueue<HostToolRequest> Calls { get; } = new();

    public Task<HostToolResult> HandleAsync(HostToolRequest request, CancellationToken cancellationToken)
    {
        Calls.Enqueue(request);
        return request.Name == "explode"
            ? throw new InvalidOperationException("kaboom")
            : Task.FromResult(HostToolResult.Ok($"ok {request.Name}"));
    }
}
