using NanoClaw.Containers.Runtime;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Containers;

/// <summary>
/// Turns the validated <c>nanoclaw.containers</c> settings into the container runtime's options, so
/// every limit a container gets comes from HOCON.conf.
/// </summary>
internal static class ContainerSettingsMapping
{
    public static ContainerOptions ToRuntimeOptions(this ContainersOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ContainerOptions
        {
            Image = settings.Image,
            MemoryBytes = settings.Memory.Bytes,
            Cpus = settings.Cpus,
            PidsLimit = settings.PidsLimit,
            TmpfsBytes = settings.TmpSize.Bytes,
            NetworkMode = settings.Network,
            NoOutputTimeout = settings.HardTimeout,
            StopGrace = settings.StopGrace,
            LogMaxBytes = settings.LogMaxSize.Bytes,
            LogFilesKept = settings.LogFilesKept,
        };
    }
}
