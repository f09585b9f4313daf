using Akka.Actor;

namespace NanoClaw.Actors.Groups;

/// <summary>
/// The address of one registered group, whether it is awake or asleep: what is told or asked goes
/// to <see cref="GroupsActor"/> in a <see cref="ToGroup"/>, which wakes the group when needed and
/// forwards it with the original sender, so answers come straight back.
/// </summary>
public readonly record struct GroupRef(string Folder, IActorRef Groups)
{
    public void Tell(object message, IActorRef? sender = null) => Groups.Tell(new ToGroup(Folder, message), sender ?? ActorRefs.NoSender);

    public Task<T> Ask<T>(object message, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Groups.Ask<T>(new ToGroup(Folder, message), timeout, cancellationToken);
}
