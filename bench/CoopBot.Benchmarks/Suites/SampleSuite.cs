using CoopBot.Benchmarks.Synthetic;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;

namespace CoopBot.Benchmarks.Suites;

/// <summary>Prints two synthetic articles, what the extractor finds in them, and sample questions: to see what the suites measure.</summary>
internal static class SampleSuite
{
    public static void Run()
    {
        var generated = new ArticleGenerator().Generate(2);
        var extractor = new ArticleExtractor();
        var corpus = new List<CorpusArticle>();
        foreach (var g in generated)
        {
            var article = ArticleParser.ParseText(g.Text).Article!;
            var extraction = extractor.Extract(article);
            corpus.Add(new CorpusArticle(g, article, extraction));
            Console.WriteLine(g.Text);
            foreach (var s in extraction.Speakers)
            {
                Console.WriteLine($"  speaker   {s.Name} | {s.Role} | {s.Organisation} | {s.Country}");
            }
            foreach (var s in extraction.Statements)
            {
                Console.WriteLine($"  statement {s.SpeakerId} ({s.Kind}): {s.Text}");
            }
            foreach (var o in extraction.Outcomes)
            {
                Console.WriteLine($"  outcome   {o.Status}: {o.Text} [{string.Join(", ", o.Parties)}]");
            }
            Console.WriteLine();
        }
        foreach (var conversation in QuestionScript.Build(corpus, 12, seed: 1))
        {
            Console.WriteLine("  " + string.Join("  →  ", conversation.Turns.Select(t => $"[{t.Kind}] {t.Question}")));
        }
    }
}
