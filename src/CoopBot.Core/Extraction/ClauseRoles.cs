using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Extraction;

/// <summary>
/// The role of a private person whom a report describes by what they do rather than by a title: "X, who grows
/// blueberries on 40 hectares near Abbotsford, said" → "blueberry grower"; "who runs a pharmacy in Assomada" → "pharmacy
/// owner"; "who works at a rubber processing plant" → "worker at a rubber processing plant"; "who heads the San José office
/// of AECID" → "head of the San José office of AECID". Only a few verbs of trade, work and leading are read, each with the
/// noun English news uses for its doer; anything else gives no role.
/// </summary>
internal static class ClauseRoles
{
    // Verbs whose object names the trade, and the doer's noun put after that object ("pharmacy owner").
    private static readonly Dictionary<string, string> ObjectThenNoun = new(StringComparer.Ordinal)
    {
        ["grows"] = "grower", ["farms"] = "farmer", ["runs"] = "owner", ["owns"] = "owner", ["operates"] = "operator",
        ["manages"] = "manager", ["imports"] = "importer", ["exports"] = "exporter", ["sells"] = "seller", ["trades"] = "trader",
        ["raises"] = "farmer", ["breeds"] = "breeder", ["makes"] = "maker", ["produces"] = "producer", ["builds"] = "builder",
        ["repairs"] = "repairer", ["drives"] = "driver", ["catches"] = "fisher",
    };

    // Verbs followed by where the work is done, and the doer's noun put before that place ("worker at a plant").
    private static readonly Dictionary<string, string> NounThenPlace = new(StringComparer.Ordinal)
    {
        ["works"] = "worker", ["teaches"] = "teacher", ["studies"] = "student", ["lectures"] = "lecturer",
    };

    // Verbs of leading, and the title they give before what is led, kept whole with its body ("who heads the San José
    // office of the Spanish Agency … (AECID)" → "head of the San José office of the Spanish Agency … (AECID)").
    private static readonly Dictionary<string, string> TitleOf = new(StringComparer.Ordinal)
    {
        ["heads"] = "head of", ["leads"] = "head of", ["chairs"] = "chair of", ["directs"] = "director of", ["coordinates"] = "coordinator of",
        ["oversees"] = "head of", ["runs"] = "head of",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "an", "the", "his", "her", "their", "two", "three", "several" };

    // Words that end the object: where, for whom or since when the work is done ("blueberries on 40 hectares").
    private static readonly HashSet<string> ObjectEnders = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "near", "from", "for", "to", "with", "since", "outside", "across", "along", "and", "who", "that", "which",
    };

    private static readonly HashSet<string> PluralInCompounds = new(StringComparer.OrdinalIgnoreCase)
    {
        "materials", "goods", "clothes", "electronics", "chemicals", "pharmaceuticals", "textiles", "supplies", "parts", "products",
    };

    /// <summary>The role a relative clause opening "who …" gives, else null.</summary>
    public static string? FromRelativeClause(string clause)
    {
        var words = Tokens.Words(clause);
        if (words.Count < 2 || words[0].Text != "who")
        {
            return null;
        }
        var verb = words[1].Text;
        if (NounThenPlace.TryGetValue(verb, out var worker))
        {
            // "who works at a rubber processing plant in Chonburi province" → "worker at a rubber processing plant".
            return words.Count > 3 && words[2].Text is "at" or "for" or "in" ? $"{worker} {clause[words[2].Start..ObjectEnd(words, 3)]}" : worker;
        }
        // "who leads project facilitation at the International Renewable Energy Agency (IRENA)": an office held at a named body.
        if (TitleOf.TryGetValue(verb, out var title) && words.Count > 2 && NamesBody(words, 2))
        {
            return $"{title} {clause[words[2].Start..]}";
        }
        if (!ObjectThenNoun.TryGetValue(verb, out var doer))
        {
            return null;
        }
        var first = 2;
        while (first < words.Count && Determiners.Contains(words[first].Text))
        {
            first++;
        }
        var end = first;
        // "vanilla and breadfruit": an "and" between two bare nouns joins the trade's goods.
        while (end < words.Count && end - first < 4
               && (!ObjectEnders.Contains(words[end].Text) || words[end].Text == "and" && end > first && end + 1 < words.Count && !ObjectEnders.Contains(words[end + 1].Text)))
        {
            if (words[end].IsCapitalized && end > first || char.IsDigit(words[end].Text[0]))
            {
                break;
            }
            end++;
        }
        if (end == first)
        {
            return null;
        }
        var goods = clause[words[first].Start..words[end - 1].End];
        return $"{Singular(goods)} {doer}";
    }

    // Whether the words from <paramref name="from"/> name a body by a capitalised run of at least two words or an acronym.
    private static bool NamesBody(List<Word> words, int from)
    {
        var run = 0;
        for (var k = from; k < words.Count; k++)
        {
            run = words[k].IsCapitalized ? run + 1 : words[k].Text is "of" or "for" or "and" or "the" ? run : 0;
            // "IRENA", "AfSA", "UGM": an acronym, capitals mixed with a few small letters.
            if (run >= 2 || words[k].Text.Length is > 2 and <= 8 && words[k].Text.Count(char.IsUpper) >= 2 && char.IsUpper(words[k].Text[0]))
            {
                return true;
            }
        }
        return false;
    }

    // Where an object or place that starts at word <paramref name="from"/> ends: before a place or time it is in.
    private static int ObjectEnd(List<Word> words, int from)
    {
        var k = from;
        while (k < words.Count && (k == from || words[k].Text is not ("in" or "near" or "on" or "since" or "outside")))
        {
            k++;
        }
        return words[k - 1].End;
    }

    // "blueberries" → "blueberry", "cargo vessels" → "cargo vessel": as a noun before another, the goods are singular.
    private static string Singular(string goods)
    {
        var last = goods[(goods.LastIndexOf(' ') + 1)..];
        if (PluralInCompounds.Contains(last))
        {
            return goods; // "construction materials importer", "electronics dealer"
        }
        return goods[..^last.Length] + Vocabulary.SingularNoun(last);
    }
}
