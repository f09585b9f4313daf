namespace NanoClaw.Channels.Common;

public abstract partial class ChannelBase
{
    /// <summary>
    /// Delivers queued parts one at a time, in order, only while connected. A rejected part is retried with
    /// backoff (or the platform's retry-after) and reported after the last try; a transport failure (no
    /// answer at all) waits and retries without using up tries, as the connection is probably going down.
    /// </summary>
    private async Task SendLoopAsync(CancellationToken stopping)
    {
        var reader = _outbound.Reader;
        var rejected = 0;
        var unreachable = 0;
        try
        {
            while (await reader.WaitToReadAsync(stopping).ConfigureAwait(false))
            {
                await _gate.WaitOpenAsync(stopping).ConfigureAwait(false);
                if (!reader.TryPeek(out var part))
                {
                    continue;
                }

                try
                {
                    await DeliverAsync(ChatIds.PlatformId(part.ChatId, Prefix), part.Text, stopping).ConfigureAwait(false);
                    reader.TryRead(out _);
                    part.Delivered();
                    rejected = 0;
                    unreachable = 0;
                }
                catch (HttpRequestException ex) when (ex.StatusCode is null)
                {
                    ChannelLog.SendUnreachable(Logger, Name, part.ChatId, ex.Message);
                    var delay = ExponentialBackoff.Delay(unreachable++, Timings.ReconnectBaseDelay, Timings.ReconnectMaxDelay);
                    await Task.Delay(delay, Time, stopping).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
                {
                    rejected++;
                    if (rejected >= Timings.SendAttempts)
                    {
                        reader.TryRead(out _);
                        GiveUp(part, rejected, ex.Message);
                        rejected = 0;
                        continue;
                    }

                    var delay = (ex as SendRejectedException)?.RetryAfter
                        ?? ExponentialBackoff.Delay(rejected - 1, Timings.SendRetryBaseDelay, Timings.SendRetryMaxDelay);
                    ChannelLog.SendRetry(Logger, Name, part.ChatId, rejected, delay, ex.Message);
                    await Task.Delay(delay, Time, stopping).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Disconnect: whatever is still queued stays queued for the next connect.
        }
    }

    private void GiveUp(OutboundPart part, int attempts, string reason)
    {
        var failure = new DeliveryFailure(Name, part.ChatId, part.Text, attempts, reason, Time.GetUtcNow());
        ChannelLog.SendFailed(Logger, Name, part.ChatId, attempts, reason);
        Health.RecordFailure(failure);
        part.Failed(failure);
    }
}
