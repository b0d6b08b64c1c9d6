using System.Diagnostics;
using Azure.Data.Tables;
using CoopBot.Benchmarks.Infrastructure;
using CoopBot.Benchmarks.Synthetic;
using CoopBot.Core.Answering;
using CoopBot.Storage;

namespace CoopBot.Benchmarks.Suites;

/// <summary>
/// The parts of a start-up from the knowledge snapshot, without storing every article first: writes the snapshot
/// of the synthetic articles straight into a fresh Azurite, then reads it back and builds the knowledge base,
/// timing each part (five times; the first in a cold process). Not part of <c>all</c>; <c>startup</c> measures
/// the whole start of the self-host.
/// </summary>
internal static class SnapshotSuite
{
    private static (long Packed, TimeSpan Encode, TimeSpan Decode) MeasureFormat(List<SnapshotEntry> entries)
    {
        var clock = Stopwatch.StartNew();
        var packed = KnowledgeSnapshotFormat.Pack(entries);
        var encode = clock.Elapsed;
        clock.Restart();
        KnowledgeSnapshotFormat.Unpack(packed);
        return (packed.Length, encode, clock.Elapsed);
    }

    public static async Task RunAsync(int largest)
    {
        Console.WriteLine("== snapshot ==");
        var articles = SyntheticCorpus.Get(largest).Take(largest).Select(a => a.Knowledge).ToList();
        var storage = await StoredArticles.AzuriteAsync();
        var store = new TableArticleStore(new TableServiceClient(storage.ConnectionString), new TableNames($"snap{Environment.ProcessId:x}"));
        var entries = articles.Select(a => new SnapshotEntry(a.Id, "v1", a)).ToList();
        var clock = Stopwatch.StartNew();
        await store.Snapshots.WriteAsync("bench", entries);
        Console.WriteLine($"  {articles.Count:N0} articles: snapshot written in {clock.Elapsed.TotalSeconds:0.00} s");
        for (var run = 1; run <= 2; run++)
        {
            var (packedBytes, encode, decode) = MeasureFormat(entries);
            Console.WriteLine($"  in memory: packed {packedBytes / 1e6:0.0} MB in {encode.TotalSeconds:0.00} s, unpacked in {decode.TotalSeconds:0.00} s");
        }
        for (var run = 1; run <= 5; run++)
        {
            var azuriteBefore = storage.CpuTime;
            clock.Restart();
            var snapshot = await store.Snapshots.ReadAsync();
            var read = clock.Elapsed;
            var azuriteCpu = storage.CpuTime - azuriteBefore;
            clock.Restart();
            var knowledge = new KnowledgeBase(snapshot!.Entries.Select(e => e.Article));
            var built = clock.Elapsed;
            Console.WriteLine($"  run {run}: read {read.TotalSeconds:0.00} s (Azurite CPU {azuriteCpu.TotalSeconds:0.00} s), "
                + $"KnowledgeBase build {built.TotalSeconds:0.00} s, {knowledge.StatementCount:N0} statements");
        }
    }
}
