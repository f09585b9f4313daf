using Akka.Actor;
using NanoClaw.Actors.Registry;

namespace NanoClaw.Actors.Groups;

/// <summary>
/// Lock-free lookups for the paths into the actors: the registry's latest view and the address of
/// each registered group. Written by <see cref="GroupsActor"/>, read by the inbound router, the
/// scheduler and the API from any thread.
/// </summary>
public sealed class GroupDirectory
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile RegistryView _view = RegistryView.Empty;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RegistryView View => _view;

    /// <summary>Completes once the registry and <see cref="GroupsActor"/> have recovered and the groups that had work are awake.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Where messages for groups go (<see cref="GroupsActor"/>, or its supervisor).</summary>
    public IActorRef GroupsActor { get; internal set; } = ActorRefs.Nobody;

    /// <summary>The registered group in <paramref name="folder"/>; null when the registry has none.</summary>
    public GroupRef? Group(string folder) =>
        _view.Groups.ContainsKey(folder) ? new GroupRef(folder, GroupsActor) : null;

    /// <summary>Every registered group.</summary>
    public IReadOnlyList<GroupRef> Groups => [.. _view.Groups.Keys.Select(folder => new GroupRef(folder, GroupsActor))];

    /// <summary>Waits until <paramref name="condition"/> holds for the published view, at most <paramref name="timeout"/>.</summary>
    public async Task WhenAsync(Func<RegistryView, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (condition(_view))
            {
                return;
            }

            await changed.WaitAsync(limit.Token).ConfigureAwait(false);
        }
    }

    internal void Publish(RegistryView view)
    {
        _view = view;
        _ready.TrySetResult();
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
