using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Pattern;
using NanoClaw.Host.Registry;

namespace NanoClaw.Host.Groups;

/// <summary>
/// /user/groups: one child per registered group, each a backoff supervisor around the group actor,
/// so a group whose journal fails comes back after a pause instead of taking the node down. It
/// follows the registry's views: new groups start, removed ones stop, changed ones are told.
/// </summary>
public sealed class GroupsActor : ReceiveActor
{
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
        NanoClaw.Actors.Kernel.Props.Create(() => new GroupsActor(services, directory));

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
                var options = BackoffOptions.OnStop(
                    GroupActor.Props(group, _services), "group", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 0.2);
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
