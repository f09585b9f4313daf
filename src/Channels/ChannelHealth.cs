namespace NanoClaw.Channels;

/// <summary>
/// Connection state and the most recent deliveries given up on, safe to read from any thread; a health
/// endpoint reads <see cref="Snapshot"/>.
/// </summary>
public sealed class ChannelHealth
{
    /// <summary>How many failures are kept; older ones are dropped first.</summary>
    public const int FailuresKept = 50;

    private readonly Lock _lock = new();
    private readonly Queue<DeliveryFailure> _failures = new();
    private bool _connected;
    private DateTimeOffset? _since;
    private string? _lastError;

    /// <summary>Raised after a part was given up on, on the thread that gave up.</summary>
    public event Action<DeliveryFailure>? DeliveryFailed;

    /// <summary>Raised with true when the connection came up and false when it went down.</summary>
    public event Action<bool>? ConnectionChanged;

    public ChannelHealthSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new ChannelHealthSnapshot(_connected, _since, _lastError, [.. _failures]);
        }
    }

    internal void MarkConnected(DateTimeOffset at)
    {
        bool changed;
        lock (_lock)
        {
            changed = !_connected;
            _connected = true;
            _since = at;
        }

        if (changed)
        {
            ConnectionChanged?.Invoke(true);
        }
    }

    internal void MarkDisconnected(DateTimeOffset at, string? reason)
    {
        bool changed;
        lock (_lock)
        {
            changed = _connected;
            _connected = false;
            _since = changed ? at : _since;
            _lastError = reason ?? _lastError;
        }

        if (changed)
        {
            ConnectionChanged?.Invoke(false);
        }
    }

    internal void RecordFailure(DeliveryFailure failure)
    {
        lock (_lock)
        {
            _failures.Enqueue(failure);
            while (_failures.Count > FailuresKept)
            {
                _failures.Dequeue();
            }
        }

        DeliveryFailed?.Invoke(failure);
    }
}
