using NanoClaw.Containers.Agent.Tools;

namespace NanoClaw.Host.Tests.Support;

/// <summary>Host tools that refuse every call, for groups whose runs never use them.</summary>
internal sealed class NoTools : IHostToolHandler
{
    public Task<HostToolResult> HandleAsync(HostToolRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(HostToolResult.Refused("none"));
}
