using CoopBot.Core.Articles;

namespace CoopBot.Core.Extraction;

/// <summary>A person named in an article, with what the article says about them; mutable while the article is read.</summary>
internal sealed class Person(string name)
{
    public string Name { get; } = name;

    public string? Role { get; set; }

    public string? Organisation { get; set; }

    public string? Country { get; set; }

    /// <summary>'m', 'f' or null when no pronoun or honorific has told yet.</summary>
    public char? Gender { get; set; }

    /// <summary>Order of the last mention, for "most recent" pronoun and title resolution.</summary>
    public int LastMention { get; set; }

    public bool HasStatements { get; set; }

    public string[] NameTokens { get; } = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public string Id => ArticleIdentity.Slugify(Name);

    public Speaker ToSpeaker() => new(Id, Name, Role, Organisation, Country);
}
