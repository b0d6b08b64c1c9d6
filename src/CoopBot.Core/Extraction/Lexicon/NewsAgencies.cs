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
        ["GNA"] = "Ghana", ["Ghana News Agency"] = "Ghana", ["Antara News"] = "Indonesia", ["Lao News Agency"] = "Laos",
        // National newspapers and broadcasters write for readers at home the same way. Only names one country's paper
        // has: "The Star", "The Nation", "The National", "The Citizen", "The Standard", "Daily News" are several papers'.
        ["Global Times"] = "China", ["China Daily"] = "China", ["CGTN"] = "China", ["People's Daily"] = "China",
        ["Daily Nation"] = "Kenya", ["Ahram Online"] = "Egypt", ["Al-Ahram"] = "Egypt", ["Bangkok Post"] = "Thailand",
        ["New Straits Times"] = "Malaysia", ["The Straits Times"] = "Singapore",
        ["The Jakarta Post"] = "Indonesia", ["The Korea Herald"] = "South Korea", ["Korea Herald"] = "South Korea",
        ["The Korea Times"] = "South Korea", ["The Japan Times"] = "Japan", ["Nikkei"] = "Japan", ["Dawn"] = "Pakistan",
        ["Premium Times"] = "Nigeria", ["Gulf Times"] = "Qatar", ["The Peninsula"] = "Qatar",
        ["Gulf News"] = "United Arab Emirates", ["Arab News"] = "Saudi Arabia", ["Khmer Times"] = "Cambodia",
        ["Vientiane Times"] = "Laos", ["The Hindu"] = "India", ["Hindustan Times"] = "India", ["The Daily Star"] = "Bangladesh",
        ["Agência Brasil"] = "Brazil", ["Buenos Aires Times"] = "Argentina", ["Daily Monitor"] = "Uganda", ["New Vision"] = "Uganda",
        ["The New Times"] = "Rwanda", ["Philippine News Agency"] = "Philippines", ["Philippine Daily Inquirer"] = "Philippines",
        ["Tuoi Tre News"] = "Vietnam", ["Tuoi Tre"] = "Vietnam", ["VnExpress"] = "Vietnam", ["Saudi Gazette"] = "Saudi Arabia",
        ["Tehran Times"] = "Iran", ["Addis Standard"] = "Ethiopia", ["Jamaica Observer"] = "Jamaica", ["Jamaica Gleaner"] = "Jamaica",
        ["Solomon Star"] = "Solomon Islands", ["Nepali Times"] = "Nepal", ["The Kathmandu Post"] = "Nepal", ["Kathmandu Post"] = "Nepal",
        ["Business Daily Africa"] = "Kenya", ["Trinidad Guardian"] = "Trinidad and Tobago", ["Post-Courier"] = "Papua New Guinea",
        ["Times of Oman"] = "Oman", ["Egypt Independent"] = "Egypt", ["The Express Tribune"] = "Pakistan", ["Express Tribune"] = "Pakistan",
        ["Daily Sabah"] = "Turkey", ["Hürriyet Daily News"] = "Turkey", ["Times of Malta"] = "Malta", ["The Manila Times"] = "Philippines",
        ["Business Standard"] = "India", ["Andina"] = "Peru", ["Mexico News Daily"] = "Mexico", ["Taipei Times"] = "Taiwan",
        ["Focus Taiwan"] = "Taiwan", ["The Fiji Times"] = "Fiji", ["Fiji Times"] = "Fiji", ["The Irish Times"] = "Ireland",
        ["Irish Times"] = "Ireland", ["Jakarta Globe"] = "Indonesia", ["The Phnom Penh Post"] = "Cambodia", ["Phnom Penh Post"] = "Cambodia",
        ["NHK"] = "Japan", ["Daryo"] = "Uzbekistan", ["Mail & Guardian"] = "South Africa", ["SABC"] = "South Africa",
        ["Dhaka Tribune"] = "Bangladesh", ["The Jordan Times"] = "Jordan", ["Jordan Times"] = "Jordan", ["Morocco World News"] = "Morocco",
        ["Kuensel"] = "Bhutan", ["Samoa Observer"] = "Samoa", ["The Astana Times"] = "Kazakhstan", ["Astana Times"] = "Kazakhstan",
        ["The Namibian"] = "Namibia", ["RNZ"] = "New Zealand", ["Korea JoongAng Daily"] = "South Korea", ["Taiwan News"] = "Taiwan",
        ["Kyiv Independent"] = "Ukraine", ["Vietnam News"] = "Vietnam", ["Xinhua Net"] = "China", ["South China Morning Post"] = "China",
    };

    /// <summary>Names in the table, longest first, for finding one at the start of a text ("the Global Times that …").</summary>
    private static readonly string[] NamesLongestFirst = [.. HomeCountries.Keys.OrderByDescending(k => k.Length)];

    /// <summary>How far into the first paragraph a dateline's "(Agency)" may stand.</summary>
    private const int DatelineReach = 80;

    /// <summary>
    /// The home country of the national agency in the dateline of <paramref name="firstParagraph"/>, else null:
    /// "SEOUL, June 12 (Yonhap) --", "MOSCOW, September 16. /TASS/.", "TOKYO, March 12 Kyodo -".
    /// </summary>
    public static string? HomeCountry(string? firstParagraph)
    {
        if (string.IsNullOrEmpty(firstParagraph))
        {
            return null;
        }
        var head = firstParagraph.AsSpan(0, Math.Min(firstParagraph.Length, DatelineReach));
        var lookup = HomeCountries.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (open, close) in new[] { ('(', ')'), ('/', '/') })
        {
            var start = head.IndexOf(open);
            var end = start < 0 ? -1 : head[(start + 1)..].IndexOf(close);
            if (end < 0)
            {
                continue;
            }
            var agency = head.Slice(start + 1, end).Trim();
            // The dateline ends at the agency: "(Yonhap) --", "(Xinhua) -", "(Bernama) —", "/TASS/.".
            var rest = head[(start + end + 2)..].TrimStart();
            if ((rest.Length == 0 || rest[0] is '-' or '—' or '–' or ':' or '.') && lookup.TryGetValue(agency, out var country))
            {
                return country;
            }
        }
        // "TOKYO, March 12 Kyodo - ": the agency's name as the dateline's last word.
        var dash = head.IndexOfAny('-', '—', '–');
        if (dash > 0)
        {
            var before = head[..dash].TrimEnd();
            var lastWord = before[(before.LastIndexOf(' ') + 1)..];
            if (lookup.TryGetValue(lastWord, out var country))
            {
                return country;
            }
        }
        return null;
    }

    /// <summary>
    /// The home country of a national agency the article cites as its own interviewer ("told Anadolu", "told TASS"):
    /// an agency's report without a dateline names it that way.
    /// </summary>
    public static string? HomeCountryOfCitingAgency(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        foreach (var paragraph in paragraphs)
        {
            for (var at = paragraph.IndexOf("told ", StringComparison.Ordinal); at >= 0; at = paragraph.IndexOf("told ", at + 5, StringComparison.Ordinal))
            {
                var rest = paragraph.AsSpan(at + 5);
                rest = rest.StartsWith("the ", StringComparison.Ordinal) ? rest[4..] : rest;
                if (rest.Length > 1 && char.IsUpper(rest[0]) && NamedAtStart(rest) is { } country)
                {
                    return country;
                }
            }
        }
        return null;
    }

    /// <summary>The home country of an agency or paper in a byline ("By Global Times", "By Kodjo Adu-Boahen, GNA"), else null.</summary>
    public static string? HomeCountryOfByline(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.StartsWith("By ", StringComparison.Ordinal) || line.Length > 80)
        {
            return null;
        }
        var comma = line.LastIndexOf(',');
        var name = (comma > 0 ? line[(comma + 1)..] : line[3..]).Trim();
        return HomeCountries.TryGetValue(name, out var country) ? country : null;
    }

    /// <summary>The country of the agency or paper whose whole name opens <paramref name="text"/>.</summary>
    private static string? NamedAtStart(ReadOnlySpan<char> text)
    {
        foreach (var name in NamesLongestFirst)
        {
            if (text.StartsWith(name, StringComparison.Ordinal) && (text.Length == name.Length || !char.IsLetterOrDigit(text[name.Length])))
            {
                return HomeCountries[name];
            }
        }
        return null;
    }
}
