using System.Buffers;
using System.Numerics;

namespace CoopBot.Core.Extraction.Lexicon;

/// <summary>
/// Tells whether a text contains any of many strings. Up to a few dozen are searched with one vectorised
/// <see cref="SearchValues{T}"/>. Larger sets (a hundred or more strings make <see cref="SearchValues{T}"/> fall back
/// to a scalar Aho-Corasick search, and several groups of a few dozen cost a pass each) go through a filter on the first
/// three characters at each position, and only the strings starting with those three are compared: about twice as
/// fast on the corpus as three to five vectorised groups.
/// </summary>
internal sealed class SubstringSet
{
    private const int MaxVectorised = 30;

    // A bit per hash of three characters that starts some value; values by that hash for the comparison.
    private const int FilterBits = 1 << 15;

    private readonly SearchValues<string>? vectorised;
    private readonly ulong[] startFilter = [];

    // The values of each hash whose filter bit is set, in the order of those bits; a hash's place among them is its bit's
    // rank (the set bits before it), from the count before its word of the filter plus a popcount within the word:
    // a few instructions where a dictionary look-up cost about a fifth of the large sets' searches.
    private readonly int[] bitsBeforeWord = [];
    private readonly string[][] valuesByRank = [];

    public SubstringSet(IEnumerable<string> values)
    {
        var distinct = values.Distinct().ToArray();
        if (distinct.Length <= MaxVectorised)
        {
            vectorised = SearchValues.Create(distinct, StringComparison.Ordinal);
            return;
        }
        if (distinct.Any(v => v.Length < 3))
        {
            throw new ArgumentException("A large set needs values of at least three characters.", nameof(values));
        }
        startFilter = new ulong[FilterBits / 64];
        var groups = distinct.GroupBy(v => StartHash(v[0], v[1], v[2])).OrderBy(g => g.Key).ToList();
        foreach (var group in groups)
        {
            startFilter[group.Key >> 6] |= 1UL << group.Key;
        }
        bitsBeforeWord = new int[startFilter.Length];
        for (var w = 1; w < startFilter.Length; w++)
        {
            bitsBeforeWord[w] = bitsBeforeWord[w - 1] + BitOperations.PopCount(startFilter[w - 1]);
        }
        valuesByRank = groups.Select(g => g.ToArray()).ToArray();
    }

    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        if (vectorised is not null)
        {
            return text.IndexOfAny(vectorised) >= 0;
        }
        for (var i = 0; i + 2 < text.Length; i++)
        {
            var hash = StartHash(text[i], text[i + 1], text[i + 2]);
            var word = startFilter[hash >> 6];
            if ((word & (1UL << hash)) != 0
                && StartsWithAny(text[i..], valuesByRank[bitsBeforeWord[hash >> 6] + BitOperations.PopCount(word & ((1UL << hash) - 1))]))
            {
                return true;
            }
        }
        return false;
    }

    private static int StartHash(char first, char second, char third) => (first * 1031 + second * 97 + third) & (FilterBits - 1);

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] values)
    {
        foreach (var value in values)
        {
            if (text.StartsWith(value, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
