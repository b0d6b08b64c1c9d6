using System.Buffers;

namespace CoopBot.Core.Extraction;

/// <summary>A quotation in a paragraph: the text between its marks, and where the marks are.</summary>
/// <param name="Open">Index of the opening mark.</param>
/// <param name="Close">Index of the closing mark, or the paragraph's length when the quote runs on into the next paragraph.</param>
internal readonly record struct QuoteSpan(int Open, int Close)
{
    public int ContentStart => Open + 1;

    public bool IsClosed(string text) => Close < text.Length;
}

/// <summary>
/// Finds double-quoted spans (straight or curly) in a paragraph; in a paragraph with no double quote mark, the single
/// quotes British-style papers quote with ('…,' said X), told apart from apostrophes.
/// </summary>
internal static class QuoteScanner
{
    // Every character the scan acts on; it jumps from one to the next instead of looking at each character.
    private static readonly SearchValues<char> Marks = SearchValues.Create("“«”»\"");

    private static readonly SearchValues<char> SingleMarks = SearchValues.Create("'‘’");

    public static List<QuoteSpan> Find(string text)
    {
        var spans = FindDouble(text);
        return spans.Count == 0 && text.AsSpan().IndexOfAny(Marks) < 0 && text.AsSpan().IndexOfAny(SingleMarks) >= 0 ? FindSingle(text) : spans;
    }

    /// <summary>
    /// '…,' said X / 'A. B.' / ‘…’: a single mark opening after a space (or the paragraph's start) before a letter, closed
    /// by one after the quote's own punctuation (so "the countries' railways" or "Côte d'Ivoire" close nothing). Unlike
    /// double quotes, one never closed is no quote (it is more often a Tongan or Hawaiian glottal stop: "'Ana").
    /// </summary>
    private static List<QuoteSpan> FindSingle(string text)
    {
        var spans = new List<QuoteSpan>();
        for (var i = NextOf(SingleMarks, text, 0); i >= 0; i = NextOf(SingleMarks, text, i + 1))
        {
            if (text[i] == '’' || !(i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':')
                || i + 1 >= text.Length || !char.IsLetter(text[i + 1]))
            {
                continue;
            }
            var close = -1;
            for (var j = NextOf(SingleMarks, text, i + 1); j >= 0; j = NextOf(SingleMarks, text, j + 1))
            {
                if (text[j] != '‘' && text[j - 1] is ',' or '.' or '?' or '!' or '…' && (j + 1 == text.Length || char.IsWhiteSpace(text[j + 1]) || text[j + 1] is ')' or ']'))
                {
                    close = j;
                    break;
                }
            }
            if (close < 0)
            {
                continue; // "'Ana Lupe X, who grows vanilla …": a Tongan glottal stop, or a mark never closed
            }
            spans.Add(new QuoteSpan(i, close));
            i = close;
        }
        return spans;
    }


    private static List<QuoteSpan> FindDouble(string text)
    {
        var spans = new List<QuoteSpan>();
        var open = -1;
        for (var i = NextOf(Marks, text, 0); i >= 0; i = NextOf(Marks, text, i + 1))
        {
            var c = text[i];
            if (c == '“' || c == '«')
            {
                if (open < 0)
                {
                    open = i;
                }
            }
            else if (c == '”' || c == '»')
            {
                if (open >= 0)
                {
                    spans.Add(new QuoteSpan(open, i));
                    open = -1;
                }
            }
            else if (c == '"')
            {
                if (open < 0)
                {
                    if (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or ':')
                    {
                        open = i;
                    }
                }
                else
                {
                    spans.Add(new QuoteSpan(open, i));
                    open = -1;
                }
            }
        }
        if (open >= 0)
        {
            spans.Add(new QuoteSpan(open, text.Length));
        }
        return spans;
    }

    private static int NextOf(SearchValues<char> marks, string text, int from)
    {
        var at = text.AsSpan(from).IndexOfAny(marks);
        return at < 0 ? -1 : from + at;
    }

    public static bool IsQuoteMark(char c) => QuoteMarks.Contains(c);

    /// <summary>The quotation marks: straight, curly and guillemets.</summary>
    public static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”«»");
}
