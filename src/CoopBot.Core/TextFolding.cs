using System.Globalization;
using System.Text;

namespace CoopBot.Core;

/// <summary>Folds text for matching: accents removed, typographic quotes and dashes made plain.</summary>
public static class TextFolding
{
    /// <summary>
    /// The folded form of each character of Latin-1, Latin Extended-A and General Punctuation (U+0080–U+017F,
    /// U+2000–U+206F), made once by the full algorithm on that character alone. Text whose characters all lie there
    /// (nearly all news text: accented names, curly quotes, dashes) folds character by character to exactly what the
    /// full algorithm gives the whole text: none of them is a combining mark, and once the marks are gone nothing
    /// there composes again.
    /// </summary>
    private static readonly string[] LatinFolds = BuildLatinFolds();

    private const char LatinEnd = '\u017F';
    private const char PunctuationStart = '\u2000';
    private const char PunctuationEnd = '\u206F';

    /// <summary>Removes diacritics (é → e, ñ → n) and maps a few letters that have no decomposition (ø, ł, đ, ß).</summary>
    public static string FoldToAscii(string text)
    {
        var ascii = true;
        var simple = true;
        foreach (var c in text)
        {
            if (c > 127)
            {
                ascii = false;
                if (!(c <= LatinEnd || c is >= PunctuationStart and <= PunctuationEnd))
                {
                    simple = false;
                    break;
                }
            }
        }
        if (ascii)
        {
            return text;
        }
        return simple ? FoldLatin(text) : FoldAny(text);
    }

    private static string FoldLatin(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c <= 127)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(LatinFolds[c <= LatinEnd ? c : LatinEnd + 1 + (c - PunctuationStart)]);
            }
        }
        return builder.ToString();
    }

    /// <summary>The full algorithm: canonical decomposition, marks dropped, a few letters mapped, recomposition.</summary>
    private static string FoldAny(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            switch (c)
            {
                case 'ø': builder.Append('o'); break;
                case 'Ø': builder.Append('O'); break;
                case 'ł': builder.Append('l'); break;
                case 'Ł': builder.Append('L'); break;
                case 'đ': builder.Append('d'); break;
                case 'Đ': builder.Append('D'); break;
                case 'ß': builder.Append("ss"); break;
                case 'æ': builder.Append("ae"); break;
                case 'Æ': builder.Append("AE"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string[] BuildLatinFolds()
    {
        var folds = new string[LatinEnd + 1 + (PunctuationEnd - PunctuationStart + 1)];
        for (var c = 0; c <= LatinEnd; c++)
        {
            folds[c] = FoldAny(((char)c).ToString());
        }
        for (var c = PunctuationStart; c <= PunctuationEnd; c++)
        {
            folds[LatinEnd + 1 + (c - PunctuationStart)] = FoldAny(c.ToString());
        }
        return folds;
    }

    /// <summary>The full algorithm, for tests that check the fast path gives the same.</summary>
    internal static string FoldWithoutShortcut(string text) => FoldAny(text);
}
