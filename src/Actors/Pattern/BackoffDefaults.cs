namespace NanoClaw.Actors.Pattern;

/// <summary>Every default of <see cref="BackoffOptions"/>, in one place.</summary>
public static class BackoffDefaults
{
    /// <summary>Messages held while the child is down before the oldest are dropped: 1000.</summary>
    public const int BufferCapacity = 1000;

    /// <summary>Unlimited restarts (Akka's -1).</summary>
    public const int MaxNrOfRetries = -1;
}
