namespace CoopBot.Core.Articles;

/// <summary>
/// The lines some outlets put above a report's first sentence: bylines ("By Jerome Castañares", "Burak Sezer |
/// 14.10.2026"), publication stamps ("PUBLISHED : 6 Feb 2026 at 18:42"), desks ("Health Writer"), headers ("PRESS
/// RELEASE N° 087/2026") and a dateline on its own line ("ISTANBUL"). They are paragraphs of the text but not of the
/// report: its lead starts after them.
/// </summary>
public static class HeaderLines
{
    /// <summary>How many such lines may stand above the first paragraph of the report.</summary>
    public const int MaxLines = 6;

    /// <summary>
    /// A short line not ended like a sentence, or a byline, or a line with no lower-case word as every sentence has (a stamp
    /// "27 Oct 2026 08:05PM (Updated: …)", "Wednesday, July 15, 2026 - 17:42. Updated on Thursday, …").
    /// </summary>
    public static bool IsHeaderLine(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Trim();
        return text.Length < 80 && (text.StartsWith("By ", StringComparison.Ordinal) || text.Length == 0
            || text[^1] is not ('.' or '!' or '?' or '"' or '”' or '’' or ')')
            || !HasLowerCaseWord(text)); // "(Res)", "Wednesday, July 15, 2026 - 17:42. Updated on Thursday …": no sentence
    }

    /// <summary>Whether the text has a word of three or more letters starting small, as every sentence does.</summary>
    private static bool HasLowerCaseWord(string text)
    {
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (char.IsLower(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])) && char.IsLetter(text[i + 1]) && char.IsLetter(text[i + 2]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// How many paragraphs at the top are a standfirst: sentences set above a block of header lines, a byline and a time
    /// stamp ("The three countries will also train … / By Bao Ngoc / Mar 27, 2026 19:40 / Vietnam, Laos and Cambodia on
    /// March 27 signed …"). Zero when the text opens with its header lines or its report, and when a single line follows
    /// (a lead, then a photo credit or the reporter's name, then the report going on).
    /// </summary>
    public static int StandfirstEnd(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        for (var p = 1; p <= 2 && p < article.Paragraphs.Count - 1; p++)
        {
            if (IsHeaderLine(article.Paragraphs[p - 1].Text))
            {
                return 0;
            }
            if (IsHeaderLine(article.Paragraphs[p].Text))
            {
                return p + 1 < article.Paragraphs.Count && IsHeaderLine(article.Paragraphs[p + 1].Text) ? p : 0;
            }
        }
        return 0;
    }

    /// <summary>The report's paragraphs, from the first that is not a header line (all of them when every early one is).</summary>
    public static IEnumerable<Paragraph> Body(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var skip = 0;
        while (skip < Math.Min(MaxLines, article.Paragraphs.Count) && IsHeaderLine(article.Paragraphs[skip].Text))
        {
            skip++;
        }
        return skip == article.Paragraphs.Count ? article.Paragraphs : article.Paragraphs.Skip(skip);
    }
}
