using Microsoft.Extensions.Options;
using NanoClaw.Host.Configuration;
using NanoClaw.Host.Node;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Cli;

/// <summary>Turns a configuration failure into the one line the user sees; null for anything else.</summary>
internal static class StartupFailure
{
    public static string? Describe(Exception exception) => exception switch
    {
        HoconException hocon => hocon.Message,
        SettingsException settings => settings.Message,
        JournalFormatException journal => journal.Message,
        OptionsValidationException validation => SettingsException.Summarize([.. validation.Failures]),
        AggregateException aggregate => aggregate.InnerExceptions.Select(Describe).FirstOrDefault(line => line is not null),
        _ => exception.InnerException is { } inner ? Describe(inner) : null,
    };
}
