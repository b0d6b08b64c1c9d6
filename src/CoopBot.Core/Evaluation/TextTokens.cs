namespace CoopBot.Core.Evaluation;

/// <summary>
/// Word tokens for comparing extracted texts with gold ones: accents folded, lower-cased, apostrophes and quote
/// marks dropped, every other non-alphanumeric character a separator ("center’s" → <c>centers</c>,
/// "China-ASEAN" → <c>china</c> <c>asean</c>).
/// </summary>
internal static class TextTokens
{
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }
        var folded = TextFolding.FoldToAscii(text);
        var current = new System.Text.StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (!IsApostrophe(c))
            {
                Flush();
            }
        }
        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary>
    /// Size of the multiset intersection divided by the token count of the longer text: 1 only for the same words,
    /// and a fragment of a long gold text scores low. 0 when either text has no tokens.
    /// </summary>
    public static double Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var longer = Math.Max(a.Count, b.Count);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var counts = Count(a);
        var shared = 0;
        foreach (var token in b)
        {
            if (counts.TryGetValue(token, out var n) && n > 0)
            {
                counts[token] = n - 1;
                shared++;
            }
        }
        return (double)shared / longer;
    }

    /// <summary>True when every token of <paramref name="part"/> (counted with repeats) occurs in <paramref name="whole"/>; an empty part is contained in nothing.</summary>
    public static bool ContainsAll(IReadOnlyList<string> whole, IReadOnlyList<string> part)
    {
        if (part.Count == 0 || part.Count > whole.Count)
        {
            return false;
        }
        var counts = Count(whole);
        foreach (var token in part)
        {
            if (!counts.TryGetValue(token, out var n) || n == 0)
            {
                return false;
            }
            counts[token] = n - 1;
        }
        return true;
    }

    /// <summary>True when <paramref name="part"/> occurs in <paramref name="whole"/> as a contiguous run of tokens; an empty part is contained in nothing.</summary>
    public static bool ContainsRun(IReadOnlyList<string> whole, IReadOnlyList<string> part)
    {
        if (part.Count == 0)
        {
            return false;
        }
        for (var start = 0; start + part.Count <= whole.Count; start++)
        {
            var i = 0;
            while (i < part.Count && whole[start + i] == part[i])
            {
                i++;
            }
            if (i == part.Count)
            {
                return true;
            }
        }
        return false;
    }

    private static Dictionary<string, int> Count(IReadOnlyList<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }
        return counts;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´';
}
