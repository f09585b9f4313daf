namespace NanoClaw.Containers.Images;

/// <summary>The outcome of a build.</summary>
/// <param name="Image">The image's name.</param>
/// <param name="ImageId">The engine's id of the image now carrying the name.</param>
/// <param name="InputsHash">The <c>nanoclaw.inputs-hash</c> label of that image.</param>
/// <param name="Rebuilt">False when the image was already up to date and nothing was built.</param>
/// <param name="Elapsed">How long the build (or the up-to-date check) took.</param>
public sealed record ImageBuildResult(string Image, string ImageId, string? InputsHash, bool Rebuilt, TimeSpan Elapsed);
