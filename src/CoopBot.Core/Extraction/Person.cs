using CoopBot.Core.Articles;

namespace CoopBot.Core.Extraction;

/// <summary>A person named in an article, with what the article says about them; mutable while the article is read.</summary>
internal sealed class Person(string name)
{
    public string Name { get; } = name;

    public string? Role { get; set; }

    public string? Organisation { get; set; }

    public string? Country { get; set; }

    /// <summary>A military or police rank written before the name and kept out of the role ("Rear Admiral"), so "the admiral" finds them.</summary>
    public string? Rank { get; set; }

    /// <summary>
    /// The role an honorific alone says ("professor" for "Prof X"), given only when nothing the article says gives one
    /// (<see cref="ArticleExtractor"/> applies it last: "The director general of NAFDAC, …, Prof. X" is a director general).
    /// </summary>
    public string? HonorificRole { get; set; }

    /// <summary>
    /// The honorifics written before the name where the person was introduced ("Lyonpo" in "Minister Lyonpo Ugyen Dendup"),
    /// which some papers then use alone for them ("“…,” Lyonpo said").
    /// </summary>
    public HashSet<string> Honorifics { get; } = new(StringComparer.Ordinal);

    /// <summary>'m', 'f' or null when no pronoun or honorific has told yet.</summary>
    public char? Gender { get; set; }

    /// <summary>Where the article mentions the person (paragraph × 100,000 + offset), for "most recent" resolution.</summary>
    public List<int> Mentions { get; } = [];

    /// <summary>The last mention before <paramref name="position"/>, or -1.</summary>
    public int LastMentionBefore(int position)
    {
        var best = -1;
        foreach (var mention in Mentions)
        {
            if (mention < position && mention > best)
            {
                best = mention;
            }
        }
        return best;
    }

    public bool HasStatements { get; set; }

    public string[] NameTokens { get; } = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // Made once: every statement and outcome of the person asks for it.
    public string Id => id ??= ArticleIdentity.Slugify(Name);

    private string? id;

    public Speaker ToSpeaker() => new(Id, Name, Role, Organisation, Country);
}
