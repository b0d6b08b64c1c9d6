using System.Diagnostics;
using Azure.Data.Tables;
using CoopBot.Benchmarks.Infrastructure;
using CoopBot.Core.Answering;
using CoopBot.Storage;

namespace CoopBot.Benchmarks.Suites;

/// <summary>
/// Start-up of the self-host: from starting its process (the built CoopBot.Server.dll, an empty seeds folder) to
/// the first successful <c>/api/ask</c> answer, with 10,000 articles stored (and 100 for comparison), three fresh
/// processes each. The host's own log lines give the split: listening, then the answer index loaded from storage.
/// In-process, the same load (<see cref="TableKnowledgeSource"/>) and the knowledge base build are timed apart.
/// Target: ≤ 2 s with 10,000 articles.
/// </summary>
internal static class StartupSuite
{
    private const double TargetSeconds = 2;
    private const int Runs = 3;
    private const string Question = "Which outcomes were agreed?";

    public static async Task RunAsync(int largest)
    {
        Console.WriteLine("== startup ==");
        var storage = await StoredArticles.AzuriteAsync();
        var medianAtLargest = 0.0;
        var service = new TableServiceClient(storage.ConnectionString);
        foreach (var size in new[] { 100, largest }.Distinct())
        {
            var prefix = await StoredArticles.PrefixAsync(size, largest);
            // Run 0 starts with no knowledge snapshot (as after a deployment that stored articles but never synced);
            // its own start-up seed sync writes one, which the timed runs then read, as any later instance would.
            await new TableServiceClient(storage.ConnectionString).GetTableClient(new TableNames(prefix).Knowledge)
                .DeleteEntityAsync(KnowledgeSnapshots.PointerPartition, KnowledgeSnapshots.PointerRow, Azure.ETag.All);
            var firsts = new List<double>();
            for (var run = 0; run <= Runs; run++)
            {
                using var host = SelfHost.Start(storage, prefix);
                var (at, body) = await host.FirstAnswerAsync(Question, TimeSpan.FromMinutes(3));
                var listening = host.Process.FirstLineContaining("Now listening on");
                var loaded = host.Process.FirstLineContaining("Answer engine articles:");
                var ready = host.Process.FirstLineContaining("Answer index ready");
                if (run == 0)
                {
                    await host.Process.WaitForLineAsync("Knowledge snapshot written", TimeSpan.FromMinutes(2));
                }
                else
                {
                    firsts.Add(at.TotalSeconds);
                }
                Console.WriteLine($"  {size,6:N0} articles, {(run == 0 ? "no snapshot" : $"run {run}")}: first answer {at.TotalSeconds:0.00} s after process start "
                    + $"(log: listening {Seconds(listening)}, articles loaded {Seconds(loaded)}, answer index ready {Seconds(ready)}); answer {body.Length:N0} chars");
            }
            firsts.Sort();
            Console.WriteLine($"  {size,6:N0} articles, from the snapshot: median {firsts[Runs / 2]:0.00} s, min {firsts[0]:0.00} s, max {firsts[^1]:0.00} s");
            medianAtLargest = firsts[Runs / 2];
        }

        // The parts of a cold first answer, in this process: reading the answer index from storage, then building it.
        var store = new TableArticleStore(service, new TableNames(await StoredArticles.PrefixAsync(largest, largest)));
        for (var run = 1; run <= 2; run++)
        {
            var source = new TableKnowledgeSource(store, TimeSpan.FromMinutes(5));
            var clock = Stopwatch.StartNew();
            var packed = await store.Snapshots.ReadAsync();
            var snapshotIn = clock.Elapsed;
            clock.Restart();
            var articles = await source.RefreshNowAsync();
            var loadedIn = clock.Elapsed;
            clock.Restart();
            var knowledge = new KnowledgeBase(articles);
            var builtIn = clock.Elapsed;
            clock.Restart();
            new AnswerEngine(knowledge).Answer(Question);
            var answeredIn = clock.Elapsed;
            Console.WriteLine($"  in-process, {articles.Count:N0} articles, {(run == 1 ? "first" : "second")} time: snapshot read {snapshotIn.TotalSeconds:0.00} s ({packed?.Entries.Count ?? 0:N0} articles), "
                + $"every article's record read {loadedIn.TotalSeconds:0.00} s, "
                + $"KnowledgeBase build {builtIn.TotalSeconds:0.00} s, first answer {answeredIn.TotalMilliseconds:0} ms");
            if (run == 2)
            {
                // What every instance does every few seconds while serving: re-read the article rows to find changes.
                var refreshes = new Latencies();
                var process = Process.GetCurrentProcess();
                process.Refresh();
                var (ownCpu, azuriteCpu) = (process.TotalProcessorTime, storage.CpuTime);
                for (var i = 0; i < 5; i++)
                {
                    clock.Restart();
                    await source.RefreshNowAsync();
                    refreshes.Add(clock.Elapsed.TotalMilliseconds);
                }
                process.Refresh();
                Console.WriteLine($"  in-process, steady-state refresh with nothing changed (every {CoopBot.Api.ServiceCollectionExtensions.KnowledgeRefreshInterval.TotalSeconds:0} s per instance while serving): "
                    + $"median {Latencies.Ms(refreshes.P50).Trim()}, CPU per refresh: this process {Latencies.Ms((process.TotalProcessorTime - ownCpu).TotalMilliseconds / 5).Trim()}, "
                    + $"Azurite {Latencies.Ms((storage.CpuTime - azuriteCpu).TotalMilliseconds / 5).Trim()}");
            }
        }

        Targets.AtMost($"self-host start → first /api/ask answer, {largest:N0} articles (median)", medianAtLargest, TargetSeconds, "s");
    }

    private static string Seconds(TimeSpan? at) => at is { } t ? $"{t.TotalSeconds:0.00} s" : "—";
}
