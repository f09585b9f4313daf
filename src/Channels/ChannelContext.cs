using Microsoft.Extensions.Logging;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels;

/// <summary>
/// What every channel is built with besides its own settings: where inbound messages go, the assistant's
/// name (for turning mentions into the trigger), timings, clock and logging, and where attachments of a
/// chat are downloaded (null: never download).
/// </summary>
public sealed record ChannelContext(
    IChannelInbound Inbound,
    string AssistantName,
    ChannelTimings Timings,
    TimeProvider TimeProvider,
    ILoggerFactory LoggerFactory,
    AttachmentFolderResolver? AttachmentFolders = null);
