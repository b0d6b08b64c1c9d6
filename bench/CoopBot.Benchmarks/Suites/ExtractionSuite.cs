using System.Diagnostics;
using CoopBot.Benchmarks.Infrastructure;
using CoopBot.Benchmarks.Synthetic;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;

namespace CoopBot.Benchmarks.Suites;

/// <summary>
/// Extraction throughput per core: bytes of article text divided by the CPU time the process used (so a busy
/// machine neither flatters nor penalises the figure), after a warm-up that lasts until the throughput settles; wall
/// clock beside it. Measured on the
/// development corpus (the target's figure) and on synthetic articles.
/// Target: ≥ 20 MB of article text per second per core.
/// </summary>
internal static class ExtractionSuite
{
    private const double TargetMegabytesPerSecond = 20;

    public static void Run()
    {
        Console.WriteLine("== extraction ==");
        var files = Directory.GetFiles(RepositoryRoot.CorpusArticles, "*.txt").Order().ToArray();
        var corpus = files.Select(f => ArticleParser.ParseText(File.ReadAllBytes(f)).Article!).ToArray();
        var corpusBytes = files.Sum(f => new FileInfo(f).Length);
        var perCore = Measure($"development corpus ({corpus.Length} articles, {corpusBytes:N0} bytes)", corpus, corpusBytes);

        var synthetic = new ArticleGenerator(seed: 4242).Generate(500);
        var syntheticArticles = synthetic.Select(g => ArticleParser.ParseText(g.Text).Article!).ToArray();
        var syntheticBytes = synthetic.Sum(g => (long)System.Text.Encoding.UTF8.GetByteCount(g.Text));
        Measure($"synthetic ({syntheticArticles.Length} articles, {syntheticBytes:N0} bytes)", syntheticArticles, syntheticBytes);

        Targets.AtLeast("extraction MB/s per core (corpus, CPU time)", perCore, TargetMegabytesPerSecond, "MB/s");
    }

    /// <summary>Extracts for about <paramref name="length"/> and returns the bytes per second of process CPU time.</summary>
    private static double Slice(ArticleExtractor extractor, Article[] articles, long bytes, TimeSpan length)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < length)
        {
            foreach (var a in articles)
            {
                extractor.Extract(a);
            }
            rounds++;
        }
        process.Refresh();
        return (double)rounds * bytes / (process.TotalProcessorTime - cpuBefore).TotalSeconds;
    }

    private static double Measure(string label, Article[] articles, long bytes)
    {
        var extractor = new ArticleExtractor();
        // Warm-up until the throughput settles: the extractor is several thousand methods (much of it generated regex
        // code) that tiered compilation takes seconds to optimise on 2 cores, and the target is a steady-state figure.
        // One-second slices, until two in a row are within 3% (at least 3 s, at most 30 s).
        var warm = Stopwatch.StartNew();
        var previous = 0.0;
        while (warm.Elapsed < TimeSpan.FromSeconds(30))
        {
            var rate = Slice(extractor, articles, bytes, TimeSpan.FromSeconds(1));
            if (warm.Elapsed >= TimeSpan.FromSeconds(3) && Math.Abs(rate - previous) <= 0.03 * previous)
            {
                break;
            }
            previous = rate;
        }
        Console.WriteLine($"  {label}: warmed up for {warm.Elapsed.TotalSeconds:0} s");
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var wall = Stopwatch.StartNew();
        var rounds = 0;
        while (wall.Elapsed < TimeSpan.FromSeconds(5))
        {
            foreach (var a in articles)
            {
                extractor.Extract(a);
            }
            rounds++;
        }
        wall.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var total = (double)rounds * bytes;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        Console.WriteLine($"  {label}: {total / cpu / 1e6:F2} MB/s per core (CPU time), {total / wall.Elapsed.TotalSeconds / 1e6:F2} MB/s wall clock; "
            + $"{rounds} rounds in {wall.Elapsed.TotalSeconds:0.0} s, {cpu:0.0} s CPU; {1e3 * cpu / rounds / articles.Length:0.000} ms CPU per article; "
            + $"allocated {allocated / total:0.0} bytes per byte of text; GCs gen0/1/2 {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}");
        return total / cpu / 1e6;
    }
}
