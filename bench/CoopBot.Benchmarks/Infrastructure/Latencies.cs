using System.Globalization;

namespace CoopBot.Benchmarks.Infrastructure;

/// <summary>Timings in milliseconds, with nearest-rank percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> values = [];
    private double[]? sorted;

    public int Count => values.Count;

    public void Add(double milliseconds)
    {
        values.Add(milliseconds);
        sorted = null;
    }

    public double Percentile(double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        sorted ??= [.. values.Order()];
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public double P50 => Percentile(50);

    public double P99 => Percentile(99);

    public double Max => Percentile(100);

    public double Mean => values.Count == 0 ? double.NaN : values.Average();

    /// <summary>"n 4800, p50 0.41 ms, p90 …, p99 …, max …".</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"n {Count,5}, p50 {Ms(P50)}, p90 {Ms(Percentile(90))}, p99 {Ms(P99)}, max {Ms(Max)}");

    public static string Ms(double milliseconds) =>
        milliseconds.ToString(milliseconds < 1 ? "0.000" : milliseconds < 100 ? "0.00" : "0", CultureInfo.InvariantCulture).PadLeft(7) + " ms";
}
