namespace NanoClaw.Actors.Kernel;

/// <summary>Marks a message whose processing does not restart the receive-timeout idle period.</summary>
public interface INotInfluenceReceiveTimeout;
