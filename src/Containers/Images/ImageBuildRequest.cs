namespace NanoClaw.Containers.Images;

/// <summary>What <see cref="ImageBuilder"/> should build.</summary>
/// <param name="RepositoryRoot">The checkout holding <c>container/build.sh</c>.</param>
/// <param name="Image">The image's name. The default is <c>nanoclaw-agent:latest</c>.</param>
/// <param name="Force">Rebuild even when the image's inputs hash is unchanged.</param>
public sealed record ImageBuildRequest(string RepositoryRoot, string Image = ImageBuildRequest.DefaultImage, bool Force = false)
{
    public const string DefaultImage = "nanoclaw-agent:latest";
}
