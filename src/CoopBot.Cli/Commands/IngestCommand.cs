using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;

namespace CoopBot.Cli.Commands;

/// <summary><c>coopbot ingest PATH</c>: loads one article file or a folder of them, with a progress bar for folders.</summary>
internal static class IngestCommand
{
    public static async Task<int> RunAsync(string[] args, Func<IArticleStore> storeFactory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length != 1)
        {
            error.WriteLine("Usage: coopbot ingest PATH   (an article file, or a folder of .txt/.json articles)");
            return ExitCodes.Usage;
        }
        var path = args[0];
        string[] files;
        if (Directory.Exists(path))
        {
            files = SeedSynchronizer.EnumerateSeedFiles(path).ToArray();
            if (files.Length == 0)
            {
                error.WriteLine($"No .txt or .json articles in '{path}'.");
                return ExitCodes.Failure;
            }
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            error.WriteLine($"'{path}' is neither a file nor a folder.");
            return ExitCodes.Usage;
        }

        var ingestor = new ArticleIngestor(storeFactory(), new ArticleExtractor());
        var progress = files.Length > 1 ? new ProgressBar(output, files.Length) : null;
        var counts = new Dictionary<string, int>();
        var failed = 0;
        for (var i = 0; i < files.Length; i++)
        {
            var file = files[i];
            var parsed = await SeedSynchronizer.ReadArticleFileAsync(file, cancellationToken);
            string outcome;
            if (parsed.Article is null)
            {
                failed++;
                outcome = "rejected";
                progress?.Clear();
                error.WriteLine($"{Path.GetFileName(file)}: {parsed.Detail}");
            }
            else
            {
                var result = await ingestor.IngestAsync(parsed.Article, cancellationToken: cancellationToken);
                outcome = result.Status.ToString().ToLowerInvariant();
                if (progress is null)
                {
                    output.WriteLine($"{outcome}: {result.Article.Id} ({result.Article.ParagraphCount} paragraphs, {result.Article.SentenceCount} sentences)");
                }
            }
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
            progress?.Report(i + 1, Path.GetFileName(file));
        }
        progress?.Complete();
        if (files.Length > 1)
        {
            output.WriteLine(string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}")));
        }
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
