using System.Globalization;
using System.Text;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Answering;

/// <summary>
/// Writes one answer: its lines, a numbered citation for every statement, outcome or lead sentence used, the items
/// listed (for "the second one"), and suggestions. Every item line it writes comes with its <c>[n]</c> mark.
/// </summary>
internal sealed class AnswerWriter(KnowledgeBase knowledge)
{
    private readonly StringBuilder text = new();
    private readonly List<Citation> citations = [];
    private readonly Dictionary<(int, string), int> citationNumbers = [];
    private readonly List<string> items = [];
    private readonly List<string> suggestions = [];
    private readonly List<string> covered = [];

    /// <summary>References of the items listed, in order.</summary>
    public IReadOnlyList<string> Items => items;

    /// <summary>Statements shown without a line of their own: reported from the same sentence as one listed.</summary>
    public IReadOnlyList<string> Covered => covered;

    public void Line(string line) => text.Append(line).Append('\n');

    /// <summary>Cites a sentence of an article and returns its mark (" [n]"); the same sentence keeps one number.</summary>
    public string Cite(int article, string sentence)
    {
        if (!citationNumbers.TryGetValue((article, sentence), out var number))
        {
            var source = knowledge.ArticleAt(article);
            citations.Add(new Citation(source.Id, source.Title, source.Date, sentence));
            number = citations.Count;
            citationNumbers[(article, sentence)] = number;
        }
        return string.Create(CultureInfo.InvariantCulture, $" [{number}]");
    }

    public void AddItem(string reference) => items.Add(reference);

    public void Suggest(string question)
    {
        if (suggestions.Count < 4 && !suggestions.Contains(question, StringComparer.OrdinalIgnoreCase))
        {
            suggestions.Add(question);
        }
    }

    /// <summary>"and 3 more." after a list cut short.</summary>
    /// <summary>"…and N more." for items not shown; with <paramref name="atLeast"/>, N is a floor (a top-k search stopped counting).</summary>
    public void More(int hidden, string what = "more", bool atLeast = false)
    {
        if (hidden > 0)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"…and {(atLeast ? "at least " : string.Empty)}{hidden} {what}."));
        }
    }

    /// <summary>A statement as a list line: a direct quote in quote marks, reported speech as its sentence.</summary>
    public void Statement(int statement, bool withSpeaker)
    {
        var entry = knowledge.Statements[statement];
        var value = knowledge.StatementOf(statement);
        var speaker = knowledge.Speakers[entry.Speaker];
        var prefix = withSpeaker ? $"{Name(speaker)}: " : string.Empty;
        Line($"- {prefix}{StatementText(value)}{Cite(entry.Article, value.Evidence)}");
        AddItem(knowledge.StatementRef(statement));
        CoverSiblings(statement);
    }

    /// <summary>Reported statements printed as one shared sentence all count as shown ("what else" must not repeat it).</summary>
    private void CoverSiblings(int statement)
    {
        var entry = knowledge.Statements[statement];
        if (entry.Kind != StatementKind.Reported)
        {
            return;
        }
        foreach (var other in knowledge.StatementsByArticle[entry.Article])
        {
            var sibling = knowledge.Statements[other];
            if (other != statement && sibling.Kind == StatementKind.Reported && sibling.Sentence == entry.Sentence)
            {
                covered.Add(knowledge.StatementRef(other));
            }
        }
    }

    /// <summary>An outcome as a list line: its status, then its sentence with the outcome itself in bold.</summary>
    public void Outcome(int outcome)
    {
        var entry = knowledge.Outcomes[outcome];
        var value = knowledge.OutcomeOf(outcome);
        Line($"- {Capitalize(value.Status.ToWire())}: {Highlight(value)}{Cite(entry.Article, value.Evidence)}");
        AddItem(knowledge.OutcomeRef(outcome));
    }

    /// <summary>A statement that reports an outcome ("Seoul had pledged US$12 million …"), attributed to its speaker.</summary>
    public void ReportedOutcome(int statement)
    {
        var entry = knowledge.Statements[statement];
        var value = knowledge.StatementOf(statement);
        Line($"- {Name(knowledge.Speakers[entry.Speaker])}: {value.Evidence}{Cite(entry.Article, value.Evidence)}");
        AddItem(knowledge.StatementRef(statement));
        CoverSiblings(statement);
    }

    /// <summary>The answer; suggestions are topped up to two from the knowledge base's example questions.</summary>
    public Answer Build(bool found, string intent, ConversationState state)
    {
        foreach (var example in knowledge.Examples.Value.Questions)
        {
            if (suggestions.Count >= 2)
            {
                break;
            }
            Suggest(example);
        }
        return new(text.ToString().TrimEnd(), found, intent, citations, suggestions, state);
    }

    /// <summary>"**Name** (role, country)".</summary>
    public static string Name(SpeakerProfile speaker)
    {
        var description = speaker.Description;
        return description.Length == 0 ? $"**{speaker.Name}**" : $"**{speaker.Name}** ({description})";
    }

    public static string StatementText(Statement statement) =>
        statement.Kind == StatementKind.Direct ? $"“{statement.Text.Trim()}”" : statement.Evidence.Trim();

    public static string Highlight(Outcome outcome)
    {
        var evidence = outcome.Evidence.Trim();
        var at = outcome.Text.Length == 0 ? -1 : evidence.IndexOf(outcome.Text, StringComparison.OrdinalIgnoreCase);
        return at < 0
            ? $"**{outcome.Text}** — {evidence}"
            : $"{evidence[..at]}**{evidence.Substring(at, outcome.Text.Length)}**{evidence[(at + outcome.Text.Length)..]}";
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
