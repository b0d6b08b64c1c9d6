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

/// <summary>Finds double-quoted spans (straight or curly) in a paragraph; single quotes are left to the text.</summary>
internal static class QuoteScanner
{
    // Every character the scan acts on; it jumps from one to the next instead of looking at each character.
    private static readonly SearchValues<char> Marks = SearchValues.Create("“«”»\"");

    public static List<QuoteSpan> Find(string text)
    {
        var spans = new List<QuoteSpan>();
        var open = -1;
        for (var i = NextMark(text, 0); i >= 0; i = NextMark(text, i + 1))
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

    private static int NextMark(string text, int from)
    {
        var at = text.AsSpan(from).IndexOfAny(Marks);
        return at < 0 ? -1 : from + at;
    }

    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '«' or '»';
}
