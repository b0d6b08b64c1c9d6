namespace CoopBot.Core.Answering.Text;

/// <summary>
/// Finds the known tokens within typo distance of a word (<see cref="EditDistance.Tolerance"/>) without comparing
/// it with every token: each token is filed under the strings left after deleting up to its tolerance of letters
/// from its first <see cref="PrefixLength"/> letters, and a word looks up its own deletions the same way ("symmetric
/// delete"). A candidate found so is then checked with the real distance.
/// </summary>
internal sealed class FuzzyTokenIndex
{
    /// <summary>Only the start of a word is used for deletions; edits within it are never more than edits in the whole word.</summary>
    private const int PrefixLength = 7;

    private readonly string[] tokens;
    private readonly Dictionary<string, int[]> byDeletion;

    private FuzzyTokenIndex(string[] tokens, Dictionary<string, int[]> byDeletion)
    {
        this.tokens = tokens;
        this.byDeletion = byDeletion;
    }

    /// <summary>Indexes the distinct tokens; tokens shorter than five letters take part only in exact matches, which the caller handles.</summary>
    public static FuzzyTokenIndex Build(IEnumerable<string> distinctTokens)
    {
        ArgumentNullException.ThrowIfNull(distinctTokens);
        var list = new List<string>();
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var variants = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in distinctTokens)
        {
            var tolerance = EditDistance.Tolerance(token.Length);
            if (tolerance == 0)
            {
                continue;
            }
            var id = list.Count;
            list.Add(token);
            variants.Clear();
            AddDeletions(Prefix(token), tolerance, variants);
            foreach (var variant in variants)
            {
                if (!lists.TryGetValue(variant, out var ids))
                {
                    ids = [];
                    lists[variant] = ids;
                }
                ids.Add(id);
            }
        }
        var byDeletion = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (variant, ids) in lists)
        {
            byDeletion[variant] = [.. ids];
        }
        return new FuzzyTokenIndex([.. list], byDeletion);
    }

    /// <summary>
    /// Known tokens within typo distance of <paramref name="word"/> (the tolerance of the shorter of the two),
    /// with their distance; the word itself, if known, comes back at distance 0.
    /// </summary>
    public List<(string Token, int Distance)> Find(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var found = new List<(string, int)>();
        var tolerance = EditDistance.Tolerance(word.Length);
        if (tolerance == 0)
        {
            return found;
        }
        var variants = new HashSet<string>(StringComparer.Ordinal);
        AddDeletions(Prefix(word), tolerance, variants);
        var seen = new HashSet<int>();
        foreach (var variant in variants)
        {
            if (!byDeletion.TryGetValue(variant, out var ids))
            {
                continue;
            }
            foreach (var id in ids)
            {
                if (!seen.Add(id))
                {
                    continue;
                }
                var token = tokens[id];
                var allowed = EditDistance.Tolerance(Math.Min(token.Length, word.Length));
                var distance = EditDistance.Compute(word, token, allowed);
                if (distance <= allowed)
                {
                    found.Add((token, distance));
                }
            }
        }
        found.Sort((a, b) => a.Item2 != b.Item2 ? a.Item2.CompareTo(b.Item2) : string.CompareOrdinal(a.Item1, b.Item1));
        return found;
    }

    private static string Prefix(string word) => word.Length <= PrefixLength ? word : word[..PrefixLength];

    private static void AddDeletions(string text, int depth, HashSet<string> into)
    {
        into.Add(text);
        if (depth == 0 || text.Length <= 1)
        {
            return;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var shorter = text.Remove(i, 1);
            if (into.Add(shorter) || depth > 1)
            {
                AddDeletions(shorter, depth - 1, into);
            }
        }
    }
}
