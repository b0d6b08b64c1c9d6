using System.Runtime.CompilerServices;
using CoopBot.Core.Answering.Text;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Answering;

/// <summary>
/// Collects the speakers of all articles under their shared id while a knowledge base is built, then keeps the
/// most complete role and organisation (the longest: "climate policy analyst at E3 Futures" over "analyst") and
/// the name and country most articles agree on (the longest on a tie).
/// </summary>
internal sealed class SpeakerMerger
{
    private readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);
    private readonly List<Accumulator> speakers = [];
    private readonly Dictionary<string, int> local = new(StringComparer.Ordinal);

    /// <summary>Records the speakers of one article; returns their positions by id (valid until the next call).</summary>
    public IReadOnlyDictionary<string, int> AddArticle(string articleId, IReadOnlyList<Speaker> articleSpeakers)
    {
        local.Clear();
        foreach (var speaker in articleSpeakers)
        {
            if (string.IsNullOrWhiteSpace(speaker.Id) || local.ContainsKey(speaker.Id))
            {
                continue;
            }
            var index = Find(speaker.Id);
            var accumulator = speakers[index];
            accumulator.Articles.Add(articleId);
            Count(accumulator.Names, speaker.Name);
            Count(accumulator.Roles, speaker.Role);
            Count(accumulator.Organisations, speaker.Organisation);
            Count(accumulator.Countries, speaker.Country);
            local[speaker.Id] = index;
        }
        return local;
    }

    /// <summary>A statement's speaker missing from its article's list still gets a profile, named by the id.</summary>
    public int AddUnlisted(string articleId, string speakerId)
    {
        var index = Find(speakerId);
        var accumulator = speakers[index];
        if (accumulator.Articles.Count == 0 || accumulator.Articles[^1] != articleId)
        {
            accumulator.Articles.Add(articleId);
        }
        if (accumulator.Names.Count == 0)
        {
            Count(accumulator.Names, speakerId);
        }
        local[speakerId] = index;
        return index;
    }

    public void CountStatement(int speaker) => speakers[speaker].Statements++;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SpeakerDirectory Build(TermCache terms, PartyMentions parties)
    {
        var profiles = speakers.Select(s => new SpeakerProfile(
            s.Id, Pick(s.Names) ?? s.Id, Longest(s.Roles), Longest(s.Organisations), Pick(s.Countries), s.Articles.Distinct(StringComparer.Ordinal).ToArray(), s.Statements))
            .ToArray();
        return new SpeakerDirectory(profiles, terms, parties);
    }

    private int Find(string id)
    {
        if (!byId.TryGetValue(id, out var index))
        {
            index = speakers.Count;
            byId[id] = index;
            speakers.Add(new Accumulator(id));
        }
        return index;
    }

    private static void Count(Dictionary<string, int> counts, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            var key = value.Trim();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    private static string? Pick(Dictionary<string, int> counts)
    {
        string? best = null;
        var bestCount = 0;
        foreach (var (value, count) in counts)
        {
            if (count > bestCount || (count == bestCount && (value.Length > best!.Length || (value.Length == best.Length && string.CompareOrdinal(value, best) < 0))))
            {
                best = value;
                bestCount = count;
            }
        }
        return best;
    }

    private static string? Longest(Dictionary<string, int> counts)
    {
        string? best = null;
        foreach (var (value, count) in counts)
        {
            if (best is null || value.Length > best.Length
                || (value.Length == best.Length && (count > counts[best] || (count == counts[best] && string.CompareOrdinal(value, best) < 0))))
            {
                best = value;
            }
        }
        return best;
    }

    private sealed class Accumulator(string id)
    {
        public string Id { get; } = id;
        public List<string> Articles { get; } = [];
        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Roles { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Organisations { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Countries { get; } = new(StringComparer.Ordinal);
        public int Statements { get; set; }
    }
}
