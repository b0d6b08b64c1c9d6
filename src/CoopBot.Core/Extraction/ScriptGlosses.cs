using CoopBot.Core.Articles;

namespace CoopBot.Core.Extraction;

/// <summary>
/// Names glossed in their own script, as agencies print them after a romanised name ("Yeh Ming-hsuan (葉明軒) said",
/// "Lee Jae-myung (이재명)"): the gloss stands between a name and its verb or its appositive, where no rule expects
/// it, and says nothing the romanised name does not. The extractor reads the article without them; the sentences
/// keep their indexes, so citations still quote the article as printed.
/// </summary>
internal static class ScriptGlosses
{
    /// <summary>Characters past Latin Extended-B and the IPA block: other scripts (and symbols, which a gloss does not hold).</summary>
    private const char LastLatin = '\u02AF';

    /// <summary>The longest gloss read as one (a name, or a name and a title, in its own script).</summary>
    private const int MaxGlossLength = 40;

    public static Article Without(Article article)
    {
        if (!article.Paragraphs.Any(p => HasGloss(p.Text)))
        {
            return article;
        }
        return article with { Paragraphs = [.. article.Paragraphs.Select(p => HasGloss(p.Text) ? Without(p) : p)] };
    }

    private static bool HasGloss(string text) => text.AsSpan().IndexOfAnyExceptInRange('\0', LastLatin) >= 0 && Glosses(text).Any();

    /// <summary>Each gloss's range, with the space before it: "Yeh Ming-hsuan (葉明軒) said" → "Yeh Ming-hsuan said".</summary>
    private static IEnumerable<(int Start, int End)> Glosses(string text)
    {
        for (var open = text.IndexOf('('); open >= 0; open = open + 1 < text.Length ? text.IndexOf('(', open + 1) : -1)
        {
            if (GlossAt(text, open) is { } close)
            {
                yield return (open > 0 && text[open - 1] == ' ' ? open - 1 : open, close + 1);
            }
        }
    }

    private static Paragraph Without(Paragraph paragraph)
    {
        var text = paragraph.Text;
        var removed = Glosses(text).ToList();
        int Map(int position) => position - removed.Where(r => r.End <= position).Sum(r => r.End - r.Start)
            - removed.Where(r => r.Start < position && r.End > position).Sum(r => position - r.Start);
        var cleaned = string.Concat(Kept(text, removed));
        var sentences = new List<Sentence>(paragraph.Sentences.Count);
        foreach (var sentence in paragraph.Sentences)
        {
            var (start, end) = (Map(sentence.Start), Map(sentence.Start + sentence.Length));
            sentences.Add(sentence with { Start = start, Length = end - start, Text = cleaned[start..end] });
        }
        return paragraph with { Text = cleaned, Sentences = sentences };
    }

    private static IEnumerable<string> Kept(string text, List<(int Start, int End)> removed)
    {
        var from = 0;
        foreach (var (start, end) in removed)
        {
            yield return text[from..start];
            from = end;
        }
        yield return text[from..];
    }

    /// <summary>The index of the ")" closing a gloss opened at <paramref name="open"/>: letters of other scripts only (spaces and "·" between), else null.</summary>
    private static int? GlossAt(string text, int open)
    {
        var close = text.IndexOf(')', open + 1, Math.Min(MaxGlossLength, text.Length - open - 1));
        if (close < 0)
        {
            return null;
        }
        var letters = 0;
        foreach (var c in text.AsSpan(open + 1, close - open - 1))
        {
            if (char.IsLetter(c) && c > LastLatin)
            {
                letters++;
            }
            else if (c is not (' ' or '·' or '・' or '،' or ','))
            {
                return null;
            }
        }
        return letters > 0 ? close : null;
    }
}
