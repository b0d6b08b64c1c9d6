using System.Globalization;
using CoopBot.Core.Answering;

namespace CoopBot.Cli.Commands;

/// <summary>
/// <c>coopbot ask "question" [--json] [--articles DIR]</c>: answers one question with its sources. With
/// <c>--articles</c> the answer comes from the article files of that folder (parsed and extracted on the spot);
/// otherwise from the knowledge source the app provides.
/// </summary>
internal static class AskCommand
{
    private const string UsageLine = "Usage: coopbot ask \"question\" [--json] [--articles DIR]";

    public static async Task<int> RunAsync(string[] args, Func<IKnowledgeSource> sourceFactory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var json = false;
        string? folder = null;
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--articles" when i + 1 < args.Length:
                    folder = args[++i];
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    error.WriteLine($"Unknown option '{option}'.");
                    error.WriteLine(UsageLine);
                    return ExitCodes.Usage;
                default:
                    words.Add(args[i]);
                    break;
            }
        }
        // An unquoted question arrives as several words; they are one question.
        var question = string.Join(' ', words).Trim();
        if (question.Length == 0)
        {
            error.WriteLine(UsageLine);
            return ExitCodes.Usage;
        }
        if (folder is not null && !Directory.Exists(folder))
        {
            error.WriteLine($"'{folder}' is not a folder.");
            error.WriteLine(UsageLine);
            return ExitCodes.Usage;
        }

        IKnowledgeSource source;
        try
        {
            source = folder is null ? sourceFactory() : new FolderKnowledgeSource(folder);
        }
        catch (InvalidOperationException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Failure;
        }
        var articles = await source.GetArticlesAsync(cancellationToken);
        if (source is FolderKnowledgeSource files)
        {
            foreach (var failure in files.Failures)
            {
                error.WriteLine($"{failure.File}: {failure.Error} (skipped)");
            }
        }

        var answer = new AnswerEngine(new KnowledgeBase(articles)).Answer(question);
        output.WriteLine(json ? AnswerJson.Serialize(answer) : Format(answer));
        return ExitCodes.Ok;
    }

    /// <summary>The answer, its numbered sources with their sentences, and follow-up suggestions.</summary>
    internal static string Format(Answer answer)
    {
        var text = new System.Text.StringBuilder(answer.Text).AppendLine();
        if (answer.Citations.Count > 0)
        {
            text.AppendLine().AppendLine("Sources:");
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var citation = answer.Citations[i];
                var date = citation.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                text.AppendLine(CultureInfo.InvariantCulture, $"  [{i + 1}] {citation.Title} ({date}): {citation.Sentence.Trim()}");
            }
        }
        if (answer.Suggestions.Count > 0)
        {
            text.AppendLine().AppendLine("You could ask: " + string.Join(" · ", answer.Suggestions));
        }
        return text.ToString().TrimEnd();
    }
}
