namespace CoopBot.Core.Extraction;

/// <summary>Where a text spells out an acronym by the initials of its capitalised words.</summary>
internal static class Initials
{
    /// <summary>
    /// The first run of consecutive capitalised words in <paramref name="text"/> whose initials are
    /// <paramref name="acronym"/>'s letters ("Joint Rescue Coordination Centre" for "JRCC"), small joining words between
    /// them skipped ("Federated States of Micronesia" for "FSM"), as (start, end) offsets; else null. Walks the text once
    /// and allocates nothing, as callers ask it for every reference of every person.
    /// </summary>
    public static (int Start, int End)? FindRun(string acronym, string text)
    {
        if (acronym.Length < 2 || acronym.AsSpan().ContainsAnyExceptInRange('A', 'Z'))
        {
            return null;
        }
        var matched = 0;
        var runStart = 0;
        var at = 0;
        while (at < text.Length)
        {
            var space = text.IndexOf(' ', at);
            var end = space < 0 ? text.Length : space;
            var word = text.AsSpan(at, end - at);
            if (!word.IsEmpty)
            {
                if (char.IsUpper(word[0]))
                {
                    if (word[0] == acronym[matched])
                    {
                        runStart = matched == 0 ? at : runStart;
                        matched++;
                    }
                    else
                    {
                        (matched, runStart) = word[0] == acronym[0] ? (1, at) : (0, runStart);
                    }
                    if (matched == acronym.Length)
                    {
                        return (runStart, end);
                    }
                }
                else if (!(word is "of" or "for" or "and" or "the" or "on"))
                {
                    matched = 0;
                }
            }
            at = end + 1;
        }
        return null;
    }
}
