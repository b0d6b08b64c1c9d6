using System.Diagnostics;
using CoopBot.Benchmarks.Infrastructure;
using CoopBot.Benchmarks.Synthetic;
using CoopBot.Core.Answering;

namespace CoopBot.Benchmarks.Suites;

/// <summary>
/// For investigating the engine's tail: each turn of the engine suite's question mix is answered three times in a row
/// (in its conversation, so follow-ups see their state) and its fastest time kept. That is the turn's own cost with
/// warm caches, free of the preemption, GC pauses and cold memory that also make up the mix's p99: the turns still slow
/// this way are slow because of the work they do. Prints the share of such turns per kind and the slowest questions.
/// Not part of <c>all</c>.
/// </summary>
internal static class TailSuite
{
    /// <summary>Twice the mix's p99 at 100 articles in the recorded run: what the growth target allows at 10,000.</summary>
    private const double SlowMilliseconds = 0.28;

    public static void Run(int largest)
    {
        var articles = SyntheticCorpus.Get(largest).Take(largest);
        var engine = new AnswerEngine(new KnowledgeBase(articles.Select(a => a.Knowledge).ToList()));
        Own(engine, QuestionScript.Build(articles, 500, seed: 77 + largest)); // warm-up, other questions
        var costs = Own(engine, QuestionScript.Build(articles, 2_000, seed: 1_000 + largest));

        var all = new Latencies();
        costs.ForEach(c => all.Add(c.Ms));
        Console.WriteLine($"  {largest:N0} articles, each turn's fastest of 3: {all.Summary()}");
        Console.WriteLine($"  turns over {SlowMilliseconds} ms: {costs.Count(c => c.Ms > SlowMilliseconds)} of {costs.Count} ({100.0 * costs.Count(c => c.Ms > SlowMilliseconds) / costs.Count:0.0}%)");
        foreach (var kind in costs.GroupBy(c => c.Kind).OrderByDescending(g => g.Count(c => c.Ms > SlowMilliseconds)))
        {
            var latencies = new Latencies();
            foreach (var cost in kind)
            {
                latencies.Add(cost.Ms);
            }
            Console.WriteLine($"    {kind.Key,-36} over: {kind.Count(c => c.Ms > SlowMilliseconds),4} of {kind.Count(),4}; {latencies.Summary()}");
        }
        Console.WriteLine("  slowest questions:");
        foreach (var (kind, question, ms) in costs.OrderByDescending(c => c.Ms).DistinctBy(c => c.Question).Take(40))
        {
            Console.WriteLine($"    {Latencies.Ms(ms)}  {kind,-32} {question}");
        }
    }

    private static List<(string Kind, string Question, double Ms)> Own(AnswerEngine engine, IReadOnlyList<Conversation> script)
    {
        var costs = new List<(string, string, double)>();
        foreach (var conversation in script)
        {
            ConversationState? state = null;
            foreach (var turn in conversation.Turns)
            {
                var fastest = double.MaxValue;
                Answer? answer = null;
                for (var i = 0; i < 3; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    answer = engine.Answer(turn.Question, state);
                    fastest = Math.Min(fastest, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                state = answer!.State;
                costs.Add((turn.Kind, turn.Question, fastest));
            }
        }
        return costs;
    }
}
