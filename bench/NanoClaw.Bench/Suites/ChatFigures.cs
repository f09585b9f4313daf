namespace NanoClaw.Bench.Suites;

/// <summary>What one chat measurement gives: the first (container-starting) message, the warm ones, the health baseline and the cold first messages.</summary>
internal sealed record ChatFigures(double FirstMs, List<double> Warm, List<double> Health, List<double> Cold);
