namespace CoopBot.Core.Extraction;

/// <summary>
/// A pattern that a regular expression would write as <c>\b(?:phrase|…)\s+(?:\w+\s+){0,n}$</c>: one of the phrases,
/// then at most n more words, each followed by white space, to the end of the text ("was ", "failed to sign ").
/// Read backwards from the end, which settles every choice: white space and words must each be taken whole.
/// </summary>
internal sealed class TrailingPhrasePattern
{
    private readonly string[] phrases;
    private readonly int maxWordsAfter;

    public TrailingPhrasePattern(string[] phrases, int maxWordsAfter = 0)
    {
        // A word boundary before the phrase is a non-word character before it only if the phrase starts with a letter.
        if (phrases.Any(p => !char.IsLetter(p[0]) || !char.IsLetter(p[^1])))
        {
            throw new ArgumentException("Phrases must start and end with a letter.");
        }
        this.phrases = phrases;
        this.maxWordsAfter = maxWordsAfter;
    }

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        var end = SkipWhiteSpaceBack(text, text.Length);
        if (end == text.Length)
        {
            return false;
        }
        for (var wordsAfter = 0; ; wordsAfter++)
        {
            if (PhraseEndsAt(text, end))
            {
                return true;
            }
            if (wordsAfter == maxWordsAfter)
            {
                return false;
            }
            var wordStart = end;
            while (wordStart > 0 && RegexChars.IsWordClassChar(text[wordStart - 1]))
            {
                wordStart--;
            }
            var spaceStart = SkipWhiteSpaceBack(text, wordStart);
            if (wordStart == end || spaceStart == wordStart)
            {
                return false;
            }
            end = spaceStart;
        }
    }

    private bool PhraseEndsAt(ReadOnlySpan<char> text, int end)
    {
        foreach (var phrase in phrases)
        {
            var start = end - phrase.Length;
            if (start >= 0 && text[start..end].SequenceEqual(phrase) && (start == 0 || !RegexChars.IsWordChar(text[start - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static int SkipWhiteSpaceBack(ReadOnlySpan<char> text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }
}
