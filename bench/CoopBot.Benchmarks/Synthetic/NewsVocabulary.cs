namespace CoopBot.Benchmarks.Synthetic;

/// <summary>A country or bloc that hosts or joins an event.</summary>
internal sealed record Party(string Name, string Demonym, bool IsBloc, string[] Cities, string NameRegion)
{
    /// <summary>The form used in compound names ("China-ASEAN", "EU-Africa").</summary>
    public string Short { get; init; } = Name;

    /// <summary>The name without a leading article, capitalised for the start of a sentence.</summary>
    public string Capitalised => char.ToUpperInvariant(Name[0]) + Name[1..];

    /// <summary>"China's", "the Philippines'".</summary>
    public string Possessive => Name.EndsWith('s') ? Name + "'" : Name + "'s";
}

/// <summary>How a region writes names: given [middle] family, family + two-syllable given, or family + middle + given.</summary>
internal enum NameStyle
{
    Western,
    Chinese,
    Vietnamese,
}

/// <summary>A subject of cooperation: how articles name it, its title form, and the concrete things people talk about.</summary>
internal sealed record Topic(string Phrase, string Title, string[] Things, string People);

/// <summary>
/// The word pools synthetic articles are written from: real countries, blocs and cities (as the extractor's lexicon
/// knows them), forty topics with their concrete subjects, and given names and surnames by region, so that people
/// recur across articles and surnames are shared the way they are in real coverage.
/// </summary>
internal static class NewsVocabulary
{
    public static readonly Party[] Countries =
    [
        new("China", "Chinese", false, ["Nanning", "Kunming", "Changsha", "Xiamen", "Chengdu", "Hangzhou"], "china"),
        new("Indonesia", "Indonesian", false, ["Jakarta", "Bali", "Surabaya"], "sea"),
        new("Vietnam", "Vietnamese", false, ["Hanoi", "Da Nang"], "vietnam"),
        new("Laos", "Lao", false, ["Vientiane", "Luang Prabang"], "sea"),
        new("Thailand", "Thai", false, ["Bangkok", "Chiang Mai"], "sea"),
        new("Malaysia", "Malaysian", false, ["Kuala Lumpur", "Penang"], "sea"),
        new("Singapore", "Singaporean", false, ["Singapore"], "sea"),
        new("the Philippines", "Philippine", false, ["Manila", "Cebu"], "sea") { Short = "Philippines" },
        new("Cambodia", "Cambodian", false, ["Phnom Penh", "Siem Reap"], "sea"),
        new("India", "Indian", false, ["New Delhi", "Mumbai", "Bengaluru"], "southasia"),
        new("Bangladesh", "Bangladeshi", false, ["Dhaka"], "southasia"),
        new("Nepal", "Nepali", false, ["Kathmandu"], "southasia"),
        new("Sri Lanka", "Sri Lankan", false, ["Colombo"], "southasia"),
        new("Pakistan", "Pakistani", false, ["Islamabad"], "gulf"),
        new("Kenya", "Kenyan", false, ["Nairobi", "Mombasa"], "africa"),
        new("Ethiopia", "Ethiopian", false, ["Addis Ababa"], "africa"),
        new("Nigeria", "Nigerian", false, ["Abuja", "Lagos"], "africa"),
        new("Ghana", "Ghanaian", false, ["Accra"], "africa"),
        new("Rwanda", "Rwandan", false, ["Kigali"], "africa"),
        new("Senegal", "Senegalese", false, ["Dakar"], "africa"),
        new("South Africa", "South African", false, ["Pretoria", "Cape Town", "Johannesburg"], "africa"),
        new("Tanzania", "Tanzanian", false, ["Dar es Salaam"], "africa"),
        new("Egypt", "Egyptian", false, ["Cairo"], "gulf"),
        new("Morocco", "Moroccan", false, ["Rabat"], "gulf"),
        new("Brazil", "Brazilian", false, ["Brasilia", "Sao Paulo"], "latam"),
        new("Chile", "Chilean", false, ["Santiago"], "latam"),
        new("Peru", "Peruvian", false, ["Lima"], "latam"),
        new("Argentina", "Argentine", false, ["Buenos Aires"], "latam"),
        new("Mexico", "Mexican", false, ["Mexico City"], "latam"),
        new("Colombia", "Colombian", false, ["Bogota"], "latam"),
        new("Germany", "German", false, ["Berlin"], "europe"),
        new("France", "French", false, ["Paris"], "europe"),
        new("Norway", "Norwegian", false, ["Oslo"], "europe"),
        new("the Netherlands", "Dutch", false, ["The Hague"], "europe") { Short = "Netherlands" },
        new("Japan", "Japanese", false, ["Tokyo", "Osaka"], "japan"),
        new("South Korea", "South Korean", false, ["Seoul", "Busan"], "korea"),
        new("Australia", "Australian", false, ["Canberra", "Sydney"], "oceania"),
        new("New Zealand", "New Zealand", false, ["Wellington"], "oceania"),
        new("Fiji", "Fijian", false, ["Suva"], "oceania"),
        new("Kazakhstan", "Kazakh", false, ["Astana", "Almaty"], "centralasia"),
        new("Uzbekistan", "Uzbek", false, ["Tashkent", "Samarkand"], "centralasia"),
        new("Saudi Arabia", "Saudi", false, ["Riyadh"], "gulf"),
        new("United Arab Emirates", "Emirati", false, ["Abu Dhabi", "Dubai"], "gulf"),
        new("Qatar", "Qatari", false, ["Doha"], "gulf"),
    ];

    public static readonly Party[] Blocs =
    [
        new("ASEAN", "ASEAN", true, ["Jakarta"], "sea"),
        new("the African Union", "African Union", true, ["Addis Ababa"], "africa") { Short = "Africa" },
        new("the European Union", "EU", true, ["Brussels"], "europe") { Short = "EU" },
        new("the GCC", "GCC", true, ["Riyadh"], "gulf") { Short = "GCC" },
        new("the Pacific Islands Forum", "Pacific Islands Forum", true, ["Suva"], "oceania") { Short = "Pacific" },
        new("CELAC", "CELAC", true, ["Santiago"], "latam"),
    ];

    public static readonly Topic[] Topics =
    [
        new("artificial intelligence", "AI Application", ["computing power", "open-source models", "AI talent", "data centres"], "engineers"),
        new("green hydrogen", "Green Hydrogen", ["electrolysers", "export corridors", "renewable power", "port terminals"], "engineers"),
        new("food security", "Food Security", ["grain storage", "seed testing", "irrigation", "fertilizer supply"], "farmers"),
        new("vaccine manufacturing", "Vaccine Manufacturing", ["fill-and-finish plants", "regulatory approval", "cold chains", "vaccine stockpiles"], "doctors"),
        new("digital trade", "Digital Trade", ["cross-border data flows", "paperless trade", "e-invoicing", "digital payments"], "exporters"),
        new("critical minerals", "Critical Minerals", ["lithium processing", "copper smelting", "mining standards", "battery supply chains"], "miners"),
        new("water management", "Water Management", ["hydropower dams", "river basins", "irrigation canals", "flood warnings"], "farmers"),
        new("climate finance", "Climate Finance", ["adaptation funds", "concessional loans", "debt swaps", "green bonds"], "communities"),
        new("renewable energy", "Renewable Energy", ["solar parks", "wind farms", "grid connections", "battery storage"], "engineers"),
        new("the ocean economy", "Blue Economy", ["marine protected areas", "port logistics", "aquaculture", "coastal tourism"], "coastal communities"),
        new("disaster early warning", "Disaster Early Warning", ["weather radars", "flood forecasts", "satellite data", "evacuation plans"], "villagers"),
        new("smart ports", "Smart Port", ["container terminals", "customs automation", "shipping routes", "cargo tracking"], "dock workers"),
        new("the halal industry", "Halal Industry", ["halal certificates", "mutual recognition", "halal logistics", "product standards"], "producers"),
        new("vocational education", "Vocational Education", ["teacher training", "scholarships", "student exchanges", "technical colleges"], "students"),
        new("public health", "Public Health", ["disease surveillance", "medical supplies", "health workers", "hospital networks"], "nurses"),
        new("cybersecurity", "Cybersecurity", ["incident response", "cyber drills", "critical infrastructure", "threat intelligence"], "experts"),
        new("forest protection", "Tropical Forest", ["forest monitoring", "carbon credits", "reforestation", "indigenous land rights"], "forest communities"),
        new("power trade", "Power Trade", ["transmission lines", "electricity markets", "hydropower exports", "grid codes"], "consumers"),
        new("space technology", "Space Cooperation", ["satellite launches", "remote sensing", "ground stations", "navigation services"], "scientists"),
        new("tourism", "Tourism", ["visa facilitation", "direct flights", "heritage sites", "tourism promotion"], "tour operators"),
        new("agricultural technology", "Agricultural Technology", ["hybrid rice", "water-saving irrigation", "farm machinery", "post-harvest storage"], "smallholders"),
        new("infrastructure", "Infrastructure", ["railway links", "highway corridors", "industrial parks", "logistics hubs"], "builders"),
        new("e-commerce", "E-commerce", ["online marketplaces", "cross-border parcels", "digital platforms", "small businesses"], "traders"),
        new("basic education", "Education", ["reading programmes", "school meals", "teacher exchanges", "digital classrooms"], "teachers"),
        new("urban development", "Smart City", ["urban transport", "waste management", "city planning", "affordable housing"], "city dwellers"),
        new("industrial cooperation", "Industrial Cooperation", ["supply chains", "factory automation", "local suppliers", "export processing zones"], "workers"),
        new("electric vehicles", "Electric Vehicle", ["charging networks", "battery factories", "electric buses", "vehicle standards"], "drivers"),
        new("biodiversity", "Biodiversity", ["wildlife corridors", "protected areas", "species monitoring", "illegal wildlife trade"], "rangers"),
        new("poverty reduction", "Poverty Reduction", ["rural incomes", "microfinance", "social protection", "village enterprises"], "rural families"),
        new("financial cooperation", "Financial Cooperation", ["local currency settlement", "payment systems", "development loans", "capital markets"], "bankers"),
        new("traditional medicine", "Traditional Medicine", ["herbal medicine", "clinical research", "medicine standards", "practitioner training"], "patients"),
        new("maritime cooperation", "Maritime Cooperation", ["search and rescue", "coast guard training", "shipping safety", "port security"], "sailors"),
        new("cultural exchange", "Cultural Exchange", ["film co-productions", "museum partnerships", "language centres", "youth exchanges"], "artists"),
        new("nutrition", "Nutrition", ["school feeding", "fortified flour", "child nutrition", "food aid"], "mothers"),
        new("carbon markets", "Carbon Market", ["emissions trading", "carbon pricing", "offset standards", "carbon border levies"], "companies"),
        new("digital government", "Digital Government", ["e-government services", "digital identity", "open data", "public sector cloud"], "civil servants"),
        new("telecommunications", "Telecommunications", ["5G networks", "fibre-optic backbones", "rural connectivity", "spectrum policy"], "users"),
        new("aviation", "Aviation", ["air connectivity", "pilot training", "airport expansion", "air cargo"], "travellers"),
        new("sports cooperation", "Sports", ["coaching exchanges", "stadium construction", "youth leagues", "sports medicine"], "athletes"),
        new("nuclear medicine", "Nuclear Medicine", ["cancer treatment", "radiotherapy centres", "isotope supply", "medical physicists"], "patients"),
    ];

    /// <summary>Given names (male, female) and surnames by naming region.</summary>
    public static readonly Dictionary<string, (string[] Male, string[] Female, string[] Family, NameStyle Style)> Names = new()
    {
        // Chinese given names are two syllables (Ming + yuan); Vietnamese names are family, middle and given name.
        ["china"] = (["ming", "yuan", "jian", "xin", "ying", "jie", "hong", "wei", "zhi", "qiang", "guo", "hai", "tao", "jun", "dong", "peng", "lei", "bo", "hao", "kai"],
                     ["li", "xia", "xiao", "ling", "yan", "ping", "mei", "lin", "shuang", "fang", "jing", "hui", "xue", "qing", "na", "yu", "min", "hua"],
                     ["Zhou", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Xu", "Sun", "Zhu", "Hu", "Guo", "Lin", "Gao", "Luo", "Song", "Deng", "Feng"], NameStyle.Chinese),
        ["vietnam"] = (["Minh", "Huy", "Long", "Nam", "Tuan", "Hai", "Dung", "Khoa", "Phuc", "Thanh"], ["Lan", "Chau", "Trang", "Hoa", "Linh", "Mai", "Thao", "Huong", "Ha", "Yen"],
                       ["Nguyen", "Tran", "Le", "Pham", "Dang", "Vu", "Bui", "Do", "Hoang", "Phan"], NameStyle.Vietnamese),
        ["sea"] = (["Arif", "Budi", "Rizal", "Azman", "Somchai", "Anan", "Farid", "Hakim", "Rahmat", "Vilayphone", "Sokha", "Bounmy", "Ramon", "Teodoro"],
                   ["Dewi", "Siti", "Kanokwan", "Ananya", "Rosalinda", "Nurul", "Chanthy", "Maria", "Intan", "Malee", "Sopheap", "Ligaya"],
                   ["Santoso", "Wicaksono", "Rahimi", "Boonmee", "Chaiprasert", "Macaraeg", "Sengdara", "Keomanivong", "Hidayat", "Pratama", "Setiawan", "Abdullah", "Ibrahim", "Reyes", "Sovann", "Phommachanh", "Srisuk", "Halim", "Villanueva", "Kusnadi"], NameStyle.Western),
        ["southasia"] = (["Rajesh", "Arjun", "Vikram", "Sanjay", "Rahul", "Anil", "Kamal", "Suresh", "Prakash"], ["Meenakshi", "Priya", "Anjali", "Kavita", "Sunita", "Farzana", "Lakshmi", "Nisha"],
                         ["Kulkarni", "Raghavan", "Sharma", "Iyer", "Chowdhury", "Rahman", "Perera", "Thapa", "Mehta", "Nair", "Bose", "Fernando", "Gurung", "Joshi"], NameStyle.Western),
        ["africa"] = (["Tesfaye", "Kwame", "Olusegun", "Amadou", "Moses", "Samuel", "Emmanuel", "Joseph", "Mahamat", "Kofi", "Thabo", "Abdou"],
                      ["Winnie", "Amina", "Fatou", "Grace", "Nomvula", "Chipo", "Aisha", "Esther", "Wanjiru", "Adaeze", "Zodwa", "Mariam"],
                      ["Odhiambo", "Gebremedhin", "Mensah", "Adeyemi", "Diallo", "Ndiaye", "Mutua", "Kamau", "Okafor", "Nkosi", "Banda", "Habimana", "Mwangi", "Abebe", "Hissein", "Asante", "Mbeki", "Uwimana", "Sow", "Kiprono"], NameStyle.Western),
        ["europe"] = (["Hendrik", "Lukas", "Pieter", "Thomas", "Markus", "Olav", "Stefan", "Henrik", "Julien", "Matthias"], ["Annette", "Claire", "Ingrid", "Sofia", "Marta", "Elena", "Helene", "Katrin", "Sanne"],
                      ["Vos", "Lindqvist", "Moreau", "Fischer", "Hansen", "Berger", "Dubois", "Nilsen", "Wagner", "Laurent", "Jansen", "Schmidt", "Bakker", "Girard"], NameStyle.Western),
        ["latam"] = (["Carlos", "Diego", "Jorge", "Andres", "Rafael", "Luis", "Mateo", "Felipe"], ["Valentina", "Camila", "Lucia", "Fernanda", "Isabel", "Daniela", "Paula"],
                     ["Mendes", "Ribeiro", "Restrepo", "Fuentes", "Oliveira", "Rojas", "Herrera", "Castillo", "Vargas", "Silva", "Morales", "Navarro", "Quispe", "Acosta"], NameStyle.Western),
        ["gulf"] = (["Khalid", "Omar", "Faisal", "Yusuf", "Tariq", "Hamad", "Nasser", "Karim"], ["Huda", "Noura", "Maryam", "Layla", "Reem", "Salma"],
                    ["Al Kuwari", "Al Sayegh", "Al Mansouri", "Al Harthy", "Haddad", "Mahmoud", "Qureshi", "Bennani", "Al Thani", "Saleh"], NameStyle.Western),
        ["centralasia"] = (["Bolat", "Timur", "Rustam", "Nurlan", "Aziz", "Dauren"], ["Aigerim", "Dilnoza", "Gulnara", "Madina", "Zarina"],
                           ["Zhaksylykov", "Karimov", "Nazarbek", "Tursunov", "Abdullaev", "Seitkali", "Yusupov", "Akhmetov"], NameStyle.Western),
        ["japan"] = (["Kenta", "Hiroki", "Takeshi", "Daisuke", "Shota"], ["Yuki", "Aiko", "Haruka", "Naomi", "Emi"],
                     ["Tanaka", "Sato", "Suzuki", "Takahashi", "Yamamoto", "Nakamura", "Ito", "Inoue"], NameStyle.Western),
        ["korea"] = (["Min-jun", "Ji-ho", "Sung-min", "Dong-hyun", "Jae-won"], ["Seo-yeon", "Ji-woo", "Hye-jin", "Eun-ji", "Soo-ah"],
                     ["Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Han"], NameStyle.Western),
        ["oceania"] = (["Sione", "Taukiei", "Mark", "Josaia", "Tevita", "James"], ["Hana", "Losana", "Sarah", "Mele", "Emma"],
                       ["Tupou", "Soama", "Whaanga-Reid", "Naidu", "Fonua", "Cakobau", "Mitchell", "Thompson", "Rabuka"], NameStyle.Western),
    };

    /// <summary>People and topics no article mentions, for questions the articles cannot answer.</summary>
    public static readonly string[] UnknownPeople =
    [
        "Maria Gonzalez", "Dmitri Volkov", "Olena Kovalenko", "Gustavo Pereira", "Harriet Blackwood", "Ingmar Bergstrom",
        "Svetlana Petrova", "Niamh O'Sullivan", "Boleslaw Kowalski", "Arnaud Lefebvre", "Giulia Romano", "Piotr Nowak",
    ];

    public static readonly string[] UnknownTopics =
    [
        "deep-sea mining", "locust swarms", "Black Sea shipping", "semiconductor subsidies", "cotton exports", "submarine cables",
        "palm oil", "whaling quotas", "Arctic shipping lanes", "olive harvests", "bitcoin mining", "opera festivals",
    ];

    public static readonly string[] Ministries =
    [
        "Commerce", "Foreign Affairs", "Agriculture and Rural Affairs", "Health", "Science and Technology", "Energy", "Water Resources",
        "Education", "Finance", "Trade and Industry", "Environment", "Transport", "Information and Communications", "Planning and Investment",
    ];

    public static readonly string[] Facilities = ["Cooperation Center", "Innovation Hub", "Joint Laboratory", "Training Center", "Partnership Platform", "Demonstration Zone", "Research Network", "Data Platform"];

    public static readonly string[] EventKinds = ["Cooperation Forum", "Ministerial Meeting", "Summit", "Dialogue", "Expo", "Roundtable", "Partnership Conference"];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    public static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "10th", "11th", "12th", "13th", "14th", "15th", "16th", "17th", "18th", "19th", "20th", "21st", "22nd"];
}
