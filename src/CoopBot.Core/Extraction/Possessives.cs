using System.Globalization;
using System.Text;

namespace CoopBot.Core.Extraction;

/// <summary>A possessive such as "China's" or "the Philippines'".</summary>
/// <param name="Index">Where the owner starts.</param>
/// <param name="Length">The owner and the mark ("'s", or "'" after an "s").</param>
/// <param name="Owner">The capitalised words that own ("National Development").</param>
internal readonly record struct Possessive(int Index, int Length, string Owner);

/// <summary>
/// Finds possessives as the regex <c>\b((?:\p{Lu}[\p{L}\-\.]*)(?:\s+(?:d['’])?\p{Lu}[\p{L}\-\.]*)*)(?:['’]s\b|(?&lt;=s)['’](?=\s))</c>
/// did, without backtracking: the run of capitalised words consists of letters, hyphens, dots and white space (and a
/// word's opening "d'", as in "Côte d'Ivoire"), so only the longest run from a start can be followed by the mark.
/// </summary>
internal static class Possessives
{
    /// <summary>The leftmost possessive, like <c>Regex.Match</c>.</summary>
    public static Possessive? First(string text) => Next(text, 0);

    /// <summary>All possessives, left to right and not overlapping, like <c>Regex.Matches</c>.</summary>
    public static List<Possessive> All(string text)
    {
        var all = new List<Possessive>();
        for (var next = Next(text, 0); next is { } possessive; next = Next(text, possessive.Index + possessive.Length))
        {
            all.Add(possessive);
        }
        return all;
    }

    /// <summary>Each possessive replaced, like <c>Regex.Replace</c> with an evaluator; the text itself when there is none.</summary>
    public static string Replace(string text, Func<Possessive, string> replacement)
    {
        var all = All(text);
        if (all.Count == 0)
        {
            return text;
        }
        var replaced = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var possessive in all)
        {
            replaced.Append(text, copied, possessive.Index - copied).Append(replacement(possessive));
            copied = possessive.Index + possessive.Length;
        }
        return replaced.Append(text, copied, text.Length - copied).ToString();
    }

    private static Possessive? Next(string text, int from)
    {
        for (var start = from; start < text.Length; start++)
        {
            if (!IsUppercaseLetter(text[start]) || start > 0 && RegexChars.IsWordChar(text[start - 1]))
            {
                continue;
            }
            var end = RunEnd(text, start);
            var mark = MarkLength(text, end);
            if (mark > 0)
            {
                return new Possessive(start, end - start + mark, text[start..end]);
            }
            // A later start inside the run (another word, or after a hyphen or dot) runs to the same end: no mark either.
            start = end - 1;
        }
        return null;
    }

    /// <summary>The end of the longest run of capitalised words from <paramref name="start"/>.</summary>
    private static int RunEnd(string text, int start)
    {
        var end = SkipWordChars(text, start + 1);
        while (true)
        {
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }
            // "Côte d'Ivoire's": a word of the run may open with "d'".
            var elided = next + 2 < text.Length && text[next] == 'd' && text[next + 1] is '\'' or '’' ? 2 : 0;
            if (next == end || next == text.Length || !IsUppercaseLetter(text[next + elided]))
            {
                return end;
            }
            end = SkipWordChars(text, next + elided + 1);
        }
    }

    private static int SkipWordChars(string text, int at)
    {
        while (at < text.Length && (char.IsLetter(text[at]) || text[at] is '-' or '.'))
        {
            at++;
        }
        return at;
    }

    /// <summary>"'s" before a word boundary, or "'" after an "s" and before white space; 0 when neither.</summary>
    private static int MarkLength(string text, int end)
    {
        if (end >= text.Length || text[end] is not ('\'' or '’'))
        {
            return 0;
        }
        if (end + 1 < text.Length && text[end + 1] == 's' && (end + 2 == text.Length || !RegexChars.IsWordChar(text[end + 2])))
        {
            return 2;
        }
        return text[end - 1] == 's' && end + 1 < text.Length && char.IsWhiteSpace(text[end + 1]) ? 1 : 0;
    }

    private static bool IsUppercaseLetter(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter;
}
