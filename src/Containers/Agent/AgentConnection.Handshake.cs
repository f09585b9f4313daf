using Microsoft.Extensions.Logging;
using NanoClaw.AgentProtocol;

namespace NanoClaw.Containers.Agent;

public sealed partial class AgentConnection
{
    internal async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        var read = await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (read.IsEndOfStream)
        {
            throw new AgentProtocolException($"The runner of group '{Identity.GroupFolder}' closed before saying hello.");
        }

        var decoded = read.IsTooLong
            ? DecodeResult.Fail(DecodeFailure.TooLong, $"line of {read.Length} bytes")
            : ProtocolCodec.Decode(read.Line);
        if (decoded.Message is not HelloMessage hello)
        {
            var detail = decoded.IsSuccess ? $"expected hello, got {decoded.Message!.GetType().Name}" : decoded.Detail;
            await RefuseAsync($"Protocol error: the first line must be hello ({detail}).", cancellationToken).ConfigureAwait(false);
            throw new AgentProtocolException($"The runner of group '{Identity.GroupFolder}' did not say hello: {detail}");
        }

        if (hello.ProtocolVersion != ProtocolVersion.Current)
        {
            var text = $"Protocol version mismatch: the host speaks version {ProtocolVersion.Current}, "
                + $"the runner ({hello.RunnerVersion}) speaks version {hello.ProtocolVersion}. Rebuild the agent image.";
            await RefuseAsync(text, cancellationToken).ConfigureAwait(false);
            throw new AgentProtocolException(text);
        }

        Hello = hello;
        _pump = Task.Run(() => PumpAsync(_stop.Token), CancellationToken.None);
    }

    private async Task RefuseAsync(string text, CancellationToken cancellationToken)
    {
        LogRefused(Identity.GroupFolder, text);
        try
        {
            await _writer.WriteAsync(new ErrorMessage(text, Retryable: false), cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The runner may already be gone; the refusal is logged either way.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Agent runner of group {Group} refused: {Reason}")]
    private partial void LogRefused(string group, string reason);
}
