using System.Globalization;

namespace CoopBot.Benchmarks.Infrastructure;

/// <summary>
/// The figures the issues set targets for, collected during a run and printed together at the end, each with its
/// ratio to the target (benchmarks report; they never fail).
/// </summary>
internal static class Targets
{
    private static readonly List<string> Lines = [];

    /// <summary>A figure that must be at least <paramref name="target"/> (throughput).</summary>
    public static void AtLeast(string name, double value, double target, string unit) =>
        Record(name, value, target, unit, "≥", value >= target, value / target, "of target");

    /// <summary>A figure that must be at most <paramref name="target"/> (latency, ratio).</summary>
    public static void AtMost(string name, double value, double target, string unit) =>
        Record(name, value, target, unit, "≤", value <= target, value / target, "of limit");

    private static void Record(string name, double value, double target, string unit, string relation, bool met, double ratio, string of)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{(met ? "MET " : "MISS"),-4}  {name,-52} {Format(value),10} {unit,-5} (target {relation} {Format(target)} {unit}; {ratio:0.00}× {of})");
        Lines.Add(line);
        Console.WriteLine("  -> " + line);
    }

    public static void PrintSummary()
    {
        if (Lines.Count == 0)
        {
            return;
        }
        Console.WriteLine();
        Console.WriteLine("== Targets ==");
        foreach (var line in Lines)
        {
            Console.WriteLine(line);
        }
    }

    private static string Format(double value) => value switch
    {
        >= 100 => value.ToString("0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
