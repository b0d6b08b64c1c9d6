using CoopBot.Benchmarks.Synthetic;
using CoopBot.Core.Articles;
using CoopBot.Core.Evaluation;
using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;

namespace CoopBot.Benchmarks.Suites;

/// <summary>
/// Prints everything the extractor finds in the article files of some folders (and, with <c>--synthetic</c>, in the
/// extraction suite's 500 synthetic articles): the document <c>coopbot extract --json</c> writes, then each speaker's
/// profile. For speed work that must not change a single output: save it before, diff it after every change.
/// Not part of <c>all</c>; it prints no machine line or timings, so two runs of the same code print the same bytes.
/// </summary>
internal static class DumpSuite
{
    public static async Task RunAsync(IReadOnlyList<string> folders, bool synthetic)
    {
        // One extractor for everything, as the extraction suite uses it: state carried from one article to the next
        // would show up here too.
        var extractor = new ArticleExtractor();
        foreach (var folder in folders)
        {
            foreach (var path in SeedSynchronizer.EnumerateSeedFiles(folder))
            {
                var parsed = await SeedSynchronizer.ReadArticleFileAsync(path);
                Console.WriteLine($"=== {Path.GetFileName(folder.TrimEnd('/'))}/{Path.GetFileName(path)}");
                if (parsed.Article is not { } article)
                {
                    Console.WriteLine($"not read: {parsed.Detail}");
                    continue;
                }
                Write(article, extractor.Extract(article));
            }
        }
        if (synthetic)
        {
            var generated = new ArticleGenerator(seed: 4242).Generate(500);
            for (var i = 0; i < generated.Count; i++)
            {
                Console.WriteLine($"=== synthetic/{i:000}");
                var article = ArticleParser.ParseText(generated[i].Text).Article!;
                Write(article, extractor.Extract(article));
            }
        }
    }

    private static void Write(Article article, ArticleExtraction extraction)
    {
        Console.WriteLine(EvaluationJson.Serialize(ExtractionDocument.From(article, extraction)));
        foreach (var speaker in extraction.Speakers)
        {
            Console.WriteLine($"speaker {speaker.Id} | {speaker.Name} | {speaker.Role} | {speaker.Organisation} | {speaker.Country}");
        }
    }
}
