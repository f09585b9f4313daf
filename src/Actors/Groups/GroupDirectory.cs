using System.Collections.Concurrent;
using Akka.Actor;
using NanoClaw.Actors.Registry;

namespace NanoClaw.Actors.Groups;

/// <summary>
/// Lock-free lookups for the paths into the actors: the registry's latest view and each group's
/// actor. Written by the registry and <see cref="GroupsActor"/>, read by the inbound router and
/// the API from any thread.
/// </summary>
public sealed class GroupDirectory
{
    private readonly ConcurrentDictionary<string, IActorRef> _groups = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile RegistryView _view = RegistryView.Empty;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RegistryView View => _view;

    /// <summary>Completes once the registry has recovered and the group actors exist.</summary>
    public Task Ready => _ready.Task;

    public IActorRef? Group(string folder) => _groups.GetValueOrDefault(folder);

    public IReadOnlyDictionary<string, IActorRef> Groups => _groups;

    internal void Set(string folder, IActorRef group) => _groups[folder] = group;

    internal void Remove(string folder) => _groups.TryRemove(folder, out _);

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
