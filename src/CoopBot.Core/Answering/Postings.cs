using CoopBot.Core.Answering.Text;

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

    /// <summary>
    /// The documents of any of the keys in any of the indexes picked by <paramref name="statuses"/> (one index per
    /// status), ascending and distinct, merged as they are read: a caller that stops after the first few reads only
    /// those, however long the lists.
    /// </summary>
    public static IEnumerable<int> Merged(Dictionary<string, int[]>[] indexes, uint statuses, IReadOnlyList<string> keys)
    {
        var lists = new List<int[]>();
        for (var status = 0; status < indexes.Length; status++)
        {
            if ((statuses & (1u << status)) == 0)
            {
                continue;
            }
            foreach (var key in keys)
            {
                if (indexes[status].TryGetValue(key, out var list) && list.Length > 0)
                {
                    lists.Add(list);
                }
            }
        }
        return lists.Count == 1 ? lists[0] : MergeLazily(lists);
    }

    private static IEnumerable<int> MergeLazily(List<int[]> lists)
    {
        var at = new int[lists.Count];
        var last = -1;
        while (true)
        {
            // A handful of lists (statuses × parties): a linear look for the smallest head beats a heap.
            var next = int.MaxValue;
            for (var i = 0; i < lists.Count; i++)
            {
                if (at[i] < lists[i].Length && lists[i][at[i]] < next)
                {
                    next = lists[i][at[i]];
                }
            }
            if (next == int.MaxValue)
            {
                yield break;
            }
            for (var i = 0; i < lists.Count; i++)
            {
                if (at[i] < lists[i].Length && lists[i][at[i]] == next)
                {
                    at[i]++;
                }
            }
            if (next != last)
            {
                yield return next;
                last = next;
            }
        }
    }

    /// <summary>The documents of every one of the keys, ascending, as they are read: the shortest list's, each looked up in the others.</summary>
    public static IEnumerable<int> Intersect(Dictionary<string, int[]> index, IReadOnlyList<string> keys)
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
        return IntersectLazily(lists);
    }

    private static IEnumerable<int> IntersectLazily(List<int[]> lists)
    {
        foreach (var document in lists[0])
        {
            var inAll = true;
            for (var i = 1; i < lists.Count && inAll; i++)
            {
                inAll = SearchIndex.Find(lists[i], document) >= 0;
            }
            if (inAll)
            {
                yield return document;
            }
        }
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
