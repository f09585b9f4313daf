using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Hosting;

/// <summary>Console logging with the levels and format of <c>nanoclaw.logging</c>.</summary>
internal static class NodeLogging
{
    public static void Configure(ILoggingBuilder logging, LoggingOptions options)
    {
        logging.ClearProviders();
        logging.AddConsole(console => console.FormatterName =
            options.Format == LogFormat.Json ? ConsoleFormatterNames.Json : ConsoleFormatterNames.Simple);
        logging.Services.Configure<SimpleConsoleFormatterOptions>(simple =>
        {
            simple.SingleLine = true;
            simple.UseUtcTimestamp = true;
            simple.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
        });
        logging.Services.Configure<JsonConsoleFormatterOptions>(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
        logging.SetMinimumLevel(options.Level);
        foreach (var (category, level) in options.Categories)
        {
            logging.AddFilter(category, level);
        }
    }
}
