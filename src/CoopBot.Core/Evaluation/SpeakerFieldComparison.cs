namespace CoopBot.Core.Evaluation;

/// <summary>How the scorer decides that two speaker names, roles or countries agree.</summary>
internal static class SpeakerFieldComparison
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an" };

    /// <summary>
    /// Same person when the shorter name's tokens all occur in the longer one, in any order: "Zhou Mingyuan" =
    /// "Zhou Mingyuan", "Zhou" = "Zhou Mingyuan", "Budi Sadikin" = "Budi Gunadi Sadikin". Within one article that is
    /// loose enough for later mentions and strict enough to keep different people apart.
    /// </summary>
    public static bool SamePerson(string? a, string? b)
    {
        var x = TextTokens.Tokenize(a);
        var y = TextTokens.Tokenize(b);
        return x.Count <= y.Count ? TextTokens.ContainsAll(y, x) : TextTokens.ContainsAll(x, y);
    }

    /// <summary>The same name word for word, after folding case, accents and punctuation ("Ma. Cristina" = "Ma Cristina").</summary>
    public static bool SameName(string? gold, string? predicted) => NameKey(gold) == NameKey(predicted);

    /// <summary>A key under which spellings of one name group together (folded, lower-case, no punctuation).</summary>
    public static string NameKey(string? name) => string.Join(' ', TextTokens.Tokenize(name));

    /// <summary>
    /// Roles (and organisations) agree loosely: after dropping "the/a/an" both are empty, or one is a contiguous run
    /// of the other's tokens ("Health Minister" within "Laos Health Minister").
    /// </summary>
    public static bool SameRole(string? gold, string? predicted)
    {
        var x = TextTokens.Tokenize(gold).Where(t => !Articles.Contains(t)).ToList();
        var y = TextTokens.Tokenize(predicted).Where(t => !Articles.Contains(t)).ToList();
        if (x.Count == 0 || y.Count == 0)
        {
            return x.Count == y.Count;
        }
        return x.Count <= y.Count ? TextTokens.ContainsRun(y, x) : TextTokens.ContainsRun(x, y);
    }

    /// <summary>
    /// Countries agree when they are one country under any of its names ("Türkiye" and "Turkey", "Viet Nam" and
    /// "Vietnam"), else when equal after folding, lower-casing and dropping punctuation; no country matches only no country.
    /// </summary>
    public static bool SameCountry(string? gold, string? predicted) => NameKey(Canonical(gold)) == NameKey(Canonical(predicted));

    private static string? Canonical(string? country) =>
        country is null ? null : Extraction.Lexicon.Countries.Country(country) ?? country;
}
