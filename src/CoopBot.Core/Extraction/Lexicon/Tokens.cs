using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CoopBot.Core.Extraction.Lexicon;

/// <summary>A word of a text with its character range.</summary>
public readonly record struct Word(string Text, int Start, int End)
{
    public bool IsCapitalized => Tokens.IsCapitalized(Text);
}

/// <summary>Splits text into words: letters and digits, with inner apostrophes, hyphens and dotted abbreviations kept.</summary>
public static class Tokens
{
    /// <summary>Capitalised, or an Arabic name with its article written small ("al-Marri", "el-Sisi"), which is a name all the same.</summary>
    // Asked of nearly every word the extractor reads (through Word.IsCapitalized), tens of thousands of times an article:
    // inlined, it costs a compare instead of a call (the JIT left it a call, 1.7% of extraction in the perf profile).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCapitalized(string word) => word.Length > 0 && (char.IsUpper(word[0])
        || (word.Length > 3 && word[2] == '-' && word[1] == 'l' && word[0] is 'a' or 'e' && char.IsUpper(word[3])));

    // The extractor tokenizes the same short strings (a subject, a thing, a sentence) many times; a small cache of
    // whole-string tokenizations per thread saves most of that work. Callers must not modify the returned list.
    // All of a thread's cached state sits in one object: one thread-static read per call instead of one per field.
    [ThreadStatic]
    private static TokenCache? cache;

    private sealed class TokenCache
    {
        public const int RecentCount = 4;

        public readonly Dictionary<string, List<Word>> ByText = new(EndsHashedComparer.Instance);

        // Calls come in runs on a few texts (a sentence, then a subject or thing of it, then the sentence again): the
        // texts looked up last are recognised by reference, without hashing them again. On the corpus four in five
        // look-ups of a text seen before are of one of the last four.
        public readonly string?[] RecentTexts = new string?[RecentCount];
        public readonly List<Word>?[] RecentWords = new List<Word>?[RecentCount];
        public int NextRecent;

        public readonly Dictionary<string, List<string>> Normalized = new(StringComparer.Ordinal);

        public void Remember(string text, List<Word> words)
        {
            RecentTexts[NextRecent] = text;
            RecentWords[NextRecent] = words;
            NextRecent = (NextRecent + 1) % RecentCount;
        }

        public void Clear()
        {
            ByText.Clear();
            Array.Clear(RecentTexts);
            Array.Clear(RecentWords);
            Normalized.Clear();
        }
    }

    /// <summary>
    /// Ordinal equality, with a hash of the length and the first and last four characters instead of every character: the
    /// cache's keys are sentences and phrases of them, tens of characters long, hashed on every look-up that the recent
    /// texts miss, and texts of one article that agree in length and at both ends are rare (full equality settles them).
    /// </summary>
    private sealed class EndsHashedComparer : IEqualityComparer<string>
    {
        public static readonly EndsHashedComparer Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string text)
        {
            if (text.Length < 8)
            {
                return string.GetHashCode(text.AsSpan(), StringComparison.Ordinal);
            }
            var chars = MemoryMarshal.AsBytes(text.AsSpan());
            return HashCode.Combine(text.Length, MemoryMarshal.Read<ulong>(chars), MemoryMarshal.Read<ulong>(chars[^8..]));
        }
    }

    public static List<Word> Words(string text, int offset = 0, int length = -1)
    {
        var state = cache ??= new TokenCache();
        if (offset == 0 && (length < 0 || length == text.Length))
        {
            if (TryCached(state, text, out var cached))
            {
                return cached;
            }
            if (state.ByText.Count > 20_000)
            {
                state.ByText.Clear();
            }
            // Added through the slot the failed look-up would find, so the text is hashed once more, not twice.
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(state.ByText, text, out _);
            var fresh = Tokenize(text, 0, text.Length);
            slot = fresh;
            state.Remember(text, fresh);
            return fresh;
        }
        length = length < 0 ? text.Length - offset : length;
        return TryCached(state, text, out var whole) && WordsWithin(whole, offset, offset + length) is { } within
            ? within
            : Tokenize(text, offset, length);
    }

    private static bool TryCached(TokenCache state, string text, out List<Word> words)
    {
        for (var i = 0; i < TokenCache.RecentCount; i++)
        {
            if (ReferenceEquals(state.RecentTexts[i], text))
            {
                words = state.RecentWords[i]!;
                return true;
            }
        }
        if (state.ByText.TryGetValue(text, out words!))
        {
            state.Remember(text, words);
            return true;
        }
        words = null!;
        return false;
    }

    /// <summary>
    /// The words of an already tokenized text that lie in [start, end), or null when a word crosses either end.
    /// Tokenizing the range alone would find exactly these: a word's extent depends only on characters inside it.
    /// </summary>
    private static List<Word>? WordsWithin(List<Word> words, int start, int end)
    {
        var first = FirstEndingAfter(words, start);
        var last = first;
        while (last < words.Count && words[last].Start < end)
        {
            last++;
        }
        if (first < words.Count && words[first].Start < start || last > first && words[last - 1].End > end)
        {
            return null;
        }
        return words.GetRange(first, last - first);
    }

    /// <summary>The index of the first word that ends after <paramref name="position"/> (binary search; words are in order).</summary>
    private static int FirstEndingAfter(List<Word> words, int position)
    {
        int low = 0, high = words.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (words[middle].End > position)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }

    /// <summary>Drops cached tokenizations; the extractor calls it per article so the cache stays small and hot.</summary>
    public static void ResetCache() => cache?.Clear();

    private static List<Word> Tokenize(string text, int offset, int length)
    {
        var words = new List<Word>(Math.Max(4, length / 5));
        var span = text.AsSpan(offset, length);
        var i = 0;
        while (NextWord(span, ref i, out var start))
        {
            words.Add(new Word(text.Substring(offset + start, i - start), offset + start, offset + i));
        }
        return words;
    }

    /// <summary>
    /// How many words <see cref="Words"/> would find in <paramref name="text"/>, without making them; counting stops at
    /// <paramref name="atMost"/> for callers that only compare the count with a bound.
    /// </summary>
    public static int Count(ReadOnlySpan<char> text, int atMost = int.MaxValue)
    {
        var count = 0;
        var i = 0;
        while (count < atMost && NextWord(text, ref i, out _))
        {
            count++;
        }
        return count;
    }

    /// <summary>The first word <see cref="Words"/> would find in <paramref name="text"/>, or an empty span.</summary>
    public static ReadOnlySpan<char> First(ReadOnlySpan<char> text)
    {
        var i = 0;
        return NextWord(text, ref i, out var start) ? text[start..i] : [];
    }

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>Finds the next word at or after <paramref name="i"/>; on return it spans <paramref name="start"/> to <paramref name="i"/>.</summary>
    private static bool NextWord(ReadOnlySpan<char> text, ref int i, out int start)
    {
        var end = text.Length;
        while (i < end && !char.IsLetterOrDigit(text[i]) && text[i] is not ('$' or '€' or '£' or '¥'))
        {
            i++;
        }
        start = i;
        if (i >= end)
        {
            return false;
        }
        i++;
        while (i < end)
        {
            // Runs of ASCII letters and digits, most of every word, are skipped by one vectorised search; the character
            // that ends a run decides, by the rules below, whether the word goes on.
            var run = text[i..].IndexOfAnyExcept(AsciiLettersAndDigits);
            if (run < 0)
            {
                i = end;
                break;
            }
            i += run;
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c is '\'' or '’' or '-' or '‐' or '.' or ',' && i + 1 < end && char.IsLetterOrDigit(text[i + 1])
                     && (c != ',' || (char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))))
            {
                i++; // O'Neill, China-ASEAN, U.S, 3.5, 1,200
            }
            else if (c == '.' && i - start <= 3 && text[start..i].Contains('.'))
            {
                i++; // the final period of "U.S." / "Dr.": a plain word followed by a full stop is not an abbreviation
                break;
            }
            else
            {
                break;
            }
        }
        return true;
    }

    public static string Join(List<Word> words, int start, int count)
    {
        if (count == 1)
        {
            return words[start].Text;
        }
        return string.Join(' ', words.Skip(start).Take(count).Select(w => w.Text));
    }

    /// <summary>Lower-cased, accent-folded word tokens, for comparing texts. Callers must not modify the returned list.</summary>
    public static List<string> Normalized(string text)
    {
        var normalizedCache = (cache ??= new TokenCache()).Normalized;
        if (normalizedCache.TryGetValue(text, out var cached))
        {
            return cached;
        }
        if (normalizedCache.Count > 20_000)
        {
            normalizedCache.Clear();
        }
        var list = new List<string>();
        foreach (var word in Words(TextFolding.FoldToAscii(text)))
        {
            list.Add(word.Text.ToLowerInvariant().Replace('’', '\''));
        }
        normalizedCache[text] = list;
        return list;
    }
}
