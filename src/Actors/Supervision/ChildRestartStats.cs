namespace NanoClaw.Actors.Supervision;

/// <summary>Restarts granted to one child, counted the way Akka counts them (see <see cref="RequestRestartPermission"/>).</summary>
internal sealed class ChildRestartStats
{
    private int _restartCount;
    private long _windowStart;
    private bool _windowOpen;

    /// <summary>
    /// Rules: 0 retries never restarts; N retries without a window allow N restarts over the child's
    /// life; a window with unlimited retries means one per window; N retries within window W allow N
    /// restarts counted from the window's first failure, and a failure after W opens a new window.
    /// </summary>
    public bool RequestRestartPermission(int maxNrOfRetries, TimeSpan? withinTimeRange, TimeProvider timeProvider)
    {
        if (maxNrOfRetries == 0)
        {
            return false;
        }

        if (withinTimeRange is not { } window)
        {
            if (maxNrOfRetries < 0)
            {
                return true;
            }

            _restartCount++;
            return _restartCount <= maxNrOfRetries;
        }

        var retries = maxNrOfRetries < 0 ? 1 : maxNrOfRetries;
        var now = timeProvider.GetTimestamp();
        if (!_windowOpen || timeProvider.GetElapsedTime(_windowStart, now) > window)
        {
            _windowOpen = true;
            _windowStart = now;
            _restartCount = 1;
            return true;
        }

        _restartCount++;
        return _restartCount <= retries;
    }
}
