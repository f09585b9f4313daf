namespace NanoClaw.Actors.Kernel;

/// <summary>
/// An object that is usable as a reference but stands for another one (a test probe stands for its
/// actor). The kernel keys watches, children and subscriptions by the underlying reference, since
/// that is the one a <see cref="Terminated"/> or a sender carries.
/// </summary>
internal interface IActorRefProxy
{
    IActorRef Underlying { get; }
}
