using System.Globalization;
using System.Text;

namespace CoopBot.Core.Evaluation;

/// <summary>
/// Writes scores as plain text for a console: the totals first, then one line per article; verbose adds what
/// each article missed, invented or got wrong.
/// </summary>
public static class ExtractionReportFormatter
{
    public static string Format(CorpusEvaluation evaluation, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var builder = new StringBuilder(Format(evaluation.Score, verbose));
        if (evaluation.Questions is { } questions)
        {
            builder.AppendLine();
            builder.Append(Format(questions, verbose));
        }
        if (evaluation.Skipped.Count > 0)
        {
            builder.AppendLine();
            builder.AppendLine(CultureInfo.InvariantCulture, $"Skipped {evaluation.Skipped.Count}:");
            foreach (var skipped in evaluation.Skipped)
            {
                builder.AppendLine(CultureInfo.InvariantCulture, $"  {skipped.File}: {skipped.Reason}");
            }
        }
        foreach (var warning in evaluation.Warnings)
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"Warning: {warning}");
        }
        return builder.ToString();
    }

    public static string Format(ExtractionScore score, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(score);
        var b = new StringBuilder();
        var s = score.Statements;
        var o = score.Outcomes;
        var p = score.Speakers;
        b.AppendLine(Invariant($"Scored {score.Articles.Count} article(s)."));
        b.AppendLine();
        b.AppendLine(Invariant($"Statements  {Match(s.Loose)}"));
        b.AppendLine(Invariant($"            {Match(s.Strict)}"));
        b.AppendLine(Invariant($"  of the {s.Loose.Matched} matched at {s.Loose.MinOverlap:0.0#}: kind {Ratio(s.Kind)}, role {Ratio(s.Role)}, organisation {Ratio(s.Organisation)}, country {Ratio(s.Country)}"));
        b.AppendLine(Invariant($"Speakers    {p.Found} of {p.Gold} gold speakers found; of those: role {Ratio(p.Role)}, organisation {Ratio(p.Organisation)}, country {Ratio(p.Country)}, name as written {Ratio(p.Name)}"));
        b.AppendLine(Invariant($"Outcomes    {Match(o.Match)}, or one text within the other"));
        b.AppendLine(Invariant($"  of the {o.Match.Matched} matched: status {Ratio(o.Status)}, agreed vs proposed/planned {Ratio(o.AgreedOrProposed)}"));

        if (score.Articles.Count > 0)
        {
            b.AppendLine();
            b.AppendLine(Invariant($"Per article: statement F1 at {s.Loose.MinOverlap:0.0#} and {s.Strict.MinOverlap:0.0#}, matched/predicted/gold; outcome F1, matched/predicted/gold; right statuses"));
            foreach (var article in score.Articles)
            {
                var st = article.Statements;
                var oc = article.Outcomes;
                b.AppendLine(Invariant(
                    $"  st {st.Loose.F1:0.00} {st.Strict.F1:0.00} {Counts(st.Loose),-9} out {oc.Match.F1:0.00} {Counts(oc.Match),-8} status {oc.Status.Correct}/{oc.Status.Total,-3} {article.ArticleId}"));
                if (verbose)
                {
                    AppendFindings(b, article);
                }
            }
        }
        return b.ToString();
    }

    /// <summary>"Questions: N/M correct (x%), unanswerable honest K/L", and with <paramref name="verbose"/> each wrong answer.</summary>
    public static string Format(QuestionScore score, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(score);
        var b = new StringBuilder();
        b.AppendLine(Invariant($"Questions: {score.Correct}/{score.Total} correct ({score.Accuracy * 100:0.#}%), unanswerable honest {score.UnanswerableHonest}/{score.Unanswerable}"));
        if (verbose)
        {
            foreach (var result in score.Results.Where(r => !r.Correct))
            {
                var why = result.Found != result.ExpectedFound
                    ? Invariant($"found {result.Found.ToString().ToLowerInvariant()}, expected {result.ExpectedFound.ToString().ToLowerInvariant()}")
                    : "missing " + string.Join(", ", result.Missing.Select(m => $"\"{m}\""));
                b.AppendLine(Invariant($"  wrong [{result.Type}] {result.Question}  ({why}; intent {result.Intent}; {result.ArticleId})"));
                foreach (var line in result.Answer.Split('\n'))
                {
                    b.AppendLine("      " + line);
                }
            }
        }
        return b.ToString();
    }

    private static void AppendFindings(StringBuilder b, ArticleScore article)
    {
        foreach (var miss in article.MissedStatements)
        {
            b.AppendLine(Invariant($"      missed statement: {Statement(miss)}"));
        }
        foreach (var invented in article.FalseStatements)
        {
            b.AppendLine(Invariant($"      false statement:  {Statement(invented)}"));
        }
        foreach (var partial in article.PartialStatements)
        {
            b.AppendLine(Invariant($"      partial ({partial.Overlap:0.00}):   {partial.Speaker}: gold \"{partial.GoldText}\" / predicted \"{partial.PredictedText}\""));
        }
        foreach (var error in article.FieldErrors)
        {
            b.AppendLine(Invariant($"      wrong {error.Field}: {error.Subject}: gold {Quoted(error.Gold)}, predicted {Quoted(error.Predicted)}"));
        }
        foreach (var miss in article.MissedOutcomes)
        {
            b.AppendLine(Invariant($"      missed outcome:   [{miss.Status}] {miss.Text}"));
        }
        foreach (var invented in article.FalseOutcomes)
        {
            b.AppendLine(Invariant($"      false outcome:    [{invented.Status}] {invented.Text}"));
        }
        foreach (var error in article.StatusErrors)
        {
            b.AppendLine(Invariant($"      wrong status:     {error.Subject}: gold {error.Gold}, predicted {error.Predicted}"));
        }
    }

    private static string Statement(StatementFinding finding) =>
        Invariant($"{finding.Speaker} ({finding.Kind}): \"{finding.Text}\"") + (finding.Hint is null ? string.Empty : $"  [{finding.Hint}]");

    private static string Match(MatchScore m) =>
        Invariant($"overlap >= {m.MinOverlap:0.0#}: P {m.Precision:0.000}  R {m.Recall:0.000}  F1 {m.F1:0.000}  ({m.Matched} matched, {m.Predicted} predicted, {m.Gold} gold)");

    private static string Counts(MatchScore m) => Invariant($"{m.Matched}/{m.Predicted}/{m.Gold}");

    private static string Ratio(Accuracy a) => a.Value is { } value ? Invariant($"{a.Correct}/{a.Total} ({value:0.00})") : "n/a";

    private static string Quoted(string? text) => text is null ? "null" : $"\"{text}\"";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
