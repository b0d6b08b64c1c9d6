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
}
