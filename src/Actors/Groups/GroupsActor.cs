using Akka.Actor;
using Akka.Pattern;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Node;

namespace NanoClaw.Actors.Groups;

/// <summary>
/// /user/groups: one child per registered group, each a backoff supervisor around the group actor,
/// so a group whose journal fails comes back after a pause instead of taking the node down. It
/// follows the registry's views: new groups start, removed ones stop, changed ones are told.
/// </summary>
public sealed class GroupsActor : ReceiveActor
{
    /// <summary>The name of the group actor under its supervisor, <c>/user/groups/&lt;folder&gt;/group</c>.</summary>
    public const string ChildName = "group";

    private static readonly TimeSpan MinBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly GroupServices _services;
    private readonly GroupDirectory _directory;
    private readonly Dictionary<string, (RegisteredGroup Group, IActorRef Ref)> _children = new(StringComparer.Ordinal);

    public GroupsActor(GroupServices services, GroupDirectory directory)
    {
        _services = services;
        _directory = directory;
        Receive<RegistryView>(Sync);
    }

    public static Props Props(GroupServices services, GroupDirectory directory) =>
        FactoryProps.Create(() => new GroupsActor(services, directory));

    private void Sync(RegistryView view)
    {
        foreach (var (folder, child) in _children.ToList())
        {
            if (!view.Groups.ContainsKey(folder))
            {
                Context.Stop(child.Ref);
                _children.Remove(folder);
                _directory.Remove(folder);
            }
        }

        foreach (var group in view.Groups.Values)
        {
            if (!_children.TryGetValue(group.Folder, out var child))
            {
                var options = NodeBackoff.OnStop(GroupActor.Props(group, _services), ChildName, MinBackoff, MaxBackoff)
                    .WithAutoReset(MaxBackoff)
                    .WithReplyWhileStopped(new Status.Failure(new GroupUnavailableException(group.Folder)));
                var actor = Context.ActorOf(BackoffSupervisor.Props(options), group.Folder);
                _children[group.Folder] = (group, actor);
                _directory.Set(group.Folder, actor);
            }
            else if (child.Group != group)
            {
                child.Ref.Tell(new UpdateGroup(group));
                _children[group.Folder] = (group, child.Ref);
            }
        }

        _directory.Publish(view);
    }
}
