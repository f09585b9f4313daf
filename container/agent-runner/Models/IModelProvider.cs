namespace NanoClaw.AgentRunner.Models;

/// <summary>
/// Talks to one model API. Returns the assistant message (text and tool uses) with its usage; the
/// caller runs the tools. Failures surface as <see cref="ModelCallException"/> with the upstream's
/// message.
/// </summary>
public interface IModelProvider
{
    string Name { get; }

    Task<ModelReply> CompleteAsync(ModelRequest request, CancellationToken cancellationToken);
}
