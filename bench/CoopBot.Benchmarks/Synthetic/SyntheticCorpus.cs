using System.Diagnostics;
using CoopBot.Core.Answering;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;

namespace CoopBot.Benchmarks.Synthetic;

/// <summary>A synthetic article with what the real code made of it.</summary>
internal sealed record CorpusArticle(GeneratedArticle Generated, Article Article, ArticleExtraction Extraction)
{
    public KnowledgeArticle Knowledge { get; } = KnowledgeArticle.From(Article, Extraction);
}

/// <summary>
/// The synthetic articles of a run, generated once, parsed by <see cref="ArticleParser"/> and extracted by
/// <see cref="ArticleExtractor"/> (so the answer engine and storage get what ingestion really produces). Smaller
/// sizes are prefixes of the largest, so 100 articles are the first 100 of the 10,000.
/// </summary>
internal sealed class SyntheticCorpus
{
    private static readonly Dictionary<int, SyntheticCorpus> Cache = [];

    private SyntheticCorpus(List<CorpusArticle> articles)
    {
        Articles = articles;
    }

    public IReadOnlyList<CorpusArticle> Articles { get; }

    public IReadOnlyList<CorpusArticle> Take(int count) => count >= Articles.Count ? Articles : Articles.Take(count).ToList();

    public static SyntheticCorpus Get(int count)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(count, out var cached))
            {
                return cached;
            }
            var larger = Cache.Where(c => c.Key >= count).Select(c => c.Value).FirstOrDefault();
            var corpus = larger is not null ? new SyntheticCorpus([.. larger.Articles.Take(count)]) : Build(count);
            Cache[count] = corpus;
            return corpus;
        }
    }

    private static SyntheticCorpus Build(int count)
    {
        var clock = Stopwatch.StartNew();
        var generated = new ArticleGenerator().Generate(count);
        var generatedIn = clock.Elapsed;
        var extractor = new ArticleExtractor();
        var articles = new List<CorpusArticle>(count);
        long bytes = 0;
        clock.Restart();
        foreach (var g in generated)
        {
            var article = ArticleParser.ParseText(g.Text).Article
                ?? throw new InvalidOperationException("A synthetic article did not parse:\n" + g.Text);
            articles.Add(new CorpusArticle(g, article, extractor.Extract(article)));
            bytes += System.Text.Encoding.UTF8.GetByteCount(g.Text);
        }
        var extractedIn = clock.Elapsed;
        Console.WriteLine($"Synthetic corpus: {count:N0} articles, {bytes / 1e6:0.0} MB, generated in {generatedIn.TotalSeconds:0.0} s, parsed and extracted in {extractedIn.TotalSeconds:0.0} s; "
            + $"per article {articles.Average(a => a.Extraction.Speakers.Count):0.0} speakers, {articles.Average(a => a.Extraction.Statements.Count):0.0} statements, {articles.Average(a => a.Extraction.Outcomes.Count):0.0} outcomes; "
            + $"{articles.SelectMany(a => a.Extraction.Speakers).Select(s => s.Id).Distinct().Count():N0} distinct speakers");
        return new SyntheticCorpus(articles);
    }
}
