using System.Collections.Concurrent;
using NanoClaw.Containers.Agent.Tools;

namespace NanoClaw.Host.Tests.Agents;

/// <summary>Records host tool calls; answers at once, or holds every call until cancelled when <see cref="Hold"/> is set.</summary>
internal sealed class RecordingToolHandler : IHostToolHandler
{
    public ConcurrentQueue<HostToolRequest> Calls { get; } = new();

    public bool Hold { get; init; }

    /// <summary>Completes when the first call arrives.</summary>
    public TaskCompletionSource FirstCall { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<HostToolResult> HandleAsync(HostToolRequest request, CancellationToken cancellationToken)
    {
        Calls.Enqueue(request);
        FirstCall.TrySetResult();
        if (Hold)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return HostToolResult.Ok($"ok {request.Name}");
    }
}
