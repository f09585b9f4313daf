namespace NanoClaw.Actors.Testing;

/// <summary>A timer of <see cref="ManualTimeProvider"/>; its schedule fields are guarded by the provider's lock.</summary>
internal sealed class ManualTimer(ManualTimeProvider provider, TimerCallback callback, object? state) : ITimer
{
    public DateTimeOffset Due { get; set; }

    public TimeSpan? Period { get; set; }

    public long Sequence { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        provider.Arm(this, dueTime, period);
        return true;
    }

    public void Fire() => callback(state);

    public void Dispose() => provider.Disarm(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
