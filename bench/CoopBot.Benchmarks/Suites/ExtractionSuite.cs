using System.Diagnostics;
using CoopBot.Benchmarks.Infrastructure;
using CoopBot.Benchmarks.Synthetic;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;

namespace CoopBot.Benchmarks.Suites;

/// <summary>
/// Extraction throughput per core: bytes of article text divided by the CPU time the process used (so a busy
/// machine neither flatters nor penalises the figure), after a warm-up; wall clock beside it. Measured on the
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

    private static double Measure(string label, Article[] articles, long bytes)
    {
        var extractor = new ArticleExtractor();
        // Warm-up: enough rounds for tiered compilation to settle on optimised code.
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.Elapsed < TimeSpan.FromSeconds(2) || i < 5; i++)
        {
            foreach (var a in articles)
            {
                extractor.Extract(a);
            }
        }
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
