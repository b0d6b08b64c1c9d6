namespace CoopBot.Core.Articles;

/// <summary>
/// Splits a paragraph into sentences in one linear pass. A boundary is a terminal mark (. ! ? …), plus any
/// closing quotes or brackets, followed by white space and something that can start a sentence. Abbreviations
/// (Dr., No. 1, U.S. President, Korea Electric Power Corp. (KEPCO)), initials, decimals and quotes closed mid-sentence
/// ("Ready?" he asked) do not split.
/// </summary>
public static class SentenceSplitter
{
    // Titles and name parts: always followed by more of the same sentence.
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Lt", "Col", "Capt", "Cpt", "Sgt",
        "Maj", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Hon", "Rev", "Pres", "Amb", "Supt", "Insp", "Messrs", "Mme",
        "Co", "vs", "cf", "viz", "approx", "incl", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Mstr",
        // Professional titles before names in Nigerian, Kenyan and Philippine reporting ("Engr. Musa Garba Yakubu"), and
        // Liberian and British ones ("Cllr. Emmanuel Gbarbea": Counsellor; Councillor).
        "Engr", "Eng", "Atty", "Arch", "Cllr",
        // Indonesian and Dutch engineers ("Ir. Yohanes …", "Drs."), Commonwealth parliaments' "Rt. Hon.", Bruneian "Hj.".
        "Ir", "Drs", "Rt", "Hj",
    };

    // The abbreviated legal forms ending companies' names: "Corp.", "Inc.", "Ltd.", "Sdn. Bhd.".
    private static readonly HashSet<string> CompanyEndings = new(StringComparer.Ordinal)
    {
        "Corp", "Inc", "Ltd", "Bhd", "Sdn", "Plc", "Pty", "Pte", "Tbk",
    };

    // Abbreviations that precede a number: "No. 1", "Art. 5", "Jan. 15", "p. 12".
    private static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "No", "Nos", "Art", "Arts", "Vol", "Fig", "p", "pp", "para", "Sec", "Ch", "Ed",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        // Currencies written with a stop before the sum: "Rs. 850 million" (rupees), "Rp. 2 trillion", "Tk. 500 crore", "Nu. 40 million".
        "Rs", "Rp", "Tk", "Nu", "Shs",
    };

    // After a dotted acronym ("U.S.", "a.m."), only these words are taken to start a new sentence.
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those",
        "In", "On", "At", "But", "And", "Yet", "So", "However", "Meanwhile", "Also", "Both", "There", "His", "Her",
        "Their", "Our", "As", "For", "With", "While", "After", "Before", "During", "Since", "When", "If",
    };

    /// <summary>The sentences of <paramref name="text"/> as (start, length) ranges, trimmed of white space.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        var ranges = new List<(int, int)>();
        var start = SkipWhiteSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (IsClosingMark(text[end]) || text[end] is '.' or '!' or '?' or '…'))
            {
                end++;
            }
            if (end >= text.Length)
            {
                break;
            }
            if (!char.IsWhiteSpace(text[end]))
            {
                i = end;
                continue;
            }

            var next = SkipWhiteSpace(text, end);
            if (next < text.Length && IsBoundary(text, i, end, next))
            {
                AddRange(ranges, text, start, end);
                start = next;
            }
            i = next;
        }
        AddRange(ranges, text, start, text.Length);
        return ranges;
    }

    private static bool IsBoundary(string text, int mark, int end, int next)
    {
        var following = text[next];
        if (char.IsLower(following))
        {
            return false;
        }
        if (!(char.IsUpper(following) || char.IsDigit(following) || IsOpeningMark(following) || following is '—' or '-'))
        {
            return false;
        }
        // Only a bare period can belong to an abbreviation; "?" and "!" and a period inside quotes always end.
        if (text[mark] != '.' || end != mark + 1)
        {
            return true;
        }

        var wordStart = mark;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }
        var word = text.AsSpan(wordStart, mark - wordStart);
        if (word.Length == 0)
        {
            return true;
        }
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "George W. Bush"
        }
        if (word.Contains('.'))
        {
            // A dotted acronym such as "U.S." ends a sentence only when a typical sentence opener follows.
            return SentenceStarters.Contains(NextWord(text, next));
        }
        var key = word.ToString();
        if (CompanyEndings.Contains(key))
        {
            // "Korea Electric Power Corp. (KEPCO), said": a company's ending is followed by more of its sentence unless a
            // quote or a sentence opener follows ("… of Luzon DataHub Inc. “What we need …”", "… Hyundai Corp. The deal …").
            return following is '"' or '“' or '‘' || SentenceStarters.Contains(NextWord(text, next));
        }
        if (key == "Ma" && !SentenceStarters.Contains(NextWord(text, next)))
        {
            return false; // Filipino "Ma." (Maria) before a given name; the surname Ma ends sentences before "The", "He"…
        }
        if (NeverFinal.Contains(key))
        {
            return false;
        }
        if (BeforeNumber.Contains(key) && char.IsDigit(following))
        {
            return false;
        }
        return true;
    }

    private static string NextWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text[start..end];
    }

    private static void AddRange(List<(int, int)> ranges, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            ranges.Add((start, end - start));
        }
    }

    private static int SkipWhiteSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }

    internal static bool IsClosingMark(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    internal static bool IsOpeningMark(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';
}
