namespace CoopBot.Core.Answering.Text;

/// <summary>Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two neighbours).</summary>
internal static class EditDistance
{
    /// <summary>The allowed typo distance for a name token: none below five letters, one from five, two from eight.</summary>
    public static int Tolerance(int length) => length >= 8 ? 2 : length >= 5 ? 1 : 0;

    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <c>max + 1</c> as soon as it must exceed <paramref name="max"/>.</summary>
    public static int Compute(string a, string b, int max = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }
        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        // Three rolling rows: the swap rule looks two rows back.
        // Names and query words are short; a pasted paragraph must not blow the stack.
        var size = 3 * (b.Length + 1);
        Span<int> buffer = size <= 512 ? stackalloc int[size] : new int[size];
        var previous2 = buffer[..(b.Length + 1)];
        var previous = buffer.Slice(b.Length + 1, b.Length + 1);
        var current = buffer.Slice(2 * (b.Length + 1), b.Length + 1);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max)
            {
                return max + 1;
            }
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
