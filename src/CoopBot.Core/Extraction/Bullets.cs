namespace CoopBot.Core.Extraction;

/// <summary>
/// Bulleted lists whose items complete the clause before them: "Alongside the main agreement, the three ministers agreed
/// on:" then "• a shared dispatch map …;", "• common billing rules …;" — each item is what was agreed.
/// </summary>
internal static class Bullets
{
    private static readonly char[] Marks = ['•', '-', '–', '*', '·', '▪', '◦'];

    /// <summary>Whether the paragraph is a list item: a bullet mark, then a space.</summary>
    public static bool IsItem(string paragraph) =>
        paragraph.Length > 2 && Array.IndexOf(Marks, paragraph[0]) >= 0 && paragraph[1] == ' ';

    /// <summary>The item's text without its mark.</summary>
    public static string WithoutMark(string item) => IsItem(item) ? item[2..].TrimStart() : item;

    /// <summary>
    /// The clause a list completes, when the paragraph ends with a colon after it ("the three ministers agreed on:"); else
    /// null. Only its last sentence, without the colon.
    /// </summary>
    public static string? LeadIn(string paragraph, string lastSentence)
    {
        var trimmed = lastSentence.TrimEnd();
        return paragraph.TrimEnd().EndsWith(':') && trimmed.EndsWith(':') && trimmed.Length > 1 ? trimmed[..^1].TrimEnd() : null;
    }
}
