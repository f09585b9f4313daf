using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Events;

namespace NanoClaw.Actors.Kernel;

/// <summary>
/// A tree of actors under <c>/user</c> (application actors) and <c>/system</c> (kernel helpers), with
/// one dispatcher, one event stream and one clock. Dispose or <see cref="Terminate"/> it to stop
/// the tree top-down.
/// </summary>
public sealed partial class ActorSystem : IDisposable, IAsyncDisposable
{
    private readonly ILogger _kernelLog;
    private readonly ActorCell _userGuardian;
    private readonly ActorCell _systemGuardian;
    private readonly TaskCompletionSource _whenTerminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextTempId;
    private int _terminateRequested;

    private ActorSystem(string name, ActorSystemOptions options)
    {
        Name = name;
        Options = options;
        _kernelLog = options.LoggerFactory.CreateLogger("NanoClaw.Actors");
        Dispatcher = new Dispatcher(options.Throughput);
        EventStream = new EventStream();
        DeadLetterRef = new DeadLetterActorRef(this, ActorPath.Root.Child("deadLetters"), new DeadLetterLogger(this));
        TempPath = ActorPath.Root.Child("temp");
        var guardianProps = Props.Create(() => new GuardianActor()).WithSupervisorStrategy(options.GuardianSupervisorStrategy);
        _userGuardian = new ActorCell(this, guardianProps, null, ActorPath.Root.Child("user"));
        _systemGuardian = new ActorCell(this, guardianProps, null, ActorPath.Root.Child("system"));
        _userGuardian.Start();
        _systemGuardian.Start();
    }

    public string Name { get; }

    public ActorSystemOptions Options { get; }

    public TimeProvider TimeProvider => Options.TimeProvider;

    public ILoggerFactory LoggerFactory => Options.LoggerFactory;

    public EventStream EventStream { get; }

    /// <summary>Where undeliverable messages go; each is published as a <see cref="DeadLetter"/>.</summary>
    public IActorRef DeadLetters => DeadLetterRef;

    /// <summary>Completes once every actor, <c>/user</c> first and <c>/system</c> last, has stopped.</summary>
    public Task WhenTerminated => _whenTerminated.Task;

    internal Dispatcher Dispatcher { get; }

    internal DeadLetterActorRef DeadLetterRef { get; }

    internal ActorPath TempPath { get; }

    /// <summary>Creates a system; <paramref name="name"/> may hold letters, digits, '-' and '_'.</summary>
    public static ActorSystem Create(string name, ActorSystemOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid system name: use letters, digits, '-' and '_'.", nameof(name));
        }

        options ??= new ActorSystemOptions();
        options.Validate();
        return new ActorSystem(name, options);
    }

    /// <summary>Creates a top-level actor under <c>/user</c>.</summary>
    public IActorRef ActorOf(Props props, string? name = null) => _userGuardian.ActorOf(props, name);

    /// <summary>Stops <paramref name="actor"/> asynchronously, as <see cref="IActorContext.Stop"/> does.</summary>
    public void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        (actor as IInternalActorRef)?.SendSystem(Kernel.Terminate.Instance);
    }

    /// <summary>
    /// Stops <c>/user</c> top-down (every actor's children before the actor), then <c>/system</c>;
    /// returns <see cref="WhenTerminated"/>. Calling it again is harmless.
    /// </summary>
    public Task Terminate()
    {
        if (Interlocked.Exchange(ref _terminateRequested, 1) == 0)
        {
            _kernelLog.LogInformation("Actor system {SystemName} is terminating", Name);
            _userGuardian.PostSystem(Kernel.Terminate.Instance);
        }

        return WhenTerminated;
    }

    public async ValueTask DisposeAsync() => await Terminate().ConfigureAwait(false);

    /// <summary>Terminates and waits up to 10 seconds; prefer <see cref="DisposeAsync"/>.</summary>
    public void Dispose()
    {
        // The only blocking wait in the kernel: synchronous disposal must not return while actors run.
        Terminate().Wait(TimeSpan.FromSeconds(10));
    }

    public override string ToString() => $"ActorSystem({Name})";

    internal IActorRef SystemActorOf(Props props, string? name = null) => _systemGuardian.ActorOf(props, name);

    internal ActorPath NextTempPath() => TempPath.Child("$" + Interlocked.Increment(ref _nextTempId).ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal ILogger KernelLog(ActorPath path) => new ActorLogger(_kernelLog, path);

    internal void OnGuardianTerminated(ActorCell guardian)
    {
        if (ReferenceEquals(guardian, _userGuardian))
        {
            Interlocked.Exchange(ref _terminateRequested, 1);
            _systemGuardian.PostSystem(Kernel.Terminate.Instance);
        }
        else
        {
            _kernelLog.LogInformation("Actor system {SystemName} terminated", Name);
            _whenTerminated.TrySetResult();
        }
    }

    internal void OnGuardianFailed(ActorCell guardian, Exception cause)
    {
        _kernelLog.LogCritical(cause, "Guardian {ActorPath} failed; terminating actor system {SystemName}", guardian.Self.Path, Name);
        guardian.PostSystem(Kernel.Terminate.Instance);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex ValidName();
}
