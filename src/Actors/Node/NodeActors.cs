using Akka.Actor;
using Akka.Hosting;
using Akka.Pattern;
using NanoClaw.Containers.Agent.Tools;
using NanoClaw.Actors.Groups;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Runs;
using NanoClaw.Actors.Tasks;

namespace NanoClaw.Actors.Node;

/// <summary>
/// The node's actor tree: /user/registry, /user/groups/&lt;folder&gt; and /user/containers, plus
/// the lock-free directory and the inbound router that lead into it.
/// </summary>
public sealed class NodeActors
{
    private NodeActors(ActorSystem system, NodeActorsOptions options, GroupDirectory directory, IActorRef registry, IActorRef groups, IActorRef containers, NodeToolHandler tools)
    {
        System = system;
        Options = options;
        Directory = directory;
        Registry = registry;
        Groups = groups;
        Containers = containers;
        Tools = tools;
        Router = new InboundRouter(directory, registry, options.Time);
    }

    public ActorSystem System { get; }

    public NodeActorsOptions Options { get; }

    public GroupDirectory Directory { get; }

    public IActorRef Registry { get; }

    public IActorRef Groups { get; }

    public IActorRef Containers { get; }

    public InboundRouter Router { get; }

    /// <summary>/user/scheduler: the scheduled tasks.</summary>
    public IActorRef Scheduler { get; private init; } = ActorRefs.Nobody;

    /// <summary>The host tool handler a group's runs get: authorization in front of <see cref="Tools"/> and the task tools.</summary>
    public Func<RegisteredGroup, IHostToolHandler> ToolsFor { get; private init; } = _ => throw new InvalidOperationException("the node has not started");

    /// <summary>The inner host tool handler; attach the scheduler's task tools to it.</summary>
    public NodeToolHandler Tools { get; }

    private static readonly TimeSpan GroupsMinBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan GroupsMaxBackoff = TimeSpan.FromSeconds(30);

    public static NodeActors Start(ActorSystem system, NodeActorsOptions options)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(options);
        var directory = new GroupDirectory();
        var containers = system.ActorOf(
            ContainerSupervisor.Props(options.Runtime, options.MaxConcurrent, options.Timings, options.Disposals, options.Time), "containers");
        var groupsRef = new DeferredRef();
        var registry = system.ActorOf(
            FactoryProps.Create(() => new RegistryActor(options.Folders, view => groupsRef.Tell(view), options.Time)), "registry");
        var scheduler = system.ActorOf(
            SchedulerActor.Props(directory, options.TimeZone, options.Time, options.Timings.HardTimeout * 2), "scheduler");
        var taskTools = new TaskToolHandler(scheduler);
        var tools = new NodeToolHandler(directory, registry) { Tasks = taskTools };
        Func<RegisteredGroup, IHostToolHandler> toolsFor = options.Tools is { } custom
            ? group => custom(directory, group)
            : _ => new AuthorizingHostToolHandler(tools, taskTools);
        var services = new GroupServices(
            containers, options.Replies, options.Chats, options.Allowlist, toolsFor,
            options.AssistantName, options.TimeZone, options.Retry, options.Time, options.MaxMessagesPerPrompt)
        { SleepAfter = options.SleepAfter };
        var groupsOptions = NodeBackoff.OnStop(GroupsActor.Props(services, directory), "groups", GroupsMinBackoff, GroupsMaxBackoff)
            .WithAutoReset(GroupsMaxBackoff)
            .WithReplyWhileStopped(new Status.Failure(new GroupUnavailableException("the node's groups are restarting; send again with the same id", "groups")));
        var groups = system.ActorOf(BackoffSupervisor.Props(groupsOptions), "groups");
        directory.GroupsActor = groups;
        groupsRef.Target = groups;
        return new NodeActors(system, options, directory, registry, groups, containers, tools) { Scheduler = scheduler, ToolsFor = toolsFor };
    }

    /// <summary>Makes the top-level actors available through Akka.Hosting's registry (<c>IRequiredActor&lt;T&gt;</c>), keyed by their actor types.</summary>
    public void Register(IActorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Register<RegistryActor>(Registry);
        registry.Register<GroupsActor>(Groups);
        registry.Register<ContainerSupervisor>(Containers);
        registry.Register<SchedulerActor>(Scheduler);
    }

    /// <summary>Stops every run and waits until their containers are gone, at most <paramref name="timeout"/>.</summary>
    public async Task StopRunsAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await Containers.Ask<AllRunsStopped>(StopAllRuns.Instance, timeout, cancellationToken).ConfigureAwait(false);
        await Options.Disposals.WhenAllAsync(timeout, Options.Time).ConfigureAwait(false);
    }

    /// <summary>The groups actor, known only after the registry exists; views sent earlier wait for it.</summary>
    private sealed class DeferredRef
    {
        private readonly Lock _gate = new();
        private readonly List<object> _early = [];
        private IActorRef? _target;

        public IActorRef? Target
        {
            get => _target;
            set
            {
                lock (_gate)
                {
                    _target = value;
                    _early.ForEach(m => value!.Tell(m));
                    _early.Clear();
                }
            }
        }

        public void Tell(object message)
        {
            lock (_gate)
            {
                if (_target is null)
                {
                    _early.Add(message);
                }
                else
                {
                    _target.Tell(message);
                }
            }
        }
    }
}
