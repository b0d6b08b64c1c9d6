using System.Buffers;

namespace CoopBot.Core.Extraction.Lexicon;

/// <summary>
/// Countries by name, common variants and demonyms, and blocs/international bodies, for reading roles
/// ("Indonesian Health Minister", "embassy of Indonesia", "China's NDRC") and outcome parties.
/// </summary>
public static class Countries
{
    // Canonical name | variants (incl. demonyms), separated by ';'. The last part of a two-part country's name
    // stands for it ("Tobago's chief medical officer" when a title phrase starts after "Trinidad and"). Some names in the
    // country's own language stand too, as state companies and bodies keep them ("Transportgas Srbija", "Polska Grupa").
    private const string Table = """
        Afghanistan|Afghan
        Albania|Albanian;Shqipëria;Shqiperia
        Algeria|Algerian
        Andorra|Andorran
        Angola|Angolan
        Antigua and Barbuda|Antiguan;Antigua;Barbuda
        Argentina|Argentine;Argentinian
        Armenia|Armenian
        Australia|Australian
        Austria|Austrian;Österreich
        Azerbaijan|Azerbaijani
        Bahamas|Bahamian;The Bahamas
        Bahrain|Bahraini
        Bangladesh|Bangladeshi
        Barbados|Barbadian;Bajan
        Belarus|Belarusian
        Belgium|Belgian
        Belize|Belizean
        Benin|Beninese
        Bhutan|Bhutanese
        Bolivia|Bolivian
        Bosnia and Herzegovina|Bosnian;Herzegovina;BiH
        Botswana|Motswana;Botswanan
        Brazil|Brazilian;Brasil
        Brunei|Bruneian;Brunei Darussalam
        Bulgaria|Bulgarian
        Burkina Faso|Burkinabe;Burkinabè
        Burundi|Burundian
        Cambodia|Cambodian
        Cameroon|Cameroonian;Cameroun
        Canada|Canadian
        Cape Verde|Cape Verdean;Cabo Verde
        Central African Republic|Central African
        Chad|Chadian;Tchad
        Chile|Chilean
        China|Chinese;People's Republic of China;PRC;Beijing
        Colombia|Colombian
        Comoros|Comorian
        Cook Islands|Cook Islander;Cook Islanders
        Costa Rica|Costa Rican
        Cote d'Ivoire|Ivorian;Ivory Coast;Côte d'Ivoire
        Croatia|Croatian;Hrvatska
        Cuba|Cuban
        Cyprus|Cypriot
        Czech Republic|Czech;Czechia
        Democratic Republic of Congo|Congolese;DRC;DR Congo;Democratic Republic of the Congo
        Denmark|Danish
        Djibouti|Djiboutian
        Dominica|
        Dominican Republic|Dominican
        Ecuador|Ecuadorian;Ecuadoran
        Egypt|Egyptian
        El Salvador|Salvadoran
        Equatorial Guinea|Equatoguinean
        Eritrea|Eritrean
        Estonia|Estonian
        Eswatini|Swazi;Swaziland
        Ethiopia|Ethiopian
        Fiji|Fijian
        Finland|Finnish;Suomi
        France|French
        Gabon|Gabonese
        Gambia|Gambian
        Georgia|Georgian
        Germany|German;Deutschland
        Ghana|Ghanaian
        Greece|Greek
        Grenada|Grenadian
        Guatemala|Guatemalan
        Guinea|Guinean
        Guinea-Bissau|Bissau-Guinean
        Guyana|Guyanese
        Haiti|Haitian
        Honduras|Honduran
        Hungary|Hungarian
        Iceland|Icelandic
        India|Indian;New Delhi
        Indonesia|Indonesian;Jakarta
        Iran|Iranian;Islamic Republic of Iran
        Iraq|Iraqi
        Ireland|Irish
        Israel|Israeli
        Italy|Italian;Italia
        Jamaica|Jamaican
        Japan|Japanese;Tokyo
        Jordan|Jordanian
        Kazakhstan|Kazakh;Kazakhstani
        Kenya|Kenyan
        Kiribati|I-Kiribati
        Kuwait|Kuwaiti
        Kyrgyzstan|Kyrgyz;Kyrgyz Republic
        Laos|Lao;Laotian;Lao PDR
        Latvia|Latvian
        Lebanon|Lebanese
        Lesotho|Basotho
        Liberia|Liberian
        Libya|Libyan
        Liechtenstein|
        Lithuania|Lithuanian
        Luxembourg|Luxembourgish
        Madagascar|Malagasy
        Malawi|Malawian
        Malaysia|Malaysian;Kuala Lumpur
        Maldives|Maldivian
        Mali|Malian
        Malta|Maltese
        Marshall Islands|Marshallese
        Mauritania|Mauritanian;Mauritanie
        Mauritius|Mauritian
        Mexico|Mexican
        Micronesia|Micronesian;Federated States of Micronesia;FSM
        Moldova|Moldovan;Republic of Moldova
        Monaco|Monegasque
        Mongolia|Mongolian
        Montenegro|Montenegrin;Crna Gora
        Morocco|Moroccan;Maroc
        Mozambique|Mozambican
        Myanmar|Myanmar's;Burmese;Burma
        Namibia|Namibian
        Nauru|Nauruan
        Nepal|Nepali;Nepalese
        Netherlands|Dutch;Holland
        New Zealand|New Zealander;Kiwi;NZ;N.Z.
        Nicaragua|Nicaraguan
        Niger|Nigerien
        Nigeria|Nigerian
        Niue|Niuean
        North Korea|North Korean;DPRK
        North Macedonia|Macedonian
        Norway|Norwegian;Norge
        Oman|Omani
        Pakistan|Pakistani
        Palau|Palauan
        Palestine|Palestinian
        Panama|Panamanian
        Papua New Guinea|Papua New Guinean;PNG
        Paraguay|Paraguayan
        Peru|Peruvian
        Philippines|Philippine;Filipino;Filipina;Pilipinas;Pilipino
        Poland|Polish;Polska
        Portugal|Portuguese
        Qatar|Qatari
        Republic of the Congo|Congo-Brazzaville;Republic of Congo;Congo Republic
        Romania|Romanian
        Russia|Russian;Russian Federation
        Rwanda|Rwandan
        Saint Kitts and Nevis|St. Kitts and Nevis;St Kitts and Nevis;Kittitian;Nevis
        Saint Lucia|St. Lucia;St Lucia;Saint Lucian;St. Lucian
        Saint Vincent and the Grenadines|St. Vincent and the Grenadines;St Vincent and the Grenadines;Vincentian;SVG
        Samoa|Samoan
        San Marino|Sammarinese
        Sao Tome and Principe|São Tomé and Príncipe;Santomean
        Saudi Arabia|Saudi
        Senegal|Senegalese
        Serbia|Serbian;Srbija
        Seychelles|Seychellois
        Sierra Leone|Sierra Leonean
        Singapore|Singaporean;S'pore
        Slovakia|Slovak;Slovak Republic
        Slovenia|Slovenian;Slovene;Slovenija
        Solomon Islands|Solomon Islander
        Somalia|Somali
        South Africa|South African
        South Korea|South Korean;Korean;Republic of Korea;ROK;Korea;Seoul
        South Sudan|South Sudanese
        Spain|Spanish;España
        Sri Lanka|Sri Lankan
        Sudan|Sudanese
        Suriname|Surinamese
        Sweden|Swedish;Sverige
        Switzerland|Swiss
        Syria|Syrian;Syrian Arab Republic
        Taiwan|Taiwanese
        Tajikistan|Tajik;Tajikistani
        Tanzania|Tanzanian
        Thailand|Thai;Bangkok
        Timor-Leste|Timorese;East Timor
        Togo|Togolese
        Tonga|Tongan
        Trinidad and Tobago|Trinidadian;Tobago
        Tunisia|Tunisian;Tunisie
        Turkey|Turkish;Türkiye
        Turkmenistan|Turkmen
        Tuvalu|Tuvaluan
        Uganda|Ugandan
        Ukraine|Ukrainian
        United Arab Emirates|Emirati;UAE;U.A.E.
        United Kingdom|British;UK;U.K.;Britain;Great Britain
        United States|American;U.S.;US;USA;U.S.A.;United States of America;Washington
        Uruguay|Uruguayan
        Uzbekistan|Uzbek
        Vanuatu|Ni-Vanuatu;Vanuatuan
        Vatican|Holy See;Vatican City
        Venezuela|Venezuelan
        Vietnam|Vietnamese;Viet Nam
        Yemen|Yemeni
        Zambia|Zambian
        Zimbabwe|Zimbabwean
        """;

    // Blocs and international bodies: parties to outcomes, never a speaker's country.
    private const string BlocTable = """
        ASEAN|Association of Southeast Asian Nations;ASEAN Secretariat
        European Union|EU;E.U.;European Commission;Brussels
        African Union|AU;African Union Commission
        GCC|Gulf Cooperation Council
        United Nations|UN;U.N.
        Pacific Islands Forum|PIF
        BRICS|
        G20|Group of 20
        G7|Group of Seven
        SCO|Shanghai Cooperation Organization;Shanghai Cooperation Organisation
        APEC|Asia-Pacific Economic Cooperation
        World Bank|
        Asian Development Bank|ADB
        Asian Infrastructure Investment Bank|AIIB
        International Monetary Fund|IMF
        World Health Organization|WHO
        World Trade Organization|WTO
        ECOWAS|Economic Community of West African States
        SADC|Southern African Development Community
        COMESA|Common Market for Eastern and Southern Africa
        EAC|East African Community
        SACU|Southern African Customs Union
        ECCAS|Economic Community of Central African States
        CARICOM|Caribbean Community
        OECS|Organisation of Eastern Caribbean States;Organization of Eastern Caribbean States
        SICA|Central American Integration System
        Andean Community|CAN
        SAARC|South Asian Association for Regional Cooperation
        BIMSTEC|
        Eurasian Economic Union|EAEU
        IGAD|Intergovernmental Authority on Development
        OAS|Organization of American States;Organisation of American States
        CELAC|Community of Latin American and Caribbean States
        Mercosur|
        OPEC|
        Arab League|League of Arab States
        NATO|
        UNESCO|
        UNICEF|
        UNDP|United Nations Development Programme
        FAO|Food and Agriculture Organization
        Africa|
        Latin America|
        Central Asia|
        """;

    // Capitals and large cities: read in roles ("Dakar-based"), never taken as parties.
    private const string CityTable = """
        Senegal|Dakar
        Cook Islands|Avarua;Rarotonga
        Niue|Alofi
        Kenya|Nairobi
        Ethiopia|Addis Ababa;Addis Abeba
        Rwanda|Kigali
        Nigeria|Abuja;Lagos
        Ghana|Accra
        Egypt|Cairo
        Vietnam|Hanoi;Ho Chi Minh City
        Philippines|Manila
        Cambodia|Phnom Penh
        Laos|Vientiane
        Myanmar|Yangon;Naypyidaw;Nay Pyi Taw
        Bangladesh|Dhaka
        Nepal|Kathmandu
        Bhutan|Thimphu
        Pakistan|Islamabad
        Saudi Arabia|Riyadh
        Qatar|Doha
        United Arab Emirates|Abu Dhabi;Dubai
        Oman|Muscat
        Bahrain|Manama
        Iran|Tehran
        Turkey|Ankara;Istanbul
        Russia|Moscow
        Australia|Canberra;Sydney
        New Zealand|Wellington
        Fiji|Suva
        Brazil|Brasilia;Brasília;Sao Paulo;São Paulo
        Chile|Santiago
        Peru|Lima
        Argentina|Buenos Aires;Córdoba;Rosario;Mendoza
        Colombia|Bogota;Bogotá
        Canada|Ottawa
        France|Paris
        Germany|Berlin
        United Kingdom|London
        Italy|Rome
        Spain|Madrid
        Democratic Republic of Congo|Kinshasa
        South Africa|Johannesburg;Pretoria;Cape Town
        Kazakhstan|Astana;Almaty
        Uzbekistan|Tashkent
        Kyrgyzstan|Bishkek
        Tajikistan|Dushanbe
        Turkmenistan|Ashgabat
        Sri Lanka|Colombo
        Tanzania|Dar es Salaam;Dodoma
        Uganda|Kampala
        Zambia|Lusaka
        Zimbabwe|Harare
        Mozambique|Maputo
        Angola|Luanda
        Morocco|Rabat
        Algeria|Algiers
        Tunisia|Tunis
        Mali|Bamako
        Niger|Niamey
        Burkina Faso|Ouagadougou
        Chad|N'Djamena
        Cote d'Ivoire|Abidjan
        Cameroon|Yaounde;Yaoundé
        Mongolia|Ulaanbaatar
        Brunei|Bandar Seri Begawan
        Timor-Leste|Dili
        Papua New Guinea|Port Moresby
        Samoa|Apia
        Tonga|Nuku'alofa
        Vanuatu|Port Vila
        Solomon Islands|Honiara
        Mexico|Mexico City
        Bolivia|La Paz
        Ecuador|Quito
        Uruguay|Montevideo
        Paraguay|Asuncion
        Venezuela|Caracas
        Cuba|Havana
        Netherlands|Amsterdam;The Hague
        Japan|Osaka
        India|Mumbai
        China|Shanghai
        Kenya|Mombasa;Kisumu
        Barbados|Bridgetown
        Saint Lucia|Castries
        Jamaica|Kingston
        Trinidad and Tobago|Port of Spain
        Bahamas|Nassau
        Haiti|Port-au-Prince
        Paraguay|Asunción
        Ecuador|Guayaquil
        Indonesia|Jakarta;Bali
        Thailand|Bangkok
        India|New Delhi
        Japan|Tokyo
        China|Beijing;Nanning
        South Korea|Seoul;Busan
        Singapore|Singapore
        Malaysia|Kuala Lumpur
        Belgium|Brussels
        Switzerland|Geneva
        Austria|Vienna
        Egypt|Sharm el-Sheikh
        Azerbaijan|Baku
        Kuwait|Kuwait City
        Jordan|Amman
        Lebanon|Beirut
        Israel|Jerusalem;Tel Aviv
        Iraq|Baghdad
        China|Changsha;Guangzhou;Shenzhen;Xiamen;Hangzhou;Chengdu;Kunming;Xi'an;Wuhan;Tianjin;Chongqing;Qingdao;Dalian;Harbin;Urumqi;Lhasa;Haikou;Sanya;Boao;Fuzhou;Nanjing;Suzhou;Ningbo;Zhengzhou;Jinan;Hefei;Shenyang;Changchun;Lanzhou;Guiyang;Nanchang
        India|Bengaluru;Bangalore;Chennai;Kolkata;Hyderabad;Ahmedabad;Goa
        Japan|Kyoto;Hiroshima;Yokohama
        South Korea|Incheon;Jeju;Gyeongju
        Vietnam|Da Nang;Danang;Hue;Haiphong;Hai Phong;Can Tho;Nha Trang;Quang Ninh;Lao Cai;Lang Son
        Thailand|Chiang Mai;Phuket;Pattaya;Chiang Rai;Khon Kaen;Hat Yai
        Indonesia|Surabaya;Bandung;Yogyakarta;Nusa Dua
        Philippines|Cebu;Davao
        Malaysia|Penang;Johor Bahru;Putrajaya;Kota Kinabalu;Kuching
        Australia|Melbourne;Brisbane;Perth;Adelaide
        United States|New York;San Francisco;Chicago;Los Angeles
        United Kingdom|Edinburgh;Manchester
        Germany|Munich;Hamburg;Frankfurt;Bonn
        France|Marseille;Lyon;Strasbourg
        Italy|Milan;Naples;Venice
        Spain|Barcelona;Seville
        Switzerland|Davos;Zurich;Bern
        Brazil|Rio de Janeiro;Belem;Belém
        Egypt|Alexandria
        Saudi Arabia|Jeddah
        United Arab Emirates|Sharjah
        Russia|St. Petersburg;Saint Petersburg;Kazan;Vladivostok;Sochi
        Turkey|Izmir;Antalya
        Laos|Luang Prabang
        Cambodia|Siem Reap
        Myanmar|Mandalay
        Pakistan|Karachi;Lahore
        Bangladesh|Chittagong
        Mexico|Guadalajara;Monterrey;Cancun;Cancún
        Colombia|Cartagena;Medellin;Medellín
        Morocco|Marrakech;Casablanca;Tangier
        South Africa|Durban
        Poland|Warsaw;Krakow
        Canada|Toronto;Montreal;Vancouver
        Netherlands|Rotterdam
        Portugal|Lisbon;Porto
        Greece|Athens
        Sweden|Stockholm
        Norway|Oslo
        Denmark|Copenhagen
        Finland|Helsinki
        Ireland|Dublin
        Hungary|Budapest
        Czech Republic|Prague
        Ukraine|Kyiv;Kiev
        Tanzania|Mwanza;Arusha;Zanzibar
        Ghana|Kumasi;Tamale
        Nigeria|Lagos;Kano;Port Harcourt;Ibadan
        Kenya|Nakuru;Eldoret
        Uganda|Entebbe;Jinja
        Egypt|Damietta;Luxor;Aswan
        Pakistan|Peshawar;Quetta;Rawalpindi
        Afghanistan|Kandahar;Herat;Jalalabad
        Tanzania|Arusha;Zanzibar
        Uganda|Entebbe
        Namibia|Windhoek
        Botswana|Gaborone
        Mauritius|Port Louis
        Madagascar|Antananarivo
        Sudan|Khartoum
        Libya|Tripoli
        Iraq|Erbil
        Syria|Damascus
        Chile|Valparaiso
        Peru|Cusco
        """;

    // Characters that need no folding, for a vectorised check of long texts: FindParties checks a window of several
    // words at every capitalised word. Declared before the indexes, whose initialisers may look words up.
    private static readonly SearchValues<char> PlainCharacters =
        SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c != '\'').ToArray());

    // Span-keyed views of the indexes, made once: getting one per call type-checks the comparer every time.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountryByPlace =
        BuildIndex(CityTable + "\n" + WorldCities.Table + "\n" + WorldRegions.Table, includeCanonical: false).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The country of a city or a region, named whole ("Dakar" → Senegal; "Port-of-Spain" as "Port of Spain"; "Sarawak" →
    /// Malaysia, "Inner Mongolia" → China), else null.
    /// </summary>
    public static string? CountryOfPlace(string text) =>
        Lookup(CountryByPlace, text) ?? (IsHyphenatedPhrase(text) ? Lookup(CountryByPlace, text.Replace('-', ' ')) : null) ?? JoinedPlacesCountry(text);

    /// <summary>"Antwerp-Bruges": two places of one country joined by a hyphen (a merged port, a twin city) are of that country.</summary>
    private static string? JoinedPlacesCountry(string text)
    {
        var hyphen = text.IndexOf('-');
        if (hyphen <= 0 || hyphen != text.LastIndexOf('-') || text.Contains(' ') || hyphen == text.Length - 1 || !char.IsUpper(text[hyphen + 1]))
        {
            return null;
        }
        var first = Lookup(CountryByPlace, text.AsSpan(0, hyphen));
        return first is not null && first == Lookup(CountryByPlace, text.AsSpan(hyphen + 1)) ? first : null;
    }

    /// <summary>A country named itself ("Kenya", "Kenyan"), else the country of a city or a region (<see cref="CountryOfPlace"/>).</summary>
    public static string? CountryOrPlace(string text) => Country(text) ?? CountryOfPlace(text);

    /// <summary>
    /// The state a territory or special region belongs to ("Greenland" → Denmark, "Hong Kong" → China, "Puerto Rico" →
    /// United States), for an official's country: the gold sets give sub-national officials their nation. Kept apart
    /// from the places (<see cref="CountryOfPlace"/>), as articles name these territories as parties of their own.
    /// Self-governing states in free association (the Cook Islands, Niue) are countries of their own, as the Pacific
    /// bodies and the gold sets treat them.
    /// </summary>
    public static string? SovereignOf(string territory) =>
        SovereignByTerritory.TryGetValue(territory.StartsWith("the ", StringComparison.Ordinal) ? territory[4..] : territory, out var state) ? state : null;

    private static readonly Dictionary<string, string> SovereignByTerritory = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Hong Kong"] = "China", ["Macau"] = "China", ["Macao"] = "China", ["Hong Kong SAR"] = "China", ["HKSAR"] = "China", ["HK"] = "China",
        ["Macau SAR"] = "China", ["Macao SAR"] = "China",
        ["Puerto Rico"] = "United States", ["Guam"] = "United States", ["US Virgin Islands"] = "United States", ["USVI"] = "United States",
        ["U.S. Virgin Islands"] = "United States",
        ["American Samoa"] = "United States", ["Northern Mariana Islands"] = "United States", ["CNMI"] = "United States",
        ["Marianas"] = "United States",
        ["Greenland"] = "Denmark", ["Faroe Islands"] = "Denmark", ["Faroes"] = "Denmark",
        ["New Caledonia"] = "France", ["French Polynesia"] = "France", ["Wallis and Futuna"] = "France",
        ["Saint Pierre and Miquelon"] = "France",
        ["Aruba"] = "Netherlands", ["Curaçao"] = "Netherlands", ["Curacao"] = "Netherlands", ["Sint Maarten"] = "Netherlands",
        ["Bonaire"] = "Netherlands",
        ["Bermuda"] = "United Kingdom", ["Cayman Islands"] = "United Kingdom", ["Cayman"] = "United Kingdom", ["British Virgin Islands"] = "United Kingdom", ["BVI"] = "United Kingdom",
        ["Anguilla"] = "United Kingdom", ["Montserrat"] = "United Kingdom", ["Turks and Caicos Islands"] = "United Kingdom",
        ["Turks and Caicos"] = "United Kingdom",
        ["Gibraltar"] = "United Kingdom", ["Falkland Islands"] = "United Kingdom", ["Jersey"] = "United Kingdom",
        ["Guernsey"] = "United Kingdom", ["Isle of Man"] = "United Kingdom",
        ["Tokelau"] = "New Zealand", ["Norfolk Island"] = "Australia", ["Christmas Island"] = "Australia",
    };

    /// <summary>Words joined by two or more hyphens and no space ("Port-of-Spain"), as some papers write a city of several words.</summary>
    private static bool IsHyphenatedPhrase(string text) => !text.Contains(' ') && text.AsSpan().Count('-') >= 2;

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountryByVariant =
        BuildIndex(Table, includeCanonical: true).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BlocByVariant =
        BuildIndex(BlocTable, includeCanonical: true).GetAlternateLookup<ReadOnlySpan<char>>();

    // Both indexes in one, so that asking for a party (a country, else a bloc, or the other way round) hashes the text once
    // instead of once per index: FindParties and Party do that for every capitalised n-gram and name word.
    private static readonly Dictionary<string, (string? Country, string? Bloc)>.AlternateLookup<ReadOnlySpan<char>> PartyByVariant = BuildPartyIndex();

    private static Dictionary<string, (string? Country, string? Bloc)>.AlternateLookup<ReadOnlySpan<char>> BuildPartyIndex()
    {
        var index = new Dictionary<string, (string? Country, string? Bloc)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variant, country) in CountryByVariant.Dictionary)
        {
            index[variant] = (country, null);
        }
        foreach (var (variant, bloc) in BlocByVariant.Dictionary)
        {
            index[variant] = (index.GetValueOrDefault(variant).Country, bloc);
        }
        return index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Longest variant in words, so a scanner knows how far to look ahead.</summary>
    public static int MaxVariantWords { get; } = CountryByVariant.Dictionary.Keys.Concat(BlocByVariant.Dictionary.Keys).Max(k => k.Split(' ').Length);

    // Every variant cut after each of its words ("democratic", "democratic republic", …): an all-ASCII n-gram that is
    // not among them cannot be the start of a variant, so FindParties stops lengthening it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VariantPrefixes = BuildVariantPrefixes();

    /// <summary>The country a name, variant or demonym denotes ("Indonesian" → Indonesia), else null.</summary>
    public static string? Country(string text) => LookupCountry(text);

    /// <inheritdoc cref="Country(string)"/>
    internal static string? Country(ReadOnlySpan<char> text) => LookupCountry(text);

    /// <summary>The bloc or international body a name denotes ("EU" → European Union), else null.</summary>
    public static string? Bloc(string text) => LookupBloc(text);

    /// <inheritdoc cref="Bloc(string)"/>
    internal static string? Bloc(ReadOnlySpan<char> text) => LookupBloc(text);

    /// <summary>
    /// A bloc by any of its names; one known by an acronym of up to three letters ("CAN", "WHO") not when written as a word
    /// is ("Can Tho", "Who"), while longer ones still are ("Caricom", "Ecowas", as papers of the region write them).
    /// </summary>
    private static string? LookupBloc(ReadOnlySpan<char> text) => BlocNamed(LookupParty(text).Bloc, text);

    /// <summary><see cref="LookupBloc"/> for a text whose <see cref="LookupParty"/> entry names <paramref name="bloc"/>.</summary>
    private static string? BlocNamed(string? bloc, ReadOnlySpan<char> text)
    {
        if (bloc is null || text.Trim() is not { Length: <= 3 } word || !char.IsUpper(word[0]) || !word.ContainsAnyInRange('a', 'z'))
        {
            return bloc;
        }
        return BlocAcronyms.Contains(word) ? null : bloc;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlocAcronyms = NamesIn(BlocTable)
        .Select(entry => entry.Name)
        .Where(name => name.Length >= 2 && name.All(c => char.IsUpper(c) || char.IsDigit(c)))
        .ToHashSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A country by any of its names; one known by an acronym ("PNG", "UAE", "ROK") not when written as a name is, as
    /// "Png" is a family name ("IMDA Deputy Chief Executive Png Li Ting"). (Lower case stays: questions are folded.)
    /// </summary>
    private static string? LookupCountry(ReadOnlySpan<char> text) => CountryNamed(LookupParty(text).Country, text);

    /// <summary><see cref="LookupCountry"/> for a text whose <see cref="LookupParty"/> entry names <paramref name="country"/>.</summary>
    private static string? CountryNamed(string? country, ReadOnlySpan<char> text)
    {
        // "RoK", as some papers write the Republic of Korea, ends in a capital: still the acronym.
        if (country is null || text.Trim() is not { Length: <= 4 } word || !char.IsUpper(word[0]) || !word.ContainsAnyInRange('a', 'z') || char.IsUpper(word[^1]))
        {
            return country;
        }
        return CountryAcronyms.Contains(word) ? null : country;
    }

    /// <summary>The acronyms among the countries' names ("PNG", "U.S."), looked up in any case without a copy.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryAcronyms = NamesIn(Table)
        .Select(entry => entry.Name)
        .Where(name => name.Length >= 2 && name.All(c => char.IsUpper(c) || c == '.'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Case-insensitive lookup that only folds accents and apostrophes when the text has them: this runs for every
    /// capitalised n-gram of every sentence, so the common all-ASCII case must not allocate.
    /// </summary>
    private static string? Lookup(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> index, ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (!IsPlainAscii(text))
        {
            return index.Dictionary.GetValueOrDefault(Normalize(text.ToString()));
        }
        return index.TryGetValue(text, out var value) ? value : null;
    }

    /// <summary>The country and the bloc a text names in <see cref="PartyByVariant"/>, as <see cref="Lookup"/> finds them.</summary>
    private static (string? Country, string? Bloc) LookupParty(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (!IsPlainAscii(text))
        {
            return PartyByVariant.Dictionary.GetValueOrDefault(Normalize(text.ToString()));
        }
        return PartyByVariant.TryGetValue(text, out var entry) ? entry : default;
    }

    /// <summary>ASCII without apostrophes: text that needs no folding before a lookup.</summary>
    private static bool IsPlainAscii(ReadOnlySpan<char> text)
    {
        // A single word is checked faster by a loop than by the vectorised search, which pays off on longer windows.
        if (text.Length >= 16)
        {
            return !text.ContainsAnyExcept(PlainCharacters);
        }
        foreach (var c in text)
        {
            if (c > 127 || c == '\'')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A country or a bloc.</summary>
    public static string? Party(string text)
    {
        var (country, bloc) = LookupParty(text);
        return CountryNamed(country, text) ?? BlocNamed(bloc, text);
    }

    public static bool IsCountryOrBlocWord(string word) => Party(word) is not null;

    /// <summary>
    /// Finds countries and blocs in running text, longest match first, in order of appearance (no duplicates).
    /// Demonyms count ("Chinese partners" → China) only when <paramref name="includeDemonyms"/> is true. The search
    /// stops once <paramref name="atLeast"/> parties are found, for callers that need only the first few.
    /// </summary>
    public static List<string> FindParties(string text, bool includeDemonyms = false, int atLeast = int.MaxValue)
    {
        var found = new List<string>();
        var words = Tokens.Words(text);
        for (var i = 0; i < words.Count && found.Count < atLeast; i++)
        {
            // "US$1.5 million", "NZ$20,000": a currency's prefix, no party.
            if (!char.IsUpper(words[i].Text[0]) || words[i].End < text.Length && text[words[i].End] == '$')
            {
                continue;
            }
            // "the Pan American Health Organization", "the Inter-American Development Bank": a region's adjective, no country's.
            // "the Indian Ocean": an ocean's name, no country's.
            var regionWide = i > 0 && words[i - 1].Text is "Pan" || words[i].Text.StartsWith("Inter-", StringComparison.Ordinal)
                || words[i].Text.StartsWith("Pan-", StringComparison.Ordinal) || i + 1 < words.Count && words[i + 1].Text is "Ocean";
            if (words[i].Text.Contains('-', StringComparison.Ordinal))
            {
                // "China-ASEAN", "Africa-EU": each part of a hyphenated name can be a party.
                foreach (var part in words[i].Text.Split('-'))
                {
                    if (part.Length > 0 && char.IsUpper(part[0]) && (Bloc(part) ?? Country(part)) is { } partParty
                        && (includeDemonyms && !regionWide || !IsDemonym(part)) && !found.Contains(partParty))
                    {
                        found.Add(partParty);
                    }
                }
                continue;
            }
            for (var n = LongestPossibleVariant(text, words, i); n >= 1; n--)
            {
                var span = text.AsSpan(words[i].Start, words[i + n - 1].End - words[i].Start);
                var (country, bloc) = LookupParty(span);
                var party = BlocNamed(bloc, span) ?? CountryNamed(country, span);
                if (party is null)
                {
                    continue;
                }
                var isDemonym = IsDemonym(span);
                if (!isDemonym || includeDemonyms && !regionWide)
                {
                    if (!found.Contains(party))
                    {
                        found.Add(party);
                    }
                }
                i += n - 1;
                break;
            }
        }
        return found;
    }

    /// <summary>
    /// How many words from <paramref name="first"/> on can still form a variant. Only plain-ASCII n-grams are cut short
    /// (they are compared as written, so a miss among the prefixes is final); others may fold into a variant.
    /// </summary>
    private static int LongestPossibleVariant(string text, List<Word> words, int first)
    {
        var longest = Math.Min(MaxVariantWords, words.Count - first);
        var window = text.AsSpan(words[first].Start, words[first + longest - 1].End - words[first].Start);
        if (!IsPlainAscii(window))
        {
            return longest;
        }
        for (var n = 1; n <= longest; n++)
        {
            if (!VariantPrefixes.Contains(text.AsSpan(words[first].Start, words[first + n - 1].End - words[first].Start)))
            {
                return n - 1;
            }
        }
        return longest;
    }

    /// <summary>
    /// The country named by the most leading words (at most <paramref name="maxWords"/>) joined by single spaces, as
    /// <see cref="Tokens.Join"/> writes them: "Indonesian Health Minister" → (1, Indonesia).
    /// </summary>
    internal static (int Words, string Country)? LeadingCountry(List<Word> words, int maxWords)
    {
        var longest = Math.Min(MaxVariantWords, maxWords);
        if (longest < 1)
        {
            return null;
        }
        var length = longest - 1;
        for (var k = 0; k < longest; k++)
        {
            length += words[k].Text.Length;
        }
        if (length > 256)
        {
            return LeadingCountryJoiningStrings(words, longest);
        }
        // The words joined once; ends[n] is where the first n words end.
        Span<char> joined = stackalloc char[length];
        Span<int> ends = stackalloc int[longest + 1];
        var at = 0;
        for (var k = 0; k < longest; k++)
        {
            if (k > 0)
            {
                joined[at++] = ' ';
            }
            words[k].Text.AsSpan().CopyTo(joined[at..]);
            at += words[k].Text.Length;
            ends[k + 1] = at;
        }
        // As in FindParties: plain-ASCII words that start no variant cannot be lengthened into one.
        var limit = longest;
        if (IsPlainAscii(joined))
        {
            limit = 0;
            while (limit < longest && VariantPrefixes.Contains(joined[..ends[limit + 1]]))
            {
                limit++;
            }
        }
        for (var n = limit; n >= 1; n--)
        {
            if (LookupCountry(joined[..ends[n]]) is { } country)
            {
                return (n, country);
            }
        }
        return null;
    }

    private static (int Words, string Country)? LeadingCountryJoiningStrings(List<Word> words, int longest)
    {
        for (var n = longest; n >= 1; n--)
        {
            if (Country(Tokens.Join(words, 0, n)) is { } country)
            {
                return (n, country);
            }
        }
        return null;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildVariantPrefixes()
    {
        var prefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var variant in CountryByVariant.Dictionary.Keys.Concat(BlocByVariant.Dictionary.Keys))
        {
            foreach (var word in Tokens.Words(variant))
            {
                prefixes.Add(variant[..word.End]);
            }
        }
        return prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when the word is an adjective of nationality rather than the country's name.</summary>
    public static bool IsDemonym(string text) => IsDemonym(text.AsSpan());

    /// <inheritdoc cref="IsDemonym(string)"/>
    internal static bool IsDemonym(ReadOnlySpan<char> text)
    {
        // Plain ASCII is looked up as written: ignoring its case is lower-casing it, as the normalized keys are.
        var trimmed = text.Trim();
        return IsPlainAscii(trimmed) ? DemonymVariants.Contains(trimmed) : IsDemonymKey(Normalize(text.ToString()));
    }

    // The variants that are demonyms, found once: FindParties asks for every party it finds.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DemonymVariants =
        CountryByVariant.Dictionary.Keys.Where(IsDemonymKey).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsDemonymKey(string key) =>
        CountryByVariant.Dictionary.TryGetValue(key, out var country) && !string.Equals(Normalize(country), key, StringComparison.Ordinal)
            && (key.EndsWith("ese", StringComparison.Ordinal) || key.EndsWith("an", StringComparison.Ordinal) || key.EndsWith("ian", StringComparison.Ordinal)
                || key.EndsWith("ish", StringComparison.Ordinal) || key.EndsWith("i", StringComparison.Ordinal) || key.EndsWith("ch", StringComparison.Ordinal)
                || key is "thai" or "lao" or "swiss" or "greek" or "kazakh" or "kyrgyz" or "tajik" or "uzbek" or "turkmen" or "czech" or "slovak"
                    or "dutch" or "french" or "filipino" or "philippine" or "malagasy" or "burmese" or "korean" or "emirati" or "saudi" or "british"
                    or "argentine" or "motswana" or "burkinabe" or "burkinabè" or "cypriot" or "icelandic" or "basotho" or "monegasque"
                    or "montenegrin" or "nigerien" or "seychellois" or "slovene");

    private static Dictionary<string, string> BuildIndex(string table, bool includeCanonical)
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (canonical, name) in NamesIn(table))
        {
            if (ReferenceEquals(name, canonical))
            {
                if (includeCanonical)
                {
                    index[Normalize(canonical)] = canonical;
                }
            }
            else
            {
                index.TryAdd(Normalize(name), canonical);
            }
        }
        return index;
    }

    /// <summary>Every name of a table ("Canonical|Variant;Variant" per line): each line's canonical name first (the same string), then its variants.</summary>
    private static IEnumerable<(string Canonical, string Name)> NamesIn(string table)
    {
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            yield return (parts[0], parts[0]);
            foreach (var variant in parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (parts[0], variant);
            }
        }
    }

    internal static string Normalize(string text) =>
        TextFolding.FoldToAscii(text).Replace('’', '\'').Trim().ToLowerInvariant();
}
