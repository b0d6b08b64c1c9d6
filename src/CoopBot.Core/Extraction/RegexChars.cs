using System.Globalization;

namespace CoopBot.Core.Extraction;

/// <summary>Character classes as .NET regular expressions define them, for code that replaces a pattern.</summary>
internal static class RegexChars
{
    // \w: letters, non-spacing marks, decimal digits and connector punctuation.
    private const int WordCategories =
        1 << (int)UnicodeCategory.UppercaseLetter | 1 << (int)UnicodeCategory.LowercaseLetter | 1 << (int)UnicodeCategory.TitlecaseLetter
        | 1 << (int)UnicodeCategory.ModifierLetter | 1 << (int)UnicodeCategory.OtherLetter | 1 << (int)UnicodeCategory.NonSpacingMark
        | 1 << (int)UnicodeCategory.DecimalDigitNumber | 1 << (int)UnicodeCategory.ConnectorPunctuation;

    /// <summary>A character that counts as a word character for <c>\b</c> (which also counts the zero-width joiners).</summary>
    public static bool IsWordChar(char c) => IsWordClassChar(c) || c is '\u200C' or '\u200D';

    /// <summary>A character of <c>\w</c>.</summary>
    public static bool IsWordClassChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : (WordCategories & (1 << (int)CharUnicodeInfo.GetUnicodeCategory(c))) != 0;
}
