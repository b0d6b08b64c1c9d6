namespace CoopBot.Core.Extraction.Lexicon;

/// <summary>How a reporting verb takes what was said.</summary>
public enum ComplementKind
{
    /// <summary>A clause: "said (that) …", "warned …".</summary>
    Clause,

    /// <summary>An object phrase: "urged donors to …", "welcomed the plan".</summary>
    Object,

    /// <summary>A listener then a clause: "told reporters (that) …".</summary>
    Listener,
}

/// <summary>A verb of saying or stance, possibly several words ("called for", "expressed hope that").</summary>
public sealed record ReportingVerb(string[] Words, ComplementKind Complement, bool IsGerund);

/// <summary>The word lists the extractor reads by: reporting verbs, titles, honorifics, group nouns, organisation heads.</summary>
public static class Vocabulary
{
    // lemma-less list of surface forms: "form[ form…]:kind". Gerunds (adding, saying…) continue a statement.
    private const string VerbTable = """
        said:c says:c saying:c say:c
        told:l tells:l telling:l
        added:c adds:c adding:c
        noted:c notes:c noting:c
        stressed:c stresses:c stressing:c
        urged:o urges:o urging:o
        warned:c warns:c warning:c
        called for:o calls for:o calling for:o
        called on:o calls on:o calling on:o
        expressed hope that:c expressed the hope that:c expressed hope:o expressed the hope:o expresses hope that:c expressing hope that:c
        expressed confidence that:c expressed confidence:o expressed concern that:c expressed concern:o expressed concerns:o expressed support for:o expressed:o
        shared the view that:c shares the view that:c
        welcomed:o welcomes:o welcoming:o
        praised:o praises:o praising:o
        highlighted:o highlights:o highlighting:o
        pointed out:c points out:c pointing out:c
        emphasized:c emphasised:c emphasizes:c emphasises:c emphasizing:c emphasising:c
        underlined:o underlines:o underlining:o underscored:c underscores:c underscoring:c
        reiterated:c reiterates:c reiterating:c
        acknowledged:c acknowledges:c acknowledging:c
        announced:c announces:c announcing:c
        proposed:o proposes:o proposing:o
        suggested:c suggests:c suggesting:c
        argued:c argues:c arguing:c
        insisted:c insists:c insisting:c
        believes:c believed:c
        hopes:c hoped:c
        explained:c explains:c explaining:c
        observed:c observes:c
        remarked:c
        stated:c
        declared:c declares:c
        affirmed:c reaffirmed:c affirms:c reaffirms:c
        asserted:c asserts:c
        cautioned:c cautions:c
        recalled:c recalls:c
        revealed:c reveals:c
        disclosed:c
        vowed:c vows:c
        promised:c promises:c
        confirmed:c confirms:c
        mentioned:c
        reminded:l
        conceded:c concedes:c
        admitted:c admits:c
        lamented:c laments:c
        criticized:o criticised:o
        condemned:o
        denied:c
        claimed:c claims:c
        assured:l
        commended:o commends:o
        lauded:o
        appealed for:o appealed to:o
        predicted:c predicts:c
        replied:c
        asked:c asks:c
        wrote:c writes:c
        encouraged:o encourages:o
        outlined:o
        voiced:o
        thanked:o
        congratulated:o
        described:o describes:o describing:o
        called:o
        agreed that:c
        considered that:c considers that:c considering that:c
        maintained:c maintains:c maintaining:c
        contended:c contends:c contending:c
        recalling:o observing:c remarking:c
        hailed:o hails:o hailing:o lauding:o
        estimated:c
        indicated:c indicates:c indicating:c
        reported that:c
        clarified:c commented:c opined:c elaborated:c
        responded:c answered:c
        signalled:c signaled:c
        informed:l briefed:l
        ruled out:o rules out:o ruling out:o rejected:o rejects:o dismissed:o dismisses:o questioned:o questions:o
        put forward:o puts forward:o putting forward:o
        recommended:o advocated for:o advocated:o echoed:o
        regretted:o deplored:o appreciated:o
        shared that:c shares that:c showed that:c
        specified:c specifies:c complained:c complains:c complaining:c discloses:c recounted:c confided:c
        detailed:o conveyed:o
        """;

    public static IReadOnlyList<ReportingVerb> ReportingVerbs { get; } = BuildVerbs();

    /// <summary>Reporting verbs indexed by their first word, longest phrases first.</summary>
    public static IReadOnlyDictionary<string, ReportingVerb[]> ReportingVerbsByFirstWord { get; } =
        ReportingVerbs.GroupBy(v => v.Words[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.Words.Length).ToArray(), StringComparer.Ordinal);

    /// <summary><see cref="ReportingVerbsByFirstWord"/> keyed by span, so a word can be looked up without a new string.</summary>
    internal static Dictionary<string, ReportingVerb[]>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbsByFirstWordSpan { get; } =
        ((Dictionary<string, ReportingVerb[]>)ReportingVerbsByFirstWord).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A plural noun's singular, by its ending only: "blueberries" → "blueberry", "tomatoes" → "tomato", "vendors" → "vendor", "glass" stays.</summary>
    public static string SingularNoun(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y"
        : word.EndsWith("toes", StringComparison.Ordinal) || word.EndsWith("goes", StringComparison.Ordinal) ? word[..^2] // tomatoes, mangoes
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>
    /// Occupations a report gives private people ("Aranguez vegetable farmer Rajesh Dookie", "a textile dealer in Kano",
    /// "Corriverton businessman X"): a capitalised word before one is a place, not a company ("EirGrid chief executive").
    /// </summary>
    public static readonly HashSet<string> PrivateOccupations = new(StringComparer.OrdinalIgnoreCase)
    {
        "farmer", "fisherman", "fisher", "trader", "vendor", "dealer", "teacher", "nurse", "instructor", "herder", "grower",
        "student", "entrepreneur", "pharmacist", "shopkeeper", "exporter", "importer", "breeder", "villager", "miner", "driver",
        "smallholder", "businessman", "businesswoman", "merchant", "retailer", "wholesaler", "operator", "worker", "artisan",
        "weaver", "tailor", "rancher", "planter", "coach",
        // People a report meets for their lives, not their work: "a Jelgava mother", "a retired teacher", "a Hoit resident".
        "mother", "father", "parent", "resident", "pensioner", "retiree", "widow", "widower", "patient", "homeowner", "commuter",
        "chef", "cook", "baker", "carpenter", "mechanic", "labourer", "laborer", "porter", "seamstress", "potter", "boatman",
        "mason", "welder", "electrician", "plumber", "butcher", "fishmonger", "hawker", "peddler", "beekeeper", "herdsman",
        "shepherd", "housewife", "craftsman", "craftswoman", "fisherwoman", "shopowner", "migrant", "refugee", "volunteer",
        "trucker", "transporter", "seafarer", "caregiver", "translator", "interpreter", "journalist", "activist", "lawyer", "campaigner", "writer",
        "author", "artist", "musician", "photographer",
    };

    /// <summary>
    /// Titles East African and South Asian papers shorten after the first mention ("Cabinet Secretary (CS) X … The CS
    /// noted", "the PS", "the DG"), and the title noun each stands for.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> TitleAbbreviations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["CS"] = "secretary", ["PS"] = "secretary", ["DG"] = "director",
    };

    /// <summary>
    /// "counterpart": a title that names no office of its own ("his Chinese counterpart Wang Yi", "Her Lithuanian
    /// counterpart, X"); the person holds the office of the one they are the counterpart of.
    /// </summary>
    public const string Counterpart = "counterpart";

    /// <summary>Nouns of titles and offices (and the private occupations), singular, lower-case.</summary>
    public static readonly HashSet<string> TitleNouns = new[]
    {
        "minister", "vice-minister", "ministers", "president", "vice-president", "secretary", "secretary-general", "director",
        "director-general", "chairman", "chairwoman", "chair", "chairperson", "governor", "mayor", "premier", "mec", "ambassador",
        "envoy", "commissioner", "spokesperson", "spokesman", "spokeswoman", "chief", "head", "counselor", "counsellor",
        "officer", "executive", "ceo", "cfo", "coo", "professor", "senator", "representative", "king", "queen", "prince",
        "princess", "sultan", "emir", "administrator", "undersecretary", "under-secretary", "under-secretary-general", "undersecretary-general", "commander", "consul",
        "consul-general", "adviser", "advisor", "coordinator", "manager", "founder", "co-founder", "economist", "analyst",
        "researcher", "fellow", "dean", "rector", "lecturer", "lawmaker", "legislator", "official", "delegate", "negotiator",
        "attache", "councilor", "councillor", "chancellor", "diplomat", "expert", "scientist", "specialist", "leader",
        "member", "treasurer", "registrar", "deputy", "vice-chairman", "vice-chair", "vice-governor", "vice-premier",
        "vice-mayor", "mp", "senior", "assistant", "principal", "superintendent", "general", "captain", "colonel",
        "admiral", "lieutenant", "brigadier", "commodore", "marshal", "headman", "headwoman", "maj", "gen", "col", "lt", "capt", "brig", "cdr", "adm", "sgt",
        "spokesperson", "presidentelect", "president-elect", "prime", "state", "party", "cabinet", "board", "editor",
        "correspondent", "researcher", "officials", "partner", "owner", "boss", "controller", "auditor", "architect",
        "engineer", "physician", "doctor", "judge", "justice", "attorney", "prosecutor", "curator", "conductor", "pastor",
        "bishop", "imam", "rabbi", "cardinal", "pope", "archbishop", "monk", "abbot", "chieftain", "vice", "ceo",
        "strategist", "consultant", "advocate", "activist", "campaigner", "organizer", "organiser", "host", "moderator",
        // Scholars and scientists by their discipline ("Demographer X from the Faculty of Science said").
        "demographer", "sociologist", "epidemiologist", "anthropologist", "geographer", "hydrologist", "seismologist",
        "climatologist", "meteorologist", "agronomist", "virologist", "ecologist", "biologist", "oceanographer", "historian",
        "statistician", "criminologist", "psychologist", "nutritionist", "veterinarian", "entomologist", "glaciologist",
        "volcanologist", "geologist", "chemist", "physicist", "botanist", "zoologist", "archaeologist", "linguist", "surgeon",
        "midwife", "academic",
    }.Concat(PrivateOccupations).Concat(TitleAbbreviations.Keys).Append(Counterpart).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Honorifics dropped from names ("Datuk Seri", "Dr.", "U").</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "datuk", "dato", "dato'", "datin", "seri",
        "tun", "puan", "hajah", "haji", "hj", "hj.", "u", "daw", "h.e.", "sir", "dame", "madam", "madame", "mme", "mme.", "mx",
        "excellency", "his", "her", "pehin", "ratu", "adi", "tuan", "sheikha", "begum", "shri", "shrimati", "vaidya", "smt", "smt.", "dr.ir.", "ir.", "ir", "engr", "engr.", "eng.", "arch.", "atty", "atty.", "hon", "hon.", "rev", "rev.",
        // Gulf and South Asian religious or princely titles, Indonesian address forms ("Bu Sudarmini", "Pak Joko" is
        // left out: Pak is also a Korean surname).
        "sheikh", "shaikh", "sheik", "mawlawi", "maulvi", "maulana", "mufti", "bu", "ibu", "bapak",
        "h.e", "dato’", "datuk’", "alhaji", "alhaja",
        // Pakistani, Baloch and Afghan titles of standing before a full name ("Sardar Azmat Khan X", "Mir Naseer Ahmed Y",
        // "Nawab Z"); as the first of three or more name words, not a given name.
        "sardar", "nawab", "mir",
        // "Cde" (Comrade) before Zimbabwean and Mozambican officials' names; "Cllr." (Counsellor) before Liberian lawyers'
        // and (Councillor) British councillors'.
        "cde", "comrade", "cllr", "cllr.",
        // Bruneian titles ("Dato Seri Paduka"); "Awang" (Mr in Brunei) stays, a given name in Sarawak ("Datuk Awang Sahari Bujang").
        "paduka", "berhormat",
        // Bhutan's "Dasho" (a conferred title) and "Lyonpo" (minister), Cambodia's "Oknha" (a tycoon's title) and "Lok Chumteav"
        // (Madam; "Lok" alone stays, a surname), Sarawak's community chiefs "Penghulu" and "Temenggong".
        "dasho", "lyonpo", "oknha", "chumteav", "penghulu", "temenggong",
        // "Honourable Desmond Charlemagne, Saint Lucia's Minister …": Caribbean and Pacific releases spell out "Hon.".
        "honourable", "honorable",
        // "Rt. Hon. Sylvia X" (Right Honourable) in Commonwealth parliaments; South African and Namibian councils' "Alderman".
        "rt", "rt.", "alderman", "alderwoman",
        // Hausa "Malam"/"Mallam" (Mr, a learned man) before northern Nigerian and Nigerien names.
        "malam", "mallam",
    };

    /// <summary><see cref="Honorifics"/> looked up by a span of text, without a string for the word.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HonorificSpans = Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Subjects that are groups or documents: what they say is not a named speaker's statement.</summary>
    public static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "participants", "analysts", "experts", "observers", "delegates", "ministers", "leaders", "sources",
        "organizers", "organisers", "attendees", "authorities", "diplomats", "representatives", "speakers", "scholars",
        "economists", "residents", "people", "critics", "government", "ministry", "statement", "report", "declaration",
        "communique", "communiqué", "document", "data", "agencies", "groups", "sides", "countries", "nations", "members",
        "states", "parties", "organizations", "organisations", "companies", "firms", "businesses", "media", "police",
        "researchers", "scientists", "others", "many", "some", "both", "all", "they", "we", "it", "which", "who", "that",
        "this", "these", "those", "survey", "study", "agreement", "plan", "roadmap", "charter", "framework", "programme",
        "program", "initiative", "centre", "center", "fund", "council", "committee", "secretariat", "commission", "bank",
        "union", "forum", "summit", "meeting", "conference", "dialogue", "memorandum", "mechanism", "alliance", "delegation",
        "team", "panel", "board", "office", "department", "agency", "spokesperson", "spokesman", "spokeswoman", "source",
        "official", "expert", "analyst", "diplomat", "observer", "participant", "delegate", "website", "newspaper", "xinhua",
        "reuters", "outlet", "broadcaster", "citizens", "farmers", "workers", "students", "industry", "sector", "market",
        "markets", "investors", "donors", "lenders", "banks", "governments", "ministries", "partners", "allies", "neighbours",
        "neighbors", "region", "bloc", "body", "institute", "university", "association", "federation", "chamber", "group",
        "fishermen", "fishers", "traders", "herders", "villagers", "exporters", "importers", "producers", "growers", "locals",
        "families", "teachers", "nurses", "doctors", "drivers", "vendors", "merchants", "passengers", "travellers", "tourists",
        "migrants", "refugees", "protesters", "activists", "campaigners", "unions", "operators", "manufacturers", "users",
    };

    /// <summary>Head nouns of organisation names.</summary>
    public static readonly HashSet<string> OrganisationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "commission", "council", "embassy", "consulate", "agency", "bank", "secretariat", "association", "institute",
        "university", "center", "centre", "committee", "department", "office", "authority", "organization", "organisation",
        "fund", "foundation", "group", "company", "corporation", "corp", "forum", "union", "programme", "program", "party",
        "government", "chamber", "federation", "alliance", "board", "bureau", "academy", "administration", "mission",
        "secretariat", "inc", "ltd", "limited", "holdings", "co", "network", "service", "services", "society", "trust",
        "court", "parliament", "assembly", "congress", "senate", "cabinet", "command", "force", "forces", "army", "police",
        "school", "college", "hospital", "laboratory", "lab", "observatory", "exchange", "port", "airlines", "airways",
        "railway", "railways", "press", "news", "times", "post", "daily", "institution", "platform", "initiative",
        "facility", "directorate", "division", "unit", "taskforce", "coalition", "consortium", "cooperative", "zone",
        "community", // "the Pacific Community (SPC)", "the East African Community"
        "faculty", "navy", "centers", "centres", // "the Centers for Disease Control and Prevention"
        "concern", // "the State Concern \"Turkmengaz\"": a state-owned business group, as post-Soviet states name them
        // The same heads in the languages bodies keep their names in ("Institut Pasteur de Dakar", "Banco de la Nación").
        "institut", "instituto", "istituto", "universidad", "universidade", "université", "universität", "ministerio", "ministério",
        "ministère", "banco", "banque", "agence", "agencia", "agência", "fundación", "fundação", "fondation", "consejo", "conseil",
        "secretaría", "comisión", "comissão", "corporación", "empresa",
    };

    /// <summary>What a company is called by its trade rather than by a name's head noun ("the grid operator", "logistics firm X").</summary>
    /// <summary>
    /// Kinds of local government a title may be owned by ("the region's director of health care", "the province's
    /// governor"), standing for a body the text names with that word ("Region Norrbotten", "Sokoto State").
    /// </summary>
    public static readonly HashSet<string> LocalGovernmentKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "region", "province", "state", "city", "county", "district", "municipality", "prefecture",
    };

    public static readonly HashSet<string> CompanyKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "group", "operator", "utility", "lender", "carrier", "airline", "maker", "developer", "insurer", "corporation",
        "startup", "start-up", "contractor", "manufacturer", "supplier", "shipbuilder", "exporter", "importer", "producer", "forwarder",
        "processor", "miller", "retailer", "distributor", "trader",
    };

    /// <summary>Capitalised words that start sentences or name things but are never part of a person's name.</summary>
    public static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "as", "but", "and", "or", "yet", "so", "if", "when",
        "while", "after", "before", "during", "since", "although", "though", "however", "meanwhile", "also", "both", "this",
        "that", "these", "those", "its", "his", "her", "their", "our", "we", "they", "he", "she", "it", "i", "you", "there",
        "speaking", "according", "asked", "addressing", "separately", "similarly", "earlier", "later", "last", "next", "today",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ai", "ict", "gdp", "mou", "covid", "covid-19", "expo", "summit",
        "forum", "conference", "meeting", "roundtable", "dialogue", "week", "year", "new", "national", "international",
        "regional", "global", "joint", "first", "second", "third", "annual", "digital", "economic", "trade", "health",
        "foreign", "affairs", "finance", "energy", "technology", "science", "agriculture", "education", "development",
        "cooperation", "communications", "information", "industry", "commerce", "investment", "environment", "climate",
        "defence", "defense", "interior", "justice", "transport", "tourism", "culture", "labour", "labor", "planning",
        "reform", "security", "water", "power", "mines", "minerals", "mining", "fisheries", "forestry", "innovation",
        "republic", "kingdom", "state", "states", "people's", "autonomous", "region", "province", "city", "county",
        "islands", "north", "south", "east", "west", "central", "southeast", "northeast", "middle", "greater", "upper",
        "lower", "federal", "royal", "united", "democratic", "socialist", "communist", "cpc", "standing", "general",
        "executive", "permanent", "special", "chief", "senior", "deputy", "vice", "acting", "former", "incoming", "outgoing",
        "secretary", "minister", "president", "director", "ambassador", "envoy", "commissioner", "chairman", "governor",
        "premier", "mayor", "officials", "official", "asean", "eu", "un", "who", "wto", "imf", "g20", "brics", "apec", "sco",
        "ndrc", "nasa", "xinhua", "reuters", "bernama", "afp", "ap", "cnn", "bbc", "sdg", "sdgs", "usd", "us$", "rmb",
        "yuan", "euro", "euros", "dollars", "percent", "billion", "million", "trillion", "chinese", "african", "asian",
        "european", "american", "arab", "gulf", "pacific", "atlantic", "indian", "latin", "caribbean", "mekong", "lancang",
        "belt", "road", "silk", "green", "blue", "smart", "open", "free", "fair", "safe", "clean", "mr", "ms", "mrs", "dr",
        "prime", "crown", "his", "her", "excellency", "majesty", "highness", "sheikh's", "centre", "center", "program",
        "programme", "initiative", "fund", "council", "committee", "secretariat", "commission", "bank", "union",
        "alliance", "ministry", "embassy", "agency", "office", "department", "institute", "university", "association",
        "statement", "declaration", "charter", "plan", "agreement", "framework", "roadmap", "strategy", "vision", "compact",
        "accord", "treaty", "pact", "protocol", "convention", "showcase", "fair", "festival", "award", "prize", "report",
        "index", "outlook", "week", "day", "games", "cup", "resources", "rural", "urban", "natural", "human", "social",
        "public", "works", "services", "marine", "ocean", "oceans", "land", "lands", "housing", "youth", "sports", "women",
        "family", "welfare", "solidarity", "infrastructure", "electricity", "petroleum", "oil", "gas", "telecommunications",
        "telecom", "posts", "media", "arts", "heritage", "aviation", "maritime", "highways", "budget", "treasury", "revenue",
        "customs", "excise", "immigration", "relations", "integration", "partnership", "economy", "productivity", "competitiveness",
        "entrepreneurship", "investments", "enterprise", "enterprises", "business", "statistics", "disaster", "disasters", "emergency", "emergencies", "situations", "operations", "utilities", "taxation",
        "relief", "humanitarian", "refugees", "migration", "overseas", "external", "internal", "home", "local",
        "provincial", "municipal", "broadcasting", "cyber", "space", "nuclear", "renewable", "sustainable", "ecology",
        "ecological", "irrigation", "food", "drugs", "medicines", "vaccines", "planning", "environmental", "protection",
        "assurance", "certification", "standards", "quality", "safety", "halal", "islamic", "religious", "labour",
        "manpower", "employment", "skills", "training", "higher", "vocational", "research", "technologies", "communication",
        "fintech", "startup", "startups", "capital", "markets", "monetary", "fiscal", "financial", "banking", "insurance",
        "shipping", "logistics", "equipment", "ports", "airports", "harbours", "harbors", "waterways", "fisheries", "livestock", "forests", "forest", "wildlife", "biodiversity",
        "meteorological", "hydrological", "geological", "mineral", "mines", "steel", "automotive", "textiles", "electronics",
        "semiconductors", "pharmaceuticals", "tourism", "hospitality", "aids", "malaria", "nutrition", "population",
        "parliamentary", "legislative", "judicial", "constitutional", "electoral", "civil", "military", "defense", "police",
        "intelligence", "coast", "guard", "border", "airport", "metro", "city", "town", "village", "district", "valley",
        "river", "lake", "sea", "bay", "island", "mount", "hill", "hills", "desert", "delta", "basin", "plateau", "corridor",
        "zone", "park", "square", "hall", "tower", "building", "palace", "house", "hotel", "centre's", "center's",
        "station", "stations", "base", "airbase", "school", "hospital", "clinic", "stadium", "harbour", "harbor", "terminal", "museum",
        "library", "mosque", "cathedral", "campus", "avenue",
        // Last words of bodies' names that run into the holder's name without a comma ("… Ecology and Technical Supervision
        // Nurbek X", "… State Nature Reserve Almazbek Y", "… Association of Hazelnut Producers and Exporters Zaur Z").
        "supervision", "reserve", "reserves", "inspection", "control", "studies", "exporters", "producers", "importers",
        "manufacturers", "growers", "employers", "care", // "Minister for Health Care Elisabet X"
        // Continents and regions, in portfolios before a name ("Director General for Central and West Asia X").
        "asia", "africa", "europe", "america", "americas", "oceania", "antarctica", "arctic", "eurasia", "balkans", "sahel",
        "maghreb", "levant",
        "coordination", "regulations", "regulation", "administration", "governance", "reconstruction", "resettlement",
        "cooperatives", "transformation", "modernisation", "modernization", "digitalisation", "digitalization",
        "financing", "policy", "policies", "affairs'", "restoration", "conservation", "adaptation", "mitigation",
        "hub", "network", "platform", "facility", "mechanism", "observatory", "academy", "foundation", "corporation",
        "company", "authority", "bureau", "unit", "lab", "laboratory", "consortium", "organization", "organisation",
        // Portfolios that end a title right before a name ("Deputy Minister of Construction Nguyen Duc Thang").
        "construction", "transportation", "railways", "roads", "sanitation", "telecommunication", "aquaculture", "agrarian",
        "veterans", "diaspora", "expatriates", "gender", "children", "disability", "disabilities", "equality", "inclusion",
        "endowments", "antiquities", "plantations", "commodities", "textile", "chemicals", "fertilizers",
        "production", "sport", "hydrocarbons", "industries", "exports", "sciences", "basic", "primary", "secondary",
        "territorial", "territories", "decentralisation", "decentralization", "devolution", "equity", "citizenship",
        "competition", "industrialisation", "industrialization", // "Trade, Industry and Competition Thulani X"
        "ageing", "aging", // "Minister for Health and Active Ageing Josianne X"
        "resident", // "UNDP Resident Representative", "UN Resident Coordinator"
        // Portfolio words that end a title with no comma before the name ("Minister for Climate Change Mereani Tuilau",
        // "Ministry of … Water Management Milena Šćepanović", "Director of Biosecurity Jimmy Tarilongi").
        "change", "management", "handicrafts", "handicraft", "crafts", "biosecurity", "caucasus",
        // Plurals of the place words above in portfolios ("Ministry of Agriculture, Forestry, Regions and Water Management").
        "regions", "provinces", "cities", "municipalities", "communities", "districts", "villages", "counties",
        "schools", // "Minister for Schools Annika Sjödahl"
        // "Regional Chairman of Region Six Hemraj Bissoondial": a numbered region or group.
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    };

    private static ReportingVerb[] BuildVerbs()
    {
        var verbs = new List<ReportingVerb>();
        foreach (var line in VerbTable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Entries are "w1 w2:k" separated by spaces; split on ":k " boundaries.
            var rest = line;
            while (rest.Length > 0)
            {
                var colon = rest.IndexOf(':', StringComparison.Ordinal);
                var phrase = rest[..colon];
                var kind = rest[colon + 1] switch
                {
                    'o' => ComplementKind.Object,
                    'l' => ComplementKind.Listener,
                    _ => ComplementKind.Clause,
                };
                var words = phrase.Split(' ');
                verbs.Add(new ReportingVerb(words, kind, words[0].EndsWith("ing", StringComparison.Ordinal)));
                rest = rest.Length > colon + 2 ? rest[(colon + 2)..].TrimStart() : string.Empty;
            }
        }
        return verbs.ToArray();
    }
}
