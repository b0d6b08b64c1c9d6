using System.Text.Json;
using CoopBot.Core.Answering;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;

namespace CoopBot.Core.Evaluation;

/// <summary>
/// Extracts every article of a folder that has a gold file of the same base name (plus <c>.json</c>) in another
/// folder, and scores the results against the gold. When gold files carry questions, they are asked of one
/// knowledge base of all the extracted articles and scored too.
/// </summary>
public static class CorpusEvaluator
{
    public static async Task<CorpusEvaluation> EvaluateAsync(
        string articlesFolder, string goldFolder, Func<Article, ArticleExtraction> extract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var pairs = new List<(ExtractionDocument Predicted, ExtractionDocument Gold)>();
        var skipped = new List<SkippedArticle>();
        var warnings = new List<string>();
        var usedGold = new HashSet<string>(StringComparer.Ordinal);
        var knowledge = new List<KnowledgeArticle>();
        var questions = new List<GoldQuestion>();
        foreach (var path in SeedSynchronizer.EnumerateSeedFiles(articlesFolder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = Path.GetFileName(path);
            var goldPath = Path.Combine(goldFolder, Path.GetFileNameWithoutExtension(path) + ".json");
            if (!File.Exists(goldPath))
            {
                skipped.Add(new SkippedArticle(file, "no gold file", IsError: false));
                continue;
            }
            usedGold.Add(Path.GetFileName(goldPath));

            var parsed = await SeedSynchronizer.ReadArticleFileAsync(path, cancellationToken).ConfigureAwait(false);
            if (parsed.Article is not { } article)
            {
                skipped.Add(new SkippedArticle(file, $"unreadable article: {parsed.Detail}", IsError: true));
                continue;
            }
            ExtractionDocument gold;
            try
            {
                gold = await EvaluationJson.ReadFileAsync(goldPath, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                skipped.Add(new SkippedArticle(file, $"invalid gold file {Path.GetFileName(goldPath)}: {ex.Message}", IsError: true));
                continue;
            }
            if (gold.Article.Id != article.Id)
            {
                warnings.Add($"{file}: the gold file is for '{gold.Article.Id}' but the article's id is '{article.Id}'.");
            }

            ArticleExtraction extraction;
            try
            {
                extraction = extract(article);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One failing article should not hide the scores of the others; the failure is reported as an error.
                var where = ex.StackTrace?.Split('\n', 2)[0].Trim();
                skipped.Add(new SkippedArticle(file, $"extraction failed: {ex.GetType().Name}: {ex.Message} ({where})", IsError: true));
                continue;
            }
            pairs.Add((ExtractionDocument.From(article, extraction), gold));
            knowledge.Add(KnowledgeArticle.From(article, extraction));
            questions.AddRange((gold.Questions ?? []).Select(q => new GoldQuestion(article.Id, q)));
        }

        foreach (var goldPath in Directory.EnumerateFiles(goldFolder, "*.json").Order(StringComparer.Ordinal))
        {
            if (!usedGold.Contains(Path.GetFileName(goldPath)))
            {
                warnings.Add($"{Path.GetFileName(goldPath)}: gold file without an article.");
            }
        }
        var questionScore = questions.Count == 0 ? null : QuestionScorer.Score(new AnswerEngine(new KnowledgeBase(knowledge)), questions);
        return new CorpusEvaluation(ExtractionScorer.Score(pairs), skipped, warnings, questionScore);
    }
}

/// <summary>The scores of a folder evaluation, with the article files left out and why; <see cref="Questions"/> is null when no gold file has questions.</summary>
public sealed record CorpusEvaluation(ExtractionScore Score, IReadOnlyList<SkippedArticle> Skipped, IReadOnlyList<string> Warnings, QuestionScore? Questions = null)
{
    /// <summary>True when some input could not be read or extracted (as opposed to simply having no gold file).</summary>
    public bool HasErrors => Skipped.Any(s => s.IsError);
}

/// <summary>
/// An article file that was not scored. <see cref="IsError"/> is false when it merely has no gold file, true when
/// it, its gold file or its extraction failed.
/// </summary>
public sealed record SkippedArticle(string File, string Reason, bool IsError);
