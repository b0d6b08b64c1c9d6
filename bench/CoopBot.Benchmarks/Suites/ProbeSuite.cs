using System.Diagnostics;
using CoopBot.Benchmarks.Infrastructure;
using CoopBot.Benchmarks.Synthetic;
using CoopBot.Core.Answering;

namespace CoopBot.Benchmarks.Suites;

/// <summary>
/// For investigating one slow question: answers it repeatedly over the largest synthetic knowledge base and prints
/// its latency and answer; run it under dotnet-trace to see where the time goes. Not part of <c>all</c>.
/// </summary>
internal static class ProbeSuite
{
    public static void Run(int largest, IReadOnlyList<string> questions)
    {
        var knowledge = new KnowledgeBase(SyntheticCorpus.Get(largest).Articles.Select(a => a.Knowledge).ToList());
        var engine = new AnswerEngine(knowledge);
        foreach (var question in questions)
        {
            var latencies = new Latencies();
            Answer? answer = null;
            var until = Stopwatch.StartNew();
            while (until.Elapsed < TimeSpan.FromSeconds(3))
            {
                var start = Stopwatch.GetTimestamp();
                answer = engine.Answer(question);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            Console.WriteLine($"{question}: {latencies.Summary()}; intent {answer!.Intent}, found {answer.Found}, {answer.Citations.Count} citations");
            Console.WriteLine("  " + answer.Text.Replace("\n", "\n  ", StringComparison.Ordinal)[..Math.Min(answer.Text.Length, 600)]);
        }
    }
}
