using NanoClaw.Actors.Stashing;
using NanoClaw.Actors.Timers;

namespace NanoClaw.Actors.Kernel;

/// <summary>Per-actor timers and stashes, created on demand.</summary>
internal sealed partial class ActorCell
{
    private TimerScheduler? _timers;

    /// <summary>Every stash of the current instance, oldest first; re-delivered on restart and stop.</summary>
    private List<ActorStash>? _stashes;

    internal TimerScheduler Timers => _timers ??= new TimerScheduler(this);

    internal IStash CreateStash()
    {
        var stash = new ActorStash(this);
        (_stashes ??= []).Add(stash);
        return stash;
    }

    private void UnstashAllStashes()
    {
        if (_stashes is null)
        {
            return;
        }

        // Prepending newest stash first leaves the oldest stash's messages at the very front.
        for (var i = _stashes.Count - 1; i >= 0; i--)
        {
            _stashes[i].UnstashAll();
        }

        _stashes = null;
    }
}
