namespace CoopBot.Core.Articles;

/// <summary>A parsed news article: its identity, metadata and the paragraphs and sentences of its body.</summary>
public sealed record Article(
    string Id,
    string Title,
    DateOnly Date,
    string? Source,
    IReadOnlyList<Paragraph> Paragraphs,
    string ContentHash)
{
    public int SentenceCount => Paragraphs.Sum(p => p.Sentences.Count);

    /// <summary>All sentences in reading order.</summary>
    public IEnumerable<Sentence> Sentences => Paragraphs.SelectMany(p => p.Sentences);
}

/// <summary>One paragraph of an article body with its sentences.</summary>
public sealed record Paragraph(int Index, string Text, IReadOnlyList<Sentence> Sentences);

/// <summary>
/// One sentence. <see cref="Index"/> counts across the whole article; <see cref="Start"/> and
/// <see cref="Length"/> locate it inside its paragraph's text.
/// </summary>
public sealed record Sentence(int Index, int ParagraphIndex, int Start, int Length, string Text);
