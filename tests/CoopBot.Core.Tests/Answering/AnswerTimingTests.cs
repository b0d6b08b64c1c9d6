using System.Diagnostics;
using CoopBot.Core.Answering;
using Xunit.Abstractions;

namespace CoopBot.Core.Tests.Answering;

/// <summary>
/// Build and answer times, written to the test output for the record (not asserted: timings depend on the machine
/// and on what else it runs).
/// </summary>
public sealed class AnswerTimingTests(CorpusKnowledgeFixture corpus, ITestOutputHelper output) : IClassFixture<CorpusKnowledgeFixture>
{
    [Fact]
    public void Corpus_build_and_answer_times_are_reported()
    {
        var articles = corpus.Knowledge.Articles;
        var build = Stopwatch.StartNew();
        var knowledge = new KnowledgeBase(articles);
        build.Stop();
        var engine = new AnswerEngine(knowledge);
        var questions = corpus.Questions.Select(q => q.Question.Q).ToList();

        var times = Time(engine, questions, rounds: 20);

        output.WriteLine($"Corpus: {articles.Count} articles, {knowledge.StatementCount} statements, {knowledge.OutcomeCount} outcomes; build {build.Elapsed.TotalMilliseconds:0.0} ms");
        output.WriteLine(Summary(times));
        Assert.NotEmpty(times);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Synthetic_ten_thousand_article_build_and_answer_times_are_reported(int skippedHead)
    {
        var articles = SyntheticKnowledge.Articles(10_000, skippedHead: skippedHead);
        new KnowledgeBase(articles.Take(200).ToList()); // warm up the JIT
        var build = Stopwatch.StartNew();
        var knowledge = new KnowledgeBase(articles);
        build.Stop();
        var engine = new AnswerEngine(knowledge);
        var questions = SyntheticKnowledge.Questions(articles, 2_400);

        var times = Time(engine, questions, rounds: 1);

        output.WriteLine($"Synthetic (head words skipped: {skippedHead}): {articles.Count} articles, {knowledge.StatementCount} statements, {knowledge.OutcomeCount} outcomes, {knowledge.Speakers.Count} speakers; build {build.Elapsed.TotalMilliseconds:0} ms");
        output.WriteLine(Summary(times));
        foreach (var kind in times.Select((t, i) => (Kind: i % 12, t.Milliseconds)).GroupBy(t => t.Kind))
        {
            var sorted = kind.Select(k => k.Milliseconds).Order().ToList();
            output.WriteLine($"  kind {kind.Key}: p50 {sorted[sorted.Count / 2]:0.000} ms, p90 {sorted[sorted.Count * 9 / 10]:0.000} ms, max {sorted[^1]:0.000} ms");
        }
        foreach (var slow in times.OrderByDescending(t => t.Milliseconds).Take(5))
        {
            output.WriteLine($"  slowest: {slow.Milliseconds:0.00} ms  {slow.Question}");
        }
        Assert.NotEmpty(times);
    }

    private static List<(string Question, double Milliseconds)> Time(AnswerEngine engine, IReadOnlyList<string> questions, int rounds)
    {
        // One untimed pass first: a server answers with fully compiled code, not the first, quickly jitted one.
        foreach (var question in questions)
        {
            engine.Answer(question);
        }
        Thread.Sleep(200);
        var times = new List<(string, double)>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                var watch = Stopwatch.StartNew();
                engine.Answer(question);
                watch.Stop();
                times.Add((question, watch.Elapsed.TotalMilliseconds));
            }
        }
        return times;
    }

    private static string Summary(List<(string Question, double Milliseconds)> times)
    {
        var sorted = times.Select(t => t.Milliseconds).Order().ToList();
        double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return $"Answers: {sorted.Count}; p50 {At(0.5):0.000} ms, p90 {At(0.9):0.000} ms, p99 {At(0.99):0.000} ms, max {sorted[^1]:0.000} ms";
    }
}
