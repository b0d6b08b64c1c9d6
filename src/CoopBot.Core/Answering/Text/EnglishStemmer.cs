namespace CoopBot.Core.Answering.Text;

/// <summary>
/// A light English stemmer for retrieval: plurals to singular and a few common suffixes cut, so "agreed",
/// "agreement" and "agrees" meet at one stem. Queries and documents go through the same rules, so a stem only has
/// to be consistent, not a real word.
/// </summary>
internal static class EnglishStemmer
{
    /// <summary>Stems a lower-case ASCII word; short words (three letters or fewer) are returned as they are.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || !IsAsciiLetters(word))
        {
            return word;
        }
        var stem = Singular(word);
        stem = CutSuffix(stem);
        // "trade"/"trading"/"traded" all end on the same stem once a final silent e goes.
        if (stem.Length > 4 && stem[^1] == 'e')
        {
            stem = stem[..^1];
        }
        return stem;
    }

    private static string Singular(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }
        if (w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w.Length > 4 ? w[..^3] + "y" : w;
        }
        if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4
            && (w[^3] is 's' or 'x' or 'z' || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }
        if (w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i'))
        {
            return w[..^1];
        }
        return w;
    }

    private static string CutSuffix(string w)
    {
        // Longest suffix first; each rule leaves at least a few letters so short words survive.
        if (TryReplace(w, "ational", "ate", 3, out var s) || TryReplace(w, "ization", "ize", 3, out s)
            || TryReplace(w, "isation", "ize", 3, out s) || TryReplace(w, "ation", "ate", 3, out s)
            || TryReplace(w, "ivity", string.Empty, 4, out s) || TryReplace(w, "ement", "e", 3, out s)
            || TryReplace(w, "ment", string.Empty, 4, out s) || TryReplace(w, "ness", string.Empty, 3, out s)
            || TryReplace(w, "ional", "ion", 3, out s) || TryReplace(w, "ity", string.Empty, 4, out s)
            || TryReplace(w, "ive", string.Empty, 4, out s) || TryReplace(w, "ful", string.Empty, 4, out s)
            || TryReplace(w, "ally", "al", 4, out s) || TryReplace(w, "ly", string.Empty, 4, out s))
        {
            return s;
        }
        if (TryReplace(w, "ial", string.Empty, 5, out s) || TryReplace(w, "al", string.Empty, 5, out s))
        {
            return s;
        }
        if ((TryReplace(w, "ing", string.Empty, 3, out s) || TryReplace(w, "ed", string.Empty, 3, out s)) && HasVowel(s))
        {
            return Undouble(s);
        }
        return w;
    }

    private static bool TryReplace(string w, string suffix, string replacement, int minRest, out string result)
    {
        if (w.Length - suffix.Length >= minRest && w.EndsWith(suffix, StringComparison.Ordinal))
        {
            result = w[..^suffix.Length] + replacement;
            return true;
        }
        result = w;
        return false;
    }

    /// <summary>"running" → "run", but "spilling" keeps its double l (as in Porter: l, s and z stay doubled).</summary>
    private static string Undouble(string s) =>
        s.Length > 3 && s[^1] == s[^2] && s[^1] is not ('l' or 's' or 'z') && !IsVowel(s[^1]) ? s[..^1] : s;

    private static bool HasVowel(string s)
    {
        foreach (var c in s)
        {
            if (IsVowel(c) || c == 'y')
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsAsciiLetters(string s)
    {
        foreach (var c in s)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }
        return true;
    }
}
