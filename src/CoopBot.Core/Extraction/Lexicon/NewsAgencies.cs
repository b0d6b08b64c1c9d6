namespace CoopBot.Core.Extraction.Lexicon;

/// <summary>
/// National news agencies and their countries, read from a dateline ("SEOUL, June 12 (Yonhap) --"). A national
/// agency writes for readers at home: it names a foreign official's country, and leaves its own officials' unsaid
/// ("First Vice Foreign Minister Maeng Seo-yun" in Yonhap is South Korea's). International agencies (AP, Reuters,
/// AFP) are not listed: their datelines say nothing about anyone's country.
/// </summary>
public static class NewsAgencies
{
    private static readonly Dictionary<string, string> HomeCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Xinhua"] = "China", ["Yonhap"] = "South Korea", ["Bernama"] = "Malaysia", ["Kyodo"] = "Japan", ["Jiji"] = "Japan",
        ["PTI"] = "India", ["IANS"] = "India", ["ANI"] = "India", ["Antara"] = "Indonesia", ["VNA"] = "Vietnam",
        ["Vietnam News Agency"] = "Vietnam", ["TASS"] = "Russia", ["RIA Novosti"] = "Russia", ["Anadolu"] = "Turkey",
        ["WAM"] = "United Arab Emirates", ["SPA"] = "Saudi Arabia", ["QNA"] = "Qatar", ["KUNA"] = "Kuwait", ["BNA"] = "Bahrain",
        ["ONA"] = "Oman", ["PNA"] = "Philippines", ["BSS"] = "Bangladesh", ["APP"] = "Pakistan", ["MENA"] = "Egypt",
        ["KPL"] = "Laos", ["AKP"] = "Cambodia", ["Lusa"] = "Portugal", ["EFE"] = "Spain", ["ANSA"] = "Italy", ["dpa"] = "Germany",
        ["Prensa Latina"] = "Cuba", ["Agencia Brasil"] = "Brazil", ["Telam"] = "Argentina", ["Kazinform"] = "Kazakhstan",
        ["Kabar"] = "Kyrgyzstan", ["UzA"] = "Uzbekistan", ["IRNA"] = "Iran", ["MAP"] = "Morocco", ["APS"] = "Algeria",
        ["TAP"] = "Tunisia", ["NAN"] = "Nigeria", ["KNA"] = "Kenya", ["ENA"] = "Ethiopia", ["SANA"] = "Syria",
        ["Petra"] = "Jordan", ["NNA"] = "Lebanon", ["Ukrinform"] = "Ukraine", ["BTA"] = "Bulgaria", ["PAP"] = "Poland",
        ["Belga"] = "Belgium", ["ANP"] = "Netherlands", ["Kyodo News"] = "Japan", ["Xinhua News Agency"] = "China",
    };

    /// <summary>How far into the first paragraph a dateline's "(Agency)" may stand.</summary>
    private const int DatelineReach = 80;

    /// <summary>The home country of the national agency in the dateline of <paramref name="firstParagraph"/>, else null.</summary>
    public static string? HomeCountry(string? firstParagraph)
    {
        if (string.IsNullOrEmpty(firstParagraph))
        {
            return null;
        }
        var head = firstParagraph.AsSpan(0, Math.Min(firstParagraph.Length, DatelineReach));
        var open = head.IndexOf('(');
        var close = open < 0 ? -1 : head[open..].IndexOf(')');
        if (close < 0)
        {
            return null;
        }
        var agency = head.Slice(open + 1, close - 1).Trim();
        // The dateline ends at the agency: "(Yonhap) --", "(Xinhua) -", "(Bernama) —".
        var rest = head[(open + close + 1)..].TrimStart();
        if (rest.Length == 0 || rest[0] is not ('-' or '—' or '–' or ':'))
        {
            return null;
        }
        return HomeCountries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(agency, out var country) ? country : null;
    }
}
