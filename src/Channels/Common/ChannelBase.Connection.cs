namespace NanoClaw.Channels.Common;

public abstract partial class ChannelBase
{
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_stopping is not null)
        {
            return;
        }

        try
        {
            await OpenWithTimeoutAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await CloseAsync().ConfigureAwait(false);
            throw;
        }

        var stopping = new CancellationTokenSource();
        _stopping = stopping;
        MarkConnected();
        _connectionLoop = Task.Run(() => KeepConnectedAsync(stopping.Token), CancellationToken.None);
        _sendLoop = Task.Run(() => SendLoopAsync(stopping.Token), CancellationToken.None);
    }

    public async Task DisconnectAsync(CancellationToken cancellationToken)
    {
        var stopping = _stopping;
        if (stopping is null)
        {
            return;
        }

        _stopping = null;
        _gate.Close();
        await stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_connectionLoop, _sendLoop).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The loops end by cancellation; that is the normal way out.
        }
        finally
        {
            // Closed again: a reconnect that finished while the loops were stopping may have opened it.
            _gate.Close();
            await CloseAsync().ConfigureAwait(false);
            Health.MarkDisconnected(Time.GetUtcNow(), null);
            stopping.Dispose();
        }
    }

    private async Task KeepConnectedAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            string reason;
            try
            {
                await RunAsync(stopping).ConfigureAwait(false);
                reason = "connection closed";
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                reason = ex.Message;
            }

            _gate.Close();
            Health.MarkDisconnected(Time.GetUtcNow(), reason);
            ChannelLog.Dropped(Logger, Name, reason);
            await CloseAsync().ConfigureAwait(false);
            if (!await ReconnectAsync(stopping).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<bool> ReconnectAsync(CancellationToken stopping)
    {
        for (var attempt = 0; ; attempt++)
        {
            var delay = ExponentialBackoff.Delay(attempt, Timings.ReconnectBaseDelay, Timings.ReconnectMaxDelay);
            try
            {
                await Task.Delay(delay, Time, stopping).ConfigureAwait(false);
                await OpenWithTimeoutAsync(stopping).ConfigureAwait(false);
                MarkConnected();
                ChannelLog.Reconnected(Logger, Name, attempt + 1);
                return true;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception ex)
            {
                Health.MarkDisconnected(Time.GetUtcNow(), ex.Message);
                ChannelLog.ReconnectFailed(Logger, Name, attempt + 1, ex.Message);
                await CloseAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>One attempt, given up after the connect timeout so a platform that never answers cannot stall reconnecting.</summary>
    private async Task OpenWithTimeoutAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Timings.ConnectTimeout, Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await OpenAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{Name}: no connection within {Timings.ConnectTimeout}");
        }
    }

    private void MarkConnected()
    {
        Health.MarkConnected(Time.GetUtcNow());
        _gate.Open();
    }
}
