using System.Globalization;
using System.Text;

namespace CoopBot.Core;

/// <summary>Folds text for matching: accents removed, typographic quotes and dashes made plain.</summary>
public static class TextFolding
{
    /// <summary>Removes diacritics (é → e, ñ → n) and maps a few letters that have no decomposition (ø, ł, đ, ß).</summary>
    public static string FoldToAscii(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }
        }
        if (ascii)
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch
            {
                'ø' => "o",
                'Ø' => "O",
                'ł' => "l",
                'Ł' => "L",
                'đ' => "d",
                'Đ' => "D",
                'ß' => "ss",
                'æ' => "ae",
                'Æ' => "AE",
                _ => c.ToString(),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
