using CoopBot.Core.Evaluation;
using CoopBot.Core.Extraction;

namespace CoopBot.Cli.Commands;

/// <summary>
/// <c>coopbot eval ARTICLES_DIR GOLD_DIR [--verbose] [--json]</c>: extracts every article that has a gold file and
/// prints the scores. Scores are information, not a verdict: it exits 0 whenever it ran, 1 when an input was unreadable.
/// </summary>
internal static class EvalCommand
{
    private const string UsageLine = "Usage: coopbot eval ARTICLES_DIR GOLD_DIR [--verbose] [--json]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var verbose = args.Contains("--verbose");
        var json = args.Contains("--json");
        var folders = args.Where(a => a is not ("--verbose" or "--json")).ToList();
        if (folders.Count != 2 || folders.Any(f => f.StartsWith("--", StringComparison.Ordinal)))
        {
            error.WriteLine(UsageLine);
            return ExitCodes.Usage;
        }
        foreach (var folder in folders.Where(f => !Directory.Exists(f)))
        {
            error.WriteLine($"'{folder}' is not a folder.");
            error.WriteLine(UsageLine);
            return ExitCodes.Usage;
        }

        var extractor = new ArticleExtractor();
        var evaluation = await CorpusEvaluator.EvaluateAsync(folders[0], folders[1], extractor.Extract, cancellationToken);
        output.WriteLine(json ? EvaluationJson.Serialize(evaluation) : ExtractionReportFormatter.Format(evaluation, verbose));
        foreach (var failure in evaluation.Skipped.Where(s => s.IsError))
        {
            error.WriteLine($"{failure.File}: {failure.Reason}");
        }
        if (evaluation.Score.Articles.Count == 0)
        {
            error.WriteLine($"No article in '{folders[0]}' has a gold file in '{folders[1]}'.");
            return ExitCodes.Failure;
        }
        return evaluation.HasErrors ? ExitCodes.Failure : ExitCodes.Ok;
    }
}
