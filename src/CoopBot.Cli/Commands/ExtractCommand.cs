using System.Globalization;
using CoopBot.Core.Articles;
using CoopBot.Core.Evaluation;
using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;

namespace CoopBot.Cli.Commands;

/// <summary><c>coopbot extract FILE [--json]</c>: runs the extractor on one article file; storage is not touched.</summary>
internal static class ExtractCommand
{
    private const string UsageLine = "Usage: coopbot extract FILE [--json]   (an article file, .txt or .json)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var json = args.Contains("--json");
        var paths = args.Where(a => a != "--json").ToList();
        if (paths.Count != 1 || paths[0].StartsWith("--", StringComparison.Ordinal))
        {
            error.WriteLine(UsageLine);
            return ExitCodes.Usage;
        }
        var path = paths[0];
        if (!File.Exists(path))
        {
            error.WriteLine($"'{path}' is not a file.");
            return ExitCodes.Failure;
        }
        var parsed = await SeedSynchronizer.ReadArticleFileAsync(path, cancellationToken);
        if (parsed.Article is not { } article)
        {
            error.WriteLine($"{Path.GetFileName(path)}: {parsed.Detail}");
            return ExitCodes.Failure;
        }

        var extraction = new ArticleExtractor().Extract(article);
        if (json)
        {
            output.WriteLine(EvaluationJson.Serialize(ExtractionDocument.From(article, extraction)));
        }
        else
        {
            WriteListing(article, extraction, output);
        }
        return ExitCodes.Ok;
    }

    private static void WriteListing(Article article, ArticleExtraction extraction, TextWriter output)
    {
        output.WriteLine(article.Id);
        output.WriteLine($"{article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  {article.Title}");

        output.WriteLine();
        output.WriteLine($"Speakers ({extraction.Speakers.Count}):");
        foreach (var speaker in extraction.Speakers)
        {
            output.WriteLine($"  {Describe(speaker)}");
        }
        WriteNoneIfEmpty(extraction.Speakers.Count, output);

        output.WriteLine();
        output.WriteLine($"Statements ({extraction.Statements.Count}):");
        foreach (var group in extraction.Statements.GroupBy(s => s.SpeakerId))
        {
            output.WriteLine($"  {extraction.SpeakerById(group.Key)?.Name ?? group.Key}");
            foreach (var statement in group)
            {
                output.WriteLine($"    [{statement.Kind.ToString().ToLowerInvariant()}] {statement.Text}");
            }
        }
        WriteNoneIfEmpty(extraction.Statements.Count, output);

        WriteOutcomes("Agreed or done", extraction.Outcomes.Where(o => o.Status.IsAgreed()).ToList(), output);
        WriteOutcomes("Proposed or planned", extraction.Outcomes.Where(o => !o.Status.IsAgreed()).ToList(), output);
    }

    private static void WriteOutcomes(string heading, IReadOnlyList<Outcome> outcomes, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{heading} ({outcomes.Count}):");
        foreach (var outcome in outcomes)
        {
            var parties = outcome.Parties.Count == 0 ? string.Empty : $"  ({string.Join(", ", outcome.Parties)})";
            output.WriteLine($"  [{outcome.Status.ToWire()}] {outcome.Text}{parties}");
        }
        WriteNoneIfEmpty(outcomes.Count, output);
    }

    private static void WriteNoneIfEmpty(int count, TextWriter output)
    {
        if (count == 0)
        {
            output.WriteLine("  (none)");
        }
    }

    private static string Describe(Speaker speaker)
    {
        var details = new[] { speaker.Role, speaker.Organisation, speaker.Country }.Where(d => !string.IsNullOrWhiteSpace(d));
        var text = string.Join("; ", details);
        return text.Length == 0 ? speaker.Name : $"{speaker.Name}: {text}";
    }
}
