using System.Collections.Concurrent;

namespace CoopBot.Core.Answering.Text;

/// <summary>
/// A set of numbers (documents, speakers) as a bitmap: a search walking a term's postings asks it about every posting, so a
/// look is one bit of a small array (48,545 outcomes take 6 KB), not a hash.
/// </summary>
internal sealed class DocumentSet
{
    private readonly ulong[] bits;

    public DocumentSet(int size) => bits = new ulong[(Math.Max(size, 0) + 63) >> 6];

    public static DocumentSet Of(int size, IEnumerable<int> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var set = new DocumentSet(size);
        foreach (var doc in docs)
        {
            set.Add(doc);
        }
        return set;
    }

    public bool Contains(int doc) => (bits[doc >> 6] & (1UL << doc)) != 0;

    public void Add(int doc) => bits[doc >> 6] |= 1UL << doc;

    public void UnionWith(DocumentSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] |= other.bits[i];
        }
    }
}

/// <summary>
/// Sets of documents, one per bit of a mask (an outcome status, say), and the union for any mask, made the first
/// time it is asked for and kept: questions ask for a few dozen status combinations, each a few OR passes over bitmaps.
/// </summary>
internal sealed class DocumentSetsByBit
{
    private readonly DocumentSet[] sets;
    private readonly int size;
    private readonly ConcurrentDictionary<uint, DocumentSet> unions = new();

    /// <summary>Set <c>b</c> holds the documents whose mask in <paramref name="masks"/> has bit <c>b</c>.</summary>
    public DocumentSetsByBit(IReadOnlyList<uint> masks)
    {
        ArgumentNullException.ThrowIfNull(masks);
        size = masks.Count;
        sets = new DocumentSet[32];
        for (var doc = 0; doc < masks.Count; doc++)
        {
            for (var mask = masks[doc]; mask != 0; mask &= mask - 1)
            {
                (sets[System.Numerics.BitOperations.TrailingZeroCount(mask)] ??= new DocumentSet(size)).Add(doc);
            }
        }
    }

    /// <summary>The documents in any set of <paramref name="mask"/>'s bits.</summary>
    public DocumentSet Union(uint mask) => unions.GetOrAdd(mask, static (m, self) => self.MakeUnion(m), this);

    private DocumentSet MakeUnion(uint mask)
    {
        var union = new DocumentSet(size);
        for (; mask != 0; mask &= mask - 1)
        {
            if (sets[System.Numerics.BitOperations.TrailingZeroCount(mask)] is { } set)
            {
                union.UnionWith(set);
            }
        }
        return union;
    }
}
