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
        ["repairs"] = "repairer", ["drives"] = "driver", ["catches"] = "fisher", ["trucks"] = "trucker", ["herds"] = "herder",
        ["weaves"] = "weaver",
    };

    // "who has trucked vegetables … for 20 years", "who has farmed rice since 1998": the perfect of the same verbs.
    private static readonly Dictionary<string, string> Participles = new(StringComparer.Ordinal)
    {
        ["grown"] = "grows", ["farmed"] = "farms", ["run"] = "runs", ["owned"] = "owns", ["operated"] = "operates", ["managed"] = "manages",
        ["imported"] = "imports", ["exported"] = "exports", ["sold"] = "sells", ["traded"] = "trades", ["raised"] = "raises", ["bred"] = "breeds",
        ["made"] = "makes", ["produced"] = "produces", ["built"] = "builds", ["repaired"] = "repairs", ["driven"] = "drives",
        ["trucked"] = "trucks", ["herded"] = "herds", ["woven"] = "weaves", ["worked"] = "works", ["taught"] = "teaches",
    };

    // "12 hectares of bananas", "200 head of cattle": the quantity before the goods is no part of the trade.
    private static readonly HashSet<string> QuantityUnits = new(StringComparer.Ordinal)
    {
        "hectares", "hectare", "acres", "acre", "tonnes", "tons", "head", "kilos", "kilograms", "plots", "rows", "boxes", "bags",
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
        ["oversees"] = "head of", ["runs"] = "head of", ["manages"] = "manager of", ["co-ordinates"] = "co-ordinator of",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "an", "the", "his", "her", "their", "two", "three", "several" };

    // Words that end the object: where, for whom or since when the work is done ("blueberries on 40 hectares").
    private static readonly HashSet<string> ObjectEnders = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "near", "from", "for", "to", "with", "since", "outside", "across", "along", "and", "who", "that", "which",
        "between", "through", "via", "under", "every", "each",
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
        // "who keeps 80 cows in Kiruhura and chairs a dairy cooperative": the first verb that gives a role, if a later one does.
        return RoleOfFirstVerb(clause, words) ?? LaterVerbs(clause, words).Select(later => RoleOfFirstVerb(clause, later)).FirstOrDefault(role => role is not null);
    }

    /// <summary>The clause's words again from each coordinated verb after the first ("… and chairs …"), "who" kept first.</summary>
    private static IEnumerable<List<Word>> LaterVerbs(string clause, List<Word> words)
    {
        for (var k = 2; k + 1 < words.Count; k++)
        {
            if (words[k].Text is "and" && IsRoleVerb(words[k + 1].Text))
            {
                yield return [words[0], .. words.Skip(k + 1)];
            }
        }
    }

    private static bool IsRoleVerb(string verb) =>
        TitleOf.ContainsKey(verb) || ObjectThenNoun.ContainsKey(verb) || NounThenPlace.ContainsKey(verb);

    private static string? RoleOfFirstVerb(string clause, List<Word> words)
    {
        if (words[1].Text is "has" or "have" or "had" && words.Count > 3 && Participles.TryGetValue(words[2].Text, out var present))
        {
            words = [words[0], words[2] with { Text = present }, .. words.Skip(3)];
        }
        // "who will head the new centre", "who will co-ordinate the program at …": the office the person is to hold.
        if (words[1].Text is "will" && words.Count > 3 && TitleOf.ContainsKey(words[2].Text + "s"))
        {
            words = [words[0], words[2] with { Text = words[2].Text + "s" }, .. words.Skip(3)];
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
        // "who chairs a dairy cooperative", "who heads the agency's river management department": a body named by its kind.
        if (TitleOf.TryGetValue(verb, out title) && BodyByItsKind(clause, words, 2) is { } body)
        {
            return $"{title} {body}";
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
        if (first + 3 < words.Count && char.IsDigit(words[first].Text[0]) && QuantityUnits.Contains(words[first + 1].Text) && words[first + 2].Text == "of")
        {
            first += 3;
        }
        if (first < words.Count && words[first].IsCapitalized)
        {
            return null; // "who has run the Chata pod Rysmi hut": a named place, not a trade's goods
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

    /// <summary>
    /// A body named by its kind from word <paramref name="from"/> ("a dairy cooperative"): a determiner, at most four
    /// lower-case words, the last an organisation's head noun; else null. An owner's possessive after the determiner is
    /// left out ("the agency's river management department" → "the river management department": whose it is, is the
    /// organisation).
    /// </summary>
    private static string? BodyByItsKind(string clause, List<Word> words, int from)
    {
        if (from >= words.Count || !Determiners.Contains(words[from].Text))
        {
            return null;
        }
        for (var k = from + 1; k < words.Count && k <= from + 5 && !words[k].IsCapitalized && !ObjectEnders.Contains(words[k].Text); k++)
        {
            if (Vocabulary.OrganisationHeads.Contains(words[k].Text) && (k + 1 == words.Count || ObjectEnders.Contains(words[k + 1].Text)))
            {
                var owner = words[from + 1].Text;
                return owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal)
                    ? $"the {clause[words[from + 2].Start..words[k].End]}"
                    : clause[words[from].Start..words[k].End];
            }
        }
        return null;
    }

    // Whether the words from <paramref name="from"/> name a body by a capitalised run of at least two words, an acronym or a
    // body the lexicon knows by one word.
    private static bool NamesBody(List<Word> words, int from)
    {
        var run = 0;
        for (var k = from; k < words.Count; k++)
        {
            run = words[k].IsCapitalized ? run + 1 : words[k].Text is "of" or "for" or "and" or "the" ? run : 0;
            // "IRENA", "AfSA", "UGM": an acronym, capitals mixed with a few small letters.
            if (run >= 2 || words[k].Text.Length is > 2 and <= 8 && words[k].Text.Count(char.IsUpper) >= 2 && char.IsUpper(words[k].Text[0])
                || run == 1 && KnownBodies.IsName(words[k].Text) // "Phivolcs", "Camtel": a body the lexicon knows by one word
                || run == 1 && k == from && IsOwnerOfUnit(words, k)) // "Gavi’s vaccine manufacturing program"
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A capitalised possessive, then the unit it owns up to a place or time: "Gavi’s vaccine manufacturing program".</summary>
    private static bool IsOwnerOfUnit(List<Word> words, int owner)
    {
        if (MentionParser.WithoutPossessive(words[owner].Text).Length == words[owner].Text.Length)
        {
            return false;
        }
        var end = owner + 1;
        while (end < words.Count && !ObjectEnders.Contains(words[end].Text))
        {
            end++;
        }
        return RoleAnalyzer.IsLowerCaseUnit(words, owner + 1, end);
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
