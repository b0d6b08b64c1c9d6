namespace CoopBot.Core.Answering;

/// <summary>Posting lists (key → ascending document numbers) built while indexing, then frozen into arrays.</summary>
internal static class Postings
{
    /// <summary>Adds a document to a key's list; documents arrive in order, so a repeat is the last entry.</summary>
    public static void Add(Dictionary<string, List<int>> index, string key, int value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }
        if (list.Count == 0 || list[^1] != value)
        {
            list.Add(value);
        }
    }

    public static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> index)
    {
        var frozen = new Dictionary<string, int[]>(index.Count, StringComparer.Ordinal);
        foreach (var (key, list) in index)
        {
            frozen[key] = [.. list];
        }
        return frozen;
    }

    /// <summary>The documents of any of the keys, ascending and distinct: one key's own list, or a merge of several.</summary>
    public static int[] Union(Dictionary<string, int[]> index, IReadOnlyList<string> keys)
    {
        int[] union = [];
        foreach (var key in keys)
        {
            if (index.TryGetValue(key, out var list))
            {
                union = union.Length == 0 ? list : Merge(union, list);
            }
        }
        return union;
    }

    /// <summary>The documents of any of the keys in any of the indexes picked by <paramref name="statuses"/> (one index per status), ascending and distinct.</summary>
    public static int[] Union(Dictionary<string, int[]>[] indexes, uint statuses, IReadOnlyList<string> keys)
    {
        int[] union = [];
        for (var status = 0; status < indexes.Length; status++)
        {
            if ((statuses & (1u << status)) == 0)
            {
                continue;
            }
            var part = Union(indexes[status], keys);
            union = union.Length == 0 ? part : part.Length == 0 ? union : Merge(union, part);
        }
        return union;
    }

    /// <summary>The documents of every one of the keys, ascending: the shortest list's, each looked up in the others.</summary>
    public static int[] Intersection(Dictionary<string, int[]> index, IReadOnlyList<string> keys)
    {
        var lists = new List<int[]>(keys.Count);
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var list))
            {
                return [];
            }
            lists.Add(list);
        }
        if (lists.Count == 0)
        {
            return [];
        }
        lists.Sort((a, b) => a.Length.CompareTo(b.Length));
        var shared = new List<int>(lists[0].Length);
        foreach (var document in lists[0])
        {
            var inAll = true;
            for (var i = 1; i < lists.Count && inAll; i++)
            {
                inAll = Array.BinarySearch(lists[i], document) >= 0;
            }
            if (inAll)
            {
                shared.Add(document);
            }
        }
        return [.. shared];
    }

    /// <summary>Merges two ascending lists of distinct documents into one, in linear time.</summary>
    private static int[] Merge(int[] left, int[] right)
    {
        var merged = new int[left.Length + right.Length];
        int i = 0, j = 0, count = 0;
        while (i < left.Length && j < right.Length)
        {
            var next = Math.Min(left[i], right[j]);
            merged[count++] = next;
            i += left[i] == next ? 1 : 0;
            j += right[j] == next ? 1 : 0;
        }
        left.AsSpan(i).CopyTo(merged.AsSpan(count));
        count += left.Length - i;
        right.AsSpan(j).CopyTo(merged.AsSpan(count));
        count += right.Length - j;
        return count == merged.Length ? merged : merged[..count];
    }
}
