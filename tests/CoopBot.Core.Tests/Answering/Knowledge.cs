using CoopBot.Core.Answering;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Tests.Answering;

/// <summary>Small hand-built articles for focused engine tests.</summary>
internal static class Knowledge
{
    public static Speaker Person(string name, string? role = null, string? organisation = null, string? country = null) =>
        new(Slug(name), name, role, organisation, country);

    public static Statement Said(Speaker speaker, string text, int sentence = 0, string? evidence = null, StatementKind kind = StatementKind.Direct) =>
        new(speaker.Id, kind, text, sentence, evidence ?? (kind == StatementKind.Direct ? $"\"{text},\" said {speaker.Name}." : $"{speaker.Name} said {text}."));

    public static Outcome Done(string text, OutcomeStatus status, int sentence = 0, string? evidence = null, string? announcedBy = null, params string[] parties) =>
        new(text, status, parties, announcedBy, sentence, evidence ?? $"The ministers {status.ToWire()} the {text}.");

    public static KnowledgeArticle Article(
        string title, string date, IReadOnlyList<Speaker>? speakers = null, IReadOnlyList<Statement>? statements = null,
        IReadOnlyList<Outcome>? outcomes = null, IReadOnlyList<string>? lead = null)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        return new KnowledgeArticle($"{date}-{Slug(title)}", title, day, null, lead ?? [title + "."],
            new ArticleExtraction(speakers ?? [], statements ?? [], outcomes ?? []));
    }

    public static AnswerEngine Engine(params KnowledgeArticle[] articles) => new(new KnowledgeBase(articles));

    public static string Slug(string text) =>
        string.Join('-', TextFolding.FoldToAscii(text).ToLowerInvariant().Split(' ', '.', ',', '\'').Where(p => p.Length > 0));
}
