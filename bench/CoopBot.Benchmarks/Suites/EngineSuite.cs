using System.Diagnostics;
using CoopBot.Benchmarks.Infrastructure;
using CoopBot.Benchmarks.Synthetic;
using CoopBot.Core.Answering;

namespace CoopBot.Benchmarks.Suites;

/// <summary>
/// <see cref="AnswerEngine.Answer"/> latency, warm, over the question mix of <see cref="QuestionScript"/>, with
/// 100, 1,000 and 10,000 synthetic articles (the real parser and extractor's output), and the knowledge base's
/// build time. Targets: p99 ≤ 2 ms at 10,000 articles; latency at 10,000 at most 2× that at 100.
/// </summary>
internal static class EngineSuite
{
    private const double TargetP99Milliseconds = 2;
    private const double TargetGrowth = 2;
    private const int Conversations = 2_000;
    private const int Rounds = 2;

    /// <summary>
    /// With <c>--warm-up-seconds N</c>, each size's warm-up is repeated until it has run that long. The default warm-up
    /// (one pass of other questions, about a tenth of a second at 100 articles) ends before the JIT's tiering has
    /// recompiled the hot methods (it waits for a quiet 100 ms, then compiles in the background), so the first size
    /// is partly timed on unoptimized code; a longer warm-up makes every size's figure a warm one.
    /// </summary>
    public static double WarmUpSeconds { get; set; }

    public static void Run(int largest)
    {
        Console.WriteLine("== engine ==");
        var corpus = SyntheticCorpus.Get(largest);
        var sizes = new[] { 100, 1_000, 10_000 }.Where(s => s < largest).Append(largest).Distinct().ToArray();

        // Warm the builder's code paths once, so the first size's build time is not mostly JIT.
        new KnowledgeBase(corpus.Take(200).Select(a => a.Knowledge).ToList());

        var results = new List<(int Size, Latencies Mix)>();
        foreach (var size in sizes)
        {
            var articles = corpus.Take(size);
            var knowledgeArticles = articles.Select(a => a.Knowledge).ToList();
            var builds = new List<double>();
            KnowledgeBase? knowledge = null;
            var buildPause = TimeSpan.Zero;
            var buildAllocated = 0L;
            for (var i = 0; i < 3; i++)
            {
                knowledge = null;
                GC.Collect();
                var buildPauseBefore = GC.GetTotalPauseDuration();
                var buildAllocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                knowledge = new KnowledgeBase(knowledgeArticles);
                builds.Add(clock.Elapsed.TotalMilliseconds);
                buildPause += GC.GetTotalPauseDuration() - buildPauseBefore;
                buildAllocated += GC.GetTotalAllocatedBytes(precise: true) - buildAllocatedBefore;
            }
            builds.Sort();
            var engine = new AnswerEngine(knowledge!);
            Console.WriteLine($"  {size,6:N0} articles: {knowledge!.StatementCount:N0} statements, {knowledge.OutcomeCount:N0} outcomes, {knowledge.Speakers.Count:N0} speakers; "
                + $"KnowledgeBase build {Latencies.Ms(builds[1]).Trim()} (median of 3, min {Latencies.Ms(builds[0]).Trim()}; per build {buildAllocated / 3 / 1e6:0} MB allocated, "
                + $"{buildPause.TotalMilliseconds / 3:0} ms of GC pauses)");

            var warmUp = QuestionScript.Build(articles, Conversations / 2, seed: 77 + size); // other questions
            var warmUpClock = Stopwatch.StartNew();
            var warmUpAnswers = 0;
            do
            {
                warmUpAnswers += Ask(engine, warmUp, rounds: 1, byKind: null, found: null).Count;
            }
            while (warmUpClock.Elapsed.TotalSeconds < WarmUpSeconds);
            Console.WriteLine($"           warm-up: {warmUpAnswers:N0} answers in {warmUpClock.Elapsed.TotalSeconds:0.00} s");
            var script = QuestionScript.Build(articles, Conversations, seed: 1_000 + size);
            var byKind = new SortedDictionary<string, Latencies>(StringComparer.Ordinal);
            var found = new Dictionary<string, (int Found, int Total)>();
            var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var pauseBefore = GC.GetTotalPauseDuration();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var slowest = new List<(double Ms, string Kind, string Question)>();
            var withoutGc = new Latencies();
            var mix = Ask(engine, script, Rounds, byKind, found, slowest, withoutGc);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var gcs = GC.CollectionCount(0) - gcBefore.Item1;
            var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
            Console.WriteLine($"           mix: {mix.Summary()}; mean {Latencies.Ms(mix.Mean).Trim()}; allocated {allocated / mix.Count / 1024.0:0} KB per answer");
            Console.WriteLine($"           GCs gen0/1/2 {gcs}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}, pauses {pause:0} ms in all ({(gcs > 0 ? pause / gcs : 0):0.0} ms each), "
                + $"heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:0} MB; the {withoutGc.Count} answers no GC interrupted: {withoutGc.Summary()}");
            foreach (var (kind, latencies) in byKind)
            {
                var (hits, total) = found[kind];
                Console.WriteLine($"             {kind,-36} {latencies.Summary()}; answered {100.0 * hits / total,3:0}%");
            }
            if (size == sizes[^1])
            {
                // The slowest questions of the kinds whose p99 is over 1 ms: where to look first.
                foreach (var (kind, latencies) in byKind.Where(k => k.Value.P99 > 1).OrderByDescending(k => k.Value.P99))
                {
                    foreach (var (ms, _, question) in slowest.Where(s => s.Kind == kind).OrderByDescending(s => s.Ms).DistinctBy(s => s.Question).Take(3))
                    {
                        Console.WriteLine($"             slowest {kind,-30} {Latencies.Ms(ms)}  {question}");
                    }
                }
            }
            var overviews = new SortedDictionary<string, Latencies>(StringComparer.Ordinal);
            var overviewScript = QuestionScript.Overviews(articles, 200, seed: 5 + size);
            Ask(engine, overviewScript.Take(40).ToList(), 1, null, null);
            var overview = Ask(engine, overviewScript, 1, overviews, null);
            Console.WriteLine($"           {QuestionScript.Kinds.Overview}: {overview.Summary()}");
            results.Add((size, mix));
        }

        Console.WriteLine($"  question mix: {QuestionScript.Describe(QuestionScript.Build(corpus.Take(sizes[^1]), Conversations, seed: 1_000 + sizes[^1]))}");
        var smallest = results[0];
        var biggest = results[^1];
        Console.WriteLine($"  growth {smallest.Size:N0} → {biggest.Size:N0} articles: p50 {biggest.Mix.P50 / smallest.Mix.P50:0.00}×, p99 {biggest.Mix.P99 / smallest.Mix.P99:0.00}×");
        Targets.AtMost($"engine p99 at {biggest.Size:N0} articles", biggest.Mix.P99, TargetP99Milliseconds, "ms");
        Targets.AtMost($"engine p99 growth {smallest.Size:N0} → {biggest.Size:N0} articles", biggest.Mix.P99 / smallest.Mix.P99, TargetGrowth, "×");
        Targets.AtMost($"engine p50 growth {smallest.Size:N0} → {biggest.Size:N0} articles", biggest.Mix.P50 / smallest.Mix.P50, TargetGrowth, "×");
    }

    private static Latencies Ask(AnswerEngine engine, IReadOnlyList<Conversation> script, int rounds,
        IDictionary<string, Latencies>? byKind, Dictionary<string, (int Found, int Total)>? found, List<(double Ms, string Kind, string Question)>? slowest = null,
        Latencies? withoutGc = null)
    {
        var all = new Latencies();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var conversation in script)
            {
                ConversationState? state = null;
                foreach (var turn in conversation.Turns)
                {
                    var collections = GC.CollectionCount(0);
                    var start = Stopwatch.GetTimestamp();
                    var answer = engine.Answer(turn.Question, state);
                    var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if (GC.CollectionCount(0) == collections)
                    {
                        withoutGc?.Add(elapsed);
                    }
                    state = answer.State;
                    all.Add(elapsed);
                    slowest?.Add((elapsed, turn.Kind, turn.Question));
                    if (byKind is not null)
                    {
                        if (!byKind.TryGetValue(turn.Kind, out var kind))
                        {
                            byKind[turn.Kind] = kind = new Latencies();
                        }
                        kind.Add(elapsed);
                    }
                    if (found is not null)
                    {
                        var (hits, total) = found.GetValueOrDefault(turn.Kind);
                        found[turn.Kind] = (hits + (answer.Found ? 1 : 0), total + 1);
                    }
                }
            }
        }
        return all;
    }
}
