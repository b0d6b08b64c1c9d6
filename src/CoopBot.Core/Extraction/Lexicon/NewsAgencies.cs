using System.Buffers;
using System.Text.RegularExpressions;

namespace CoopBot.Core.Extraction.Lexicon;

/// <summary>
/// National news agencies and their countries, read from a dateline ("SEOUL, June 12 (Yonhap) --"). A national
/// agency writes for readers at home: it names a foreign official's country, and leaves its own officials' unsaid
/// ("First Vice Foreign Minister Maeng Seo-yun" in Yonhap is South Korea's). International agencies (AP, Reuters,
/// AFP) are not listed: their datelines say nothing about anyone's country.
/// </summary>
public static partial class NewsAgencies
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
        ["AMNA"] = "Greece", ["JIS"] = "Jamaica", ["Report.az"] = "Azerbaijan", ["ERR"] = "Estonia", ["STA"] = "Slovenia",
        ["AGN"] = "Guatemala", ["ABI"] = "Bolivia", ["MINA business"] = "Montenegro", ["Beef Central"] = "Australia",
        ["Mining Weekly"] = "South Africa", ["Sputnik"] = "Russia", ["Moldpres"] = "Moldova", ["Vanguard"] = "Nigeria",
        // "ACP" is also the African, Caribbean and Pacific group; only a dateline or a "told ACP" is looked up here.
        ["ACP"] = "Democratic Republic of Congo",
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
        ["Kyiv Independent"] = "Ukraine", ["Vietnam News"] = "Vietnam", ["Xinhua Net"] = "China",
        // Every country's own agency, and its main papers and public broadcasters, by country: a dateline, byline or "told …"
        // naming one says whose officials go unnamed. Only a name one country's outlet has: names several outlets share ("The
        // Herald", "The Guardian", "La Nación", "El Universal", "El País", "La Prensa"), ordinary words and person names ("Tasnim",
        // "Al-Sudani", "Mothership") and acronyms several agencies or bodies use ("AIM", "APA", "MIA", "ANA", "ATA", "BNS", "CNA",
        // "VTV", "PTV", "NTB" the Indonesian province, "NRC" the refugee council) are left out, as are the outlets of Hong Kong,
        // Macau and Kosovo, which the lexicon keeps apart. "told the X" reads "X"; "told The X" needs "The X", so both stand.
        ["Bakhtar News Agency"] = "Afghanistan", ["Pajhwok"] = "Afghanistan", ["Pajhwok Afghan News"] = "Afghanistan", ["TOLOnews"] = "Afghanistan",
        ["Khaama Press"] = "Afghanistan", ["Albanian Telegraphic Agency"] = "Albania", ["Algérie Presse Service"] = "Algeria",
        ["Algeria Press Service"] = "Algeria", ["El Moudjahid"] = "Algeria", ["Echorouk"] = "Algeria", ["Diari d'Andorra"] = "Andorra",
        ["Bondia"] = "Andorra", ["ANGOP"] = "Angola", ["Angola Press"] = "Angola", ["Jornal de Angola"] = "Angola",
        ["Antigua Observer"] = "Antigua and Barbuda", ["Télam"] = "Argentina", ["Clarín"] = "Argentina", ["Clarin"] = "Argentina",
        ["Infobae"] = "Argentina", ["Noticias Argentinas"] = "Argentina", ["Armenpress"] = "Armenia", ["ARKA News Agency"] = "Armenia",
        ["AAP"] = "Australia", ["Australian Associated Press"] = "Australia", ["The Sydney Morning Herald"] = "Australia",
        ["Sydney Morning Herald"] = "Australia", ["Austria Presse Agentur"] = "Austria", ["Der Standard"] = "Austria", ["Die Presse"] = "Austria",
        ["ORF"] = "Austria", ["Azertac"] = "Azerbaijan", ["Trend News Agency"] = "Azerbaijan", ["Azernews"] = "Azerbaijan",
        ["The Nassau Guardian"] = "Bahamas", ["Nassau Guardian"] = "Bahamas", ["Bahrain News Agency"] = "Bahrain", ["Gulf Daily News"] = "Bahrain",
        ["Akhbar Al Khaleej"] = "Bahrain", ["Bangladesh Sangbad Sangstha"] = "Bangladesh", ["Prothom Alo"] = "Bangladesh", ["UNB"] = "Bangladesh",
        ["United News of Bangladesh"] = "Bangladesh", ["bdnews24"] = "Bangladesh", ["Barbados Today"] = "Barbados",
        ["Barbados Advocate"] = "Barbados", ["BelTA"] = "Belarus", ["Belarusian Telegraph Agency"] = "Belarus", ["Le Soir"] = "Belgium",
        ["De Standaard"] = "Belgium", ["RTBF"] = "Belgium", ["VRT"] = "Belgium", ["Brussels Times"] = "Belgium", ["The Brussels Times"] = "Belgium",
        ["Amandala"] = "Belize", ["Breaking Belize News"] = "Belize", ["Agence Bénin Presse"] = "Benin", ["Bhutan Broadcasting Service"] = "Bhutan",
        ["Agencia Boliviana de Información"] = "Bolivia", ["Los Tiempos"] = "Bolivia", ["El Deber"] = "Bolivia", ["FENA"] = "Bosnia and Herzegovina",
        ["SRNA"] = "Bosnia and Herzegovina", ["Mmegi"] = "Botswana", ["BOPA"] = "Botswana", ["Botswana Press Agency"] = "Botswana",
        ["Folha de S.Paulo"] = "Brazil", ["The Rio Times"] = "Brazil", ["Rio Times"] = "Brazil", ["Folha de São Paulo"] = "Brazil", ["O Globo"] = "Brazil", ["Estadão"] = "Brazil",
        ["O Estado de S. Paulo"] = "Brazil", ["Valor Econômico"] = "Brazil", ["Borneo Bulletin"] = "Brunei", ["Pelita Brunei"] = "Brunei",
        ["Bulgarian News Agency"] = "Bulgaria", ["Novinite"] = "Bulgaria", ["Agence d'Information du Burkina"] = "Burkina Faso",
        ["Sidwaya"] = "Burkina Faso", ["Iwacu"] = "Burundi", ["Agence Kampuchea Presse"] = "Cambodia", ["Cameroon Tribune"] = "Cameroon",
        ["CRTV"] = "Cameroon", ["The Canadian Press"] = "Canada", ["Canadian Press"] = "Canada", ["CBC News"] = "Canada", ["Radio-Canada"] = "Canada",
        ["The Globe and Mail"] = "Canada", ["Globe and Mail"] = "Canada", ["National Post"] = "Canada", ["Le Devoir"] = "Canada",
        ["Inforpress"] = "Cape Verde", ["Expresso das Ilhas"] = "Cape Verde", ["Radio Ndeke Luka"] = "Central African Republic",
        ["Alwihda Info"] = "Chad", ["La Tercera"] = "Chile", ["China News Service"] = "China", ["Chinanews"] = "China", ["ECNS"] = "China", ["CCTV"] = "China",
        ["China Central Television"] = "China", ["Caixin"] = "China", ["Beijing Review"] = "China", ["El Espectador"] = "Colombia",
        ["El Colombiano"] = "Colombia", ["Al-Watwan"] = "Comoros", ["The Tico Times"] = "Costa Rica", ["Tico Times"] = "Costa Rica",
        ["Agence Ivoirienne de Presse"] = "Cote d'Ivoire", ["Fraternité Matin"] = "Cote d'Ivoire", ["HINA"] = "Croatia", ["Granma"] = "Cuba",
        ["Cubadebate"] = "Cuba", ["Juventud Rebelde"] = "Cuba", ["Cyprus Mail"] = "Cyprus", ["Cyprus News Agency"] = "Cyprus",
        ["ČTK"] = "Czech Republic", ["CTK"] = "Czech Republic", ["Czech News Agency"] = "Czech Republic",
        ["Radio Prague International"] = "Czech Republic", ["Agence Congolaise de Presse"] = "Democratic Republic of Congo",
        ["Radio Okapi"] = "Democratic Republic of Congo", ["Ritzau"] = "Denmark", ["Politiken"] = "Denmark",
        ["Agence Djiboutienne d'Information"] = "Djibouti", ["Dominica News Online"] = "Dominica", ["Dominican Today"] = "Dominican Republic",
        ["Listín Diario"] = "Dominican Republic", ["Diario Libre"] = "Dominican Republic", ["El Universo"] = "Ecuador",
        ["Middle East News Agency"] = "Egypt", ["Egypt Today"] = "Egypt", ["Daily News Egypt"] = "Egypt", ["Al-Masry Al-Youm"] = "Egypt",
        ["La Prensa Gráfica"] = "El Salvador", ["Shabait"] = "Eritrea", ["Eritrea Profile"] = "Eritrea", ["ERR News"] = "Estonia",
        ["Postimees"] = "Estonia", ["Times of Eswatini"] = "Eswatini", ["Eswatini Observer"] = "Eswatini", ["Ethiopian News Agency"] = "Ethiopia",
        ["The Ethiopian Herald"] = "Ethiopia", ["Ethiopian Herald"] = "Ethiopia", ["Fana Broadcasting Corporation"] = "Ethiopia",
        ["FBC News"] = "Fiji", ["Fiji Sun"] = "Fiji", ["STT"] = "Finland", ["Yle"] = "Finland",
        ["Helsingin Sanomat"] = "Finland", ["Le Monde"] = "France", ["Le Figaro"] = "France", ["Libération"] = "France", ["Les Echos"] = "France",
        ["AGP Gabon"] = "Gabon", ["Foroyaa"] = "Gambia", ["GRTS"] = "Gambia", ["Georgian Public Broadcaster"] = "Georgia",
        ["Georgia Today"] = "Georgia", ["Deutsche Presse-Agentur"] = "Germany", ["Der Spiegel"] = "Germany",
        ["Frankfurter Allgemeine Zeitung"] = "Germany", ["FAZ"] = "Germany", ["Süddeutsche Zeitung"] = "Germany", ["Die Zeit"] = "Germany",
        ["Die Welt"] = "Germany", ["Handelsblatt"] = "Germany", ["ARD"] = "Germany", ["ZDF"] = "Germany", ["Daily Graphic"] = "Ghana",
        ["Ghanaian Times"] = "Ghana", ["Ghana Broadcasting Corporation"] = "Ghana", ["ANA-MPA"] = "Greece",
        ["Kathimerini"] = "Greece", ["eKathimerini"] = "Greece", ["ERT"] = "Greece",
        ["NOW Grenada"] = "Grenada", ["Prensa Libre"] = "Guatemala", ["Agencia Guatemalteca de Noticias"] = "Guatemala",
        ["Agence Guinéenne de Presse"] = "Guinea", ["Stabroek News"] = "Guyana", ["Guyana Chronicle"] = "Guyana", ["Kaieteur News"] = "Guyana",
        ["Haïti Libre"] = "Haiti", ["HaitiLibre"] = "Haiti", ["Proceso Digital"] = "Honduras", ["MTI"] = "Hungary", ["Hungarian News Agency"] = "Hungary",
        ["Hungary Today"] = "Hungary", ["Magyar Nemzet"] = "Hungary", ["RÚV"] = "Iceland", ["RUV"] = "Iceland", ["Morgunblaðið"] = "Iceland",
        ["Iceland Review"] = "Iceland", ["Press Trust of India"] = "India", ["Indo-Asian News Service"] = "India",
        ["Asian News International"] = "India", ["The Times of India"] = "India", ["Times of India"] = "India", ["The Indian Express"] = "India",
        ["Indian Express"] = "India", ["NDTV"] = "India", ["Doordarshan"] = "India", ["All India Radio"] = "India",
        ["Antara News Agency"] = "Indonesia", ["Kompas"] = "Indonesia", ["Republika"] = "Indonesia", ["Media Indonesia"] = "Indonesia",
        ["TVRI"] = "Indonesia", ["Islamic Republic News Agency"] = "Iran", ["Tasnim News Agency"] = "Iran", ["Fars News Agency"] = "Iran",
        ["Mehr News Agency"] = "Iran", ["Iranian Students' News Agency"] = "Iran", ["IRIB"] = "Iran", ["Press TV"] = "Iran", ["Iran Daily"] = "Iran",
        ["Iraqi News Agency"] = "Iraq", ["Rudaw"] = "Iraq", ["Kurdistan24"] = "Iraq", ["Shafaq News"] = "Iraq", ["Alsumaria"] = "Iraq",
        ["RTÉ"] = "Ireland", ["RTE"] = "Ireland", ["Irish Independent"] = "Ireland", ["The Irish Examiner"] = "Ireland",
        ["Irish Examiner"] = "Ireland", ["The Times of Israel"] = "Israel", ["Times of Israel"] = "Israel", ["Haaretz"] = "Israel",
        ["The Jerusalem Post"] = "Israel", ["Jerusalem Post"] = "Israel", ["Yedioth Ahronoth"] = "Israel", ["Israel Hayom"] = "Israel",
        ["Agenzia Nova"] = "Italy", ["Adnkronos"] = "Italy", ["Agenzia Italia"] = "Italy", ["Corriere della Sera"] = "Italy",
        ["La Repubblica"] = "Italy", ["La Stampa"] = "Italy", ["RAI"] = "Italy", ["The Gleaner"] = "Jamaica", ["Gleaner"] = "Jamaica",
        ["Asahi Shimbun"] = "Japan", ["The Asahi Shimbun"] = "Japan", ["Yomiuri Shimbun"] = "Japan",
        ["The Yomiuri Shimbun"] = "Japan", ["Mainichi"] = "Japan", ["The Mainichi"] = "Japan", ["Mainichi Shimbun"] = "Japan",
        ["Nikkei Asia"] = "Japan", ["Japan Today"] = "Japan", ["Jiji Press"] = "Japan", ["The Japan News"] = "Japan",
        ["Jordan News Agency"] = "Jordan", ["Kazinform International News Agency"] = "Kazakhstan", ["Kazakhstanskaya Pravda"] = "Kazakhstan",
        ["Kenya News Agency"] = "Kenya", ["Citizen Digital"] = "Kenya", ["Kenya Broadcasting Corporation"] = "Kenya",
        ["Kuwait News Agency"] = "Kuwait", ["Kuwait Times"] = "Kuwait", ["Arab Times"] = "Kuwait", ["24.kg"] = "Kyrgyzstan",
        ["AKIpress"] = "Kyrgyzstan", ["Laotian Times"] = "Laos", ["LETA"] = "Latvia", ["LSM"] = "Latvia", ["Latvian Public Broadcasting"] = "Latvia",
        ["L'Orient Today"] = "Lebanon", ["L’Orient Today"] = "Lebanon", ["L'Orient-Le Jour"] = "Lebanon", ["L’Orient-Le Jour"] = "Lebanon",
        ["An-Nahar"] = "Lebanon", ["LBCI"] = "Lebanon", ["Lesotho Times"] = "Lesotho", ["Lesotho News Agency"] = "Lesotho",
        ["Liberian Observer"] = "Liberia", ["FrontPage Africa"] = "Liberia", ["Liberia News Agency"] = "Liberia", ["Libya Observer"] = "Libya",
        ["Libya Herald"] = "Libya", ["Liechtensteiner Vaterland"] = "Liechtenstein", ["LRT"] = "Lithuania", ["LRT English"] = "Lithuania",
        ["ELTA"] = "Lithuania", ["Luxemburger Wort"] = "Luxembourg", ["RTL Today"] = "Luxembourg", ["Luxembourg Times"] = "Luxembourg",
        ["L'Express de Madagascar"] = "Madagascar", ["Midi Madagasikara"] = "Madagascar", ["Nyasa Times"] = "Malawi",
        ["Malawi News Agency"] = "Malawi", ["Malay Mail"] = "Malaysia", ["Malaysiakini"] = "Malaysia", ["Free Malaysia Today"] = "Malaysia",
        ["The Borneo Post"] = "Malaysia", ["Borneo Post"] = "Malaysia", ["PSM News"] = "Maldives", ["Maldives Independent"] = "Maldives", ["Edition.mv"] = "Maldives", ["The Edition"] = "Maldives",
        ["ORTM"] = "Mali", ["Maliweb"] = "Mali", ["Malta Today"] = "Malta", ["MaltaToday"] = "Malta", ["Malta Independent"] = "Malta",
        ["The Malta Independent"] = "Malta", ["Marshall Islands Journal"] = "Marshall Islands", ["Agence Mauritanienne d'Information"] = "Mauritania",
        ["Defimedia"] = "Mauritius", ["Notimex"] = "Mexico", ["Kaselehlie Press"] = "Micronesia", ["Moldpres"] = "Moldova", ["Infotag"] = "Moldova",
        ["Monaco Tribune"] = "Monaco", ["Montsame"] = "Mongolia", ["UB Post"] = "Mongolia", ["The UB Post"] = "Mongolia",
        ["Mongolian National Broadcaster"] = "Mongolia", ["Pobjeda"] = "Montenegro", ["Vijesti"] = "Montenegro", ["RTCG"] = "Montenegro",
        ["Maghreb Arabe Presse"] = "Morocco", ["Hespress"] = "Morocco", ["Le360"] = "Morocco", ["SNRT"] = "Morocco",
        ["Agência de Informação de Moçambique"] = "Mozambique", ["Club of Mozambique"] = "Mozambique",
        ["The Global New Light of Myanmar"] = "Myanmar", ["Global New Light of Myanmar"] = "Myanmar", ["Myanmar News Agency"] = "Myanmar",
        ["The Irrawaddy"] = "Myanmar", ["Frontier Myanmar"] = "Myanmar", ["Mizzima"] = "Myanmar", ["Myanmar Times"] = "Myanmar",
        ["The Myanmar Times"] = "Myanmar", ["NAMPA"] = "Namibia", ["Namibian Press Agency"] = "Namibia", ["Namibian Sun"] = "Namibia",
        ["Namibian Broadcasting Corporation"] = "Namibia", ["Rastriya Samachar Samiti"] = "Nepal", ["The Himalayan Times"] = "Nepal",
        ["Himalayan Times"] = "Nepal", ["My Republica"] = "Nepal", ["Kantipur"] = "Nepal", ["The Rising Nepal"] = "Nepal", ["Rising Nepal"] = "Nepal",
        ["De Telegraaf"] = "Netherlands", ["NRC Handelsblad"] = "Netherlands", ["de Volkskrant"] = "Netherlands", ["Volkskrant"] = "Netherlands",
        ["DutchNews"] = "Netherlands", ["Radio New Zealand"] = "New Zealand", ["New Zealand Herald"] = "New Zealand", ["NZ Herald"] = "New Zealand",
        ["The New Zealand Herald"] = "New Zealand", ["The Dominion Post"] = "New Zealand", ["Dominion Post"] = "New Zealand",
        ["TVNZ"] = "New Zealand", ["1News"] = "New Zealand", ["El Nuevo Diario"] = "Nicaragua", ["ActuNiger"] = "Niger",
        ["News Agency of Nigeria"] = "Nigeria", ["The Punch"] = "Nigeria", ["ThisDay"] = "Nigeria", ["Daily Trust"] = "Nigeria",
        ["Channels Television"] = "Nigeria", ["Nigerian Television Authority"] = "Nigeria", ["Sahara Reporters"] = "Nigeria",
        ["The Guardian Nigeria"] = "Nigeria", ["KCNA"] = "North Korea", ["Korean Central News Agency"] = "North Korea",
        ["Rodong Sinmun"] = "North Korea", ["Macedonian Information Agency"] = "North Macedonia", ["Norsk Telegrambyrå"] = "Norway",
        ["Aftenposten"] = "Norway", ["NRK"] = "Norway", ["Oman News Agency"] = "Oman", ["Oman Observer"] = "Oman", ["Muscat Daily"] = "Oman",
        ["Associated Press of Pakistan"] = "Pakistan", ["The News International"] = "Pakistan", ["Business Recorder"] = "Pakistan",
        ["Geo News"] = "Pakistan", ["Pakistan Today"] = "Pakistan", ["Radio Pakistan"] = "Pakistan", ["WAFA"] = "Palestine",
        ["Ma'an News Agency"] = "Palestine", ["La Estrella de Panamá"] = "Panama", ["PNG Post-Courier"] = "Papua New Guinea",
        ["EMTV"] = "Papua New Guinea", ["IP Paraguay"] = "Paraguay", ["ABC Color"] = "Paraguay", ["RPP"] = "Peru", ["BusinessWorld"] = "Philippines",
        ["BusinessMirror"] = "Philippines", ["Philstar"] = "Philippines", ["The Philippine Star"] = "Philippines",
        ["Philippine Star"] = "Philippines", ["Rappler"] = "Philippines", ["Inquirer.net"] = "Philippines", ["Manila Bulletin"] = "Philippines",
        ["GMA News"] = "Philippines", ["ABS-CBN"] = "Philippines", ["Philippine Information Agency"] = "Philippines",
        ["Polish Press Agency"] = "Poland", ["Rzeczpospolita"] = "Poland", ["Gazeta Wyborcza"] = "Poland", ["TVP"] = "Poland",
        ["Polskie Radio"] = "Poland", ["Diário de Notícias"] = "Portugal", ["Jornal de Notícias"] = "Portugal", ["RTP"] = "Portugal",
        ["The Portugal News"] = "Portugal", ["Qatar News Agency"] = "Qatar", ["Qatar Tribune"] = "Qatar",
        ["Agence Congolaise d'Information"] = "Republic of the Congo", ["Les Dépêches de Brazzaville"] = "Republic of the Congo",
        ["ADIAC"] = "Republic of the Congo", ["Agerpres"] = "Romania", ["Romania Insider"] = "Romania", ["TVR"] = "Romania", ["Interfax"] = "Russia",
        ["Izvestia"] = "Russia", ["Kommersant"] = "Russia", ["Rossiyskaya Gazeta"] = "Russia", ["Vedomosti"] = "Russia",
        ["The Moscow Times"] = "Russia", ["Moscow Times"] = "Russia", ["Rwanda Broadcasting Agency"] = "Rwanda", ["KT Press"] = "Rwanda",
        ["SKNIS"] = "Saint Kitts and Nevis", ["The St Kitts Nevis Observer"] = "Saint Kitts and Nevis", ["St Lucia Times"] = "Saint Lucia",
        ["iWitness News"] = "Saint Vincent and the Grenadines", ["Samoa Global News"] = "Samoa", ["Talamua"] = "Samoa",
        ["San Marino RTV"] = "San Marino", ["STP-Press"] = "Sao Tome and Principe", ["Téla Nón"] = "Sao Tome and Principe",
        ["Saudi Press Agency"] = "Saudi Arabia", ["Agence de Presse Sénégalaise"] = "Senegal", ["Seneweb"] = "Senegal", ["Tanjug"] = "Serbia",
        ["Politika"] = "Serbia", ["Seychelles Nation"] = "Seychelles", ["Seychelles News Agency"] = "Seychelles",
        ["Today in Seychelles"] = "Seychelles", ["Sierra Leone Broadcasting Corporation"] = "Sierra Leone", ["Channel NewsAsia"] = "Singapore",
        ["Lianhe Zaobao"] = "Singapore", ["TASR"] = "Slovakia", ["The Slovak Spectator"] = "Slovakia", ["Slovak Spectator"] = "Slovakia",
        ["RTVS"] = "Slovakia", ["STVR"] = "Slovakia", ["Slovenian Press Agency"] = "Slovenia", ["RTV Slovenija"] = "Slovenia",
        ["SIBC"] = "Solomon Islands", ["Solomon Times"] = "Solomon Islands", ["SONNA"] = "Somalia", ["Somali National News Agency"] = "Somalia",
        ["Garowe Online"] = "Somalia", ["Radio Mogadishu"] = "Somalia", ["South African Government News Agency"] = "South Africa",
        ["SAnews"] = "South Africa", ["News24"] = "South Africa", ["Daily Maverick"] = "South Africa", ["IOL"] = "South Africa",
        ["Yonhap News Agency"] = "South Korea", ["Newsis"] = "South Korea", ["The Chosun Ilbo"] = "South Korea", ["Chosun Ilbo"] = "South Korea",
        ["JoongAng Ilbo"] = "South Korea", ["Dong-A Ilbo"] = "South Korea", ["The Dong-A Ilbo"] = "South Korea", ["Hankyoreh"] = "South Korea",
        ["The Hankyoreh"] = "South Korea", ["KBS"] = "South Korea", ["Arirang"] = "South Korea", ["Radio Tamazuj"] = "South Sudan",
        ["Eye Radio"] = "South Sudan", ["Sudans Post"] = "South Sudan", ["La Vanguardia"] = "Spain", ["El Confidencial"] = "Spain",
        ["Europa Press"] = "Spain", ["RTVE"] = "Spain", ["Ada Derana"] = "Sri Lanka", ["SUNA"] = "Sudan", ["Sudan News Agency"] = "Sudan",
        ["Sudan Tribune"] = "Sudan", ["Radio Dabanga"] = "Sudan", ["De Ware Tijd"] = "Suriname", ["Starnieuws"] = "Suriname",
        ["Tidningarnas Telegrambyrå"] = "Sweden", ["Dagens Nyheter"] = "Sweden", ["SVT"] = "Sweden", ["Keystone-SDA"] = "Switzerland",
        ["swissinfo.ch"] = "Switzerland", ["SWI swissinfo.ch"] = "Switzerland", ["Neue Zürcher Zeitung"] = "Switzerland", ["NZZ"] = "Switzerland",
        ["Le Temps"] = "Switzerland", ["SRF"] = "Switzerland", ["Syrian Arab News Agency"] = "Syria", ["North Press Agency"] = "Syria",
        ["Hawar News Agency"] = "Syria", ["Central News Agency"] = "Taiwan", ["United Daily News"] = "Taiwan", ["Liberty Times"] = "Taiwan",
        ["Taiwan Today"] = "Taiwan", ["Khovar"] = "Tajikistan", ["Asia-Plus"] = "Tajikistan", ["Tanzania Broadcasting Corporation"] = "Tanzania",
        ["Mwananchi"] = "Tanzania", ["Habari Leo"] = "Tanzania", ["Thai PBS"] = "Thailand", ["The Nation Thailand"] = "Thailand",
        ["Nation Thailand"] = "Thailand", ["National News Bureau of Thailand"] = "Thailand", ["MCOT"] = "Thailand", ["Thai News Agency"] = "Thailand",
        ["TATOLI"] = "Timor-Leste", ["Agência Noticiosa de Timor-Leste"] = "Timor-Leste", ["Tempo Timor"] = "Timor-Leste",
        ["Timor Post"] = "Timor-Leste", ["RTTL"] = "Timor-Leste", ["Agence Togolaise de Presse"] = "Togo", ["Togo First"] = "Togo",
        ["Matangi Tonga"] = "Tonga", ["Tonga Broadcasting Commission"] = "Tonga", ["Trinidad Express"] = "Trinidad and Tobago",
        ["Trinidad and Tobago Newsday"] = "Trinidad and Tobago", ["Tunis Afrique Presse"] = "Tunisia", ["La Presse de Tunisie"] = "Tunisia",
        ["Anadolu Agency"] = "Turkey", ["Anadolu Ajansı"] = "Turkey", ["TRT"] = "Turkey", ["TRT World"] = "Turkey", ["Hürriyet"] = "Turkey",
        ["Hurriyet"] = "Turkey", ["Hurriyet Daily News"] = "Turkey", ["Neutral Turkmenistan"] = "Turkmenistan",
        ["Turkmenistan Today"] = "Turkmenistan", ["Uganda Radio Network"] = "Uganda", ["Uganda Broadcasting Corporation"] = "Uganda",
        ["Nile Post"] = "Uganda", ["UNIAN"] = "Ukraine", ["Ukrainska Pravda"] = "Ukraine", ["Interfax-Ukraine"] = "Ukraine", ["Suspilne"] = "Ukraine",
        ["Kyiv Post"] = "Ukraine", ["The Kyiv Independent"] = "Ukraine", ["Emirates News Agency"] = "United Arab Emirates",
        ["Khaleej Times"] = "United Arab Emirates", ["PA Media"] = "United Kingdom", ["The New York Times"] = "United States",
        ["New York Times"] = "United States", ["The Washington Post"] = "United States", ["Washington Post"] = "United States",
        ["The Wall Street Journal"] = "United States", ["Wall Street Journal"] = "United States", ["USA Today"] = "United States",
        ["Los Angeles Times"] = "United States", ["NPR"] = "United States", ["La Diaria"] = "Uruguay", ["Kun.uz"] = "Uzbekistan",
        ["Gazeta.uz"] = "Uzbekistan", ["UzDaily"] = "Uzbekistan", ["Uzbekistan National News Agency"] = "Uzbekistan", ["Dunyo"] = "Uzbekistan",
        ["Vanuatu Daily Post"] = "Vanuatu", ["Daily Post Vanuatu"] = "Vanuatu", ["VBTC"] = "Vanuatu",
        ["Vanuatu Broadcasting and Television Corporation"] = "Vanuatu", ["Vatican News"] = "Vatican", ["L'Osservatore Romano"] = "Vatican",
        ["Agenzia Fides"] = "Vatican", ["Venezolana de Televisión"] = "Venezuela", ["Correo del Orinoco"] = "Venezuela", ["Nhân Dân"] = "Vietnam",
        ["Nhan Dan"] = "Vietnam", ["Thanh Niên"] = "Vietnam", ["Thanh Nien"] = "Vietnam", ["VietnamPlus"] = "Vietnam", ["Vietnam Plus"] = "Vietnam",
        ["Vietnam Television"] = "Vietnam", ["Voice of Vietnam"] = "Vietnam", ["VOV"] = "Vietnam", ["Vietnam Investment Review"] = "Vietnam",
        ["The Saigon Times"] = "Vietnam", ["Saigon Times"] = "Vietnam", ["Saba News Agency"] = "Yemen", ["Al-Masirah"] = "Yemen",
        ["Zambia Daily Mail"] = "Zambia", ["Times of Zambia"] = "Zambia", ["Lusaka Times"] = "Zambia", ["ZNBC"] = "Zambia",
        ["Zambia National Broadcasting Corporation"] = "Zambia", ["ZANIS"] = "Zambia", ["Zambia News and Information Services"] = "Zambia",
        ["News Diggers"] = "Zambia", ["Zimbabwe Broadcasting Corporation"] = "Zimbabwe", ["New Zimbabwe"] = "Zimbabwe",
        ["Zimbabwe Independent"] = "Zimbabwe", ["NewsDay Zimbabwe"] = "Zimbabwe", ["New Ziana"] = "Zimbabwe",
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
            // The dateline ends at the agency: "(Yonhap) --", "(Xinhua) -", "(Bernama) —", "/TASS/."; or, with no mark, at the
            // report's first word after a place and date ("Patna, March 17 (IANS) Health officials …").
            var rest = head[(start + end + 2)..].TrimStart();
            var datedPlace = rest.Length > 0 && char.IsUpper(rest[0]) && start < 40 && head[..start].ContainsAnyInRange('0', '9') && head[..start].Contains(',');
            if ((rest.Length == 0 || rest[0] is '-' or '—' or '–' or ':' or '.' || datedPlace) && lookup.TryGetValue(agency, out var country))
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
    /// The home country of a national agency the article cites as its own interviewer ("told Anadolu", "told TASS",
    /// "in an interview with BusinessWorld", "speaking to Kuensel"): an agency's report without a dateline names it that way.
    /// </summary>
    public static string? HomeCountryOfCitingAgency(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        foreach (var paragraph in paragraphs)
        {
            // Most paragraphs hold no cue: one vectorised search rules them out instead of a search per cue.
            if (!paragraph.AsSpan().ContainsAny(InterviewerCueSearch))
            {
                continue;
            }
            foreach (var cue in InterviewerCues)
            {
                for (var at = paragraph.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = paragraph.IndexOf(cue, at + cue.Length, StringComparison.Ordinal))
                {
                    var rest = paragraph.AsSpan(at + cue.Length);
                    var the = rest.StartsWith("the ", StringComparison.Ordinal);
                    rest = the ? rest[4..] : rest;
                    // "told the Edition": a name whose "The" the sentence writes in lower case.
                    if (rest.Length > 1 && char.IsUpper(rest[0]) && (NamedAtStart(rest) ?? (the ? NamedAtStart(rest, afterThe: true) : null)) is { } country)
                    {
                        return country;
                    }
                }
            }
        }
        return null;
    }

    /// <summary>The words before the outlet that interviewed a speaker.</summary>
    private static readonly string[] InterviewerCues = ["told ", "interview with ", "speaking to ", "spoke to ", "speaking with ", "spoke with "];

    private static readonly SearchValues<string> InterviewerCueSearch = SearchValues.Create(InterviewerCues, StringComparison.Ordinal);

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
        // "By Rio Times Staff", "By Kuensel Reporter": the outlet before the word for its staff.
        foreach (var staff in StaffWords)
        {
            name = name.EndsWith(staff, StringComparison.Ordinal) && name.Length > staff.Length ? name[..^staff.Length] : name;
        }
        return HomeCountries.TryGetValue(name, out var country) ? country : null;
    }

    private static readonly string[] StaffWords = [" Staff", " Reporters", " Reporter", " Correspondent", " Desk", " Newsroom"];

    /// <summary>
    /// The home country of an outlet named as a part of its own in a line above the report ("Business reporter·NZ
    /// Herald·", "Jane Doe | Graphic Online", "Staff Correspondent, bdnews24.com"): the parts between the separators
    /// outlets print, looked up whole.
    /// </summary>
    public static string? HomeCountryOfHeaderLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var lookup = HomeCountries.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var line in lines)
        {
            var text = line.AsSpan();
            if (text.IndexOfAny(HeaderSeparators) < 0)
            {
                if (OutletNamedAfterItsCountry(line) is { } named)
                {
                    return named;
                }
                continue;
            }
            foreach (var part in text.SplitAny(HeaderSeparators))
            {
                // "Staff Correspondent, bdnews24.com": an outlet known by its web address.
                if (text[part].Trim() is { Length: > 1 } name && (lookup.TryGetValue(name, out var country)
                    || name.EndsWith(".com", StringComparison.Ordinal) && lookup.TryGetValue(name[..^4], out country)))
                {
                    return country;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "The Japan Agricultural News", "Kenya Broadcasting Corporation", "The Jordan Times": a line of its own naming an outlet
    /// by its country (or demonym) and a word outlets are named with is that country's, though the lexicon lists it not.
    /// </summary>
    internal static string? OutletNamedAfterItsCountry(string line)
    {
        var words = Tokens.Words(line);
        var start = words.Count > 0 && words[0].Text is "The" ? 1 : 0;
        if (words.Count - start is < 2 or > 6 || !OutletWords.Contains(words[^1].Text) || words.Any(w => !w.IsCapitalized)
            || line.AsSpan(words[^1].End).Trim().Length > 0)
        {
            return null;
        }
        return Countries.LeadingCountry(words.GetRange(start, words.Count - start), words.Count - start - 1) is var (_, country) ? country : null;
    }

    private static readonly HashSet<string> OutletWords = new(StringComparer.Ordinal)
    {
        "News", "Times", "Post", "Herald", "Tribune", "Gazette", "Daily", "Journal", "Observer", "Express", "Chronicle", "Today",
        "Telegraph", "Courier", "Monitor", "Agency", "Radio", "Television", "Broadcasting", "Corporation", "Newswire", "Online",
    };

    private static readonly System.Buffers.SearchValues<char> HeaderSeparators = System.Buffers.SearchValues.Create("·|•,");

    /// <summary>
    /// The home country of an outlet that signs the report in a closing credit line ("- SAnews.gov.za", "(Source: Fena)",
    /// "— MAP"): a short last paragraph of a dash or "Source:" and the outlet's name; else null.
    /// </summary>
    public static string? HomeCountryOfClosingCredit(string? lastParagraph)
    {
        var line = lastParagraph.AsSpan().Trim();
        if (line.Length is 0 or > 40)
        {
            return null;
        }
        line = line.TrimStart("(").TrimEnd(")").TrimStart();
        if (line.StartsWith("Source:", StringComparison.OrdinalIgnoreCase))
        {
            line = line[7..].TrimStart();
        }
        else if (line[0] is '-' or '–' or '—')
        {
            line = line.TrimStart("-–—").TrimStart();
        }
        else
        {
            return null;
        }
        return line.Length > 1 && char.IsUpper(line[0]) ? NamedAtStart(line) : null;
    }

    /// <summary>
    /// The home country of an outlet whose reporter or press office signs off with an address under a country's domain
    /// ("– nkaulinge@nepc.com.na", "Feedback: litia.naivalu@fijisun.com.fj"), in the last few paragraphs; else null.
    /// </summary>
    public static string? HomeCountryOfContactAddress(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        for (var p = paragraphs.Count - 1; p >= Math.Max(0, paragraphs.Count - ContactParagraphs); p--)
        {
            if (paragraphs[p].Contains('@') && ContactAddress().Match(paragraphs[p]) is { Success: true } address
                && CountryDomains.TryGetValue(address.Groups["domain"].Value, out var country))
            {
                return country;
            }
        }
        return null;
    }

    /// <summary>How many closing paragraphs may hold the contact address.</summary>
    private const int ContactParagraphs = 3;

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?<domain>[a-z]{2})\b")]
    private static partial Regex ContactAddress();

    /// <summary>
    /// Countries' internet domains. Left out: those sold mostly for other uses (.co, .io, .tv, .me, .ly, .fm, .am, .ws, .to,
    /// .nu, .la, .vc, .dj), which say nothing about where an address's owner is.
    /// </summary>
    private static readonly Dictionary<string, string> CountryDomains = new(StringComparer.Ordinal)
    {
        ["af"] = "Afghanistan", ["al"] = "Albania", ["dz"] = "Algeria", ["ad"] = "Andorra", ["ao"] = "Angola",
        ["ar"] = "Argentina", ["au"] = "Australia", ["at"] = "Austria", ["az"] = "Azerbaijan", ["bs"] = "Bahamas",
        ["bh"] = "Bahrain", ["bd"] = "Bangladesh", ["bb"] = "Barbados", ["by"] = "Belarus", ["be"] = "Belgium",
        ["bz"] = "Belize", ["bj"] = "Benin", ["bt"] = "Bhutan", ["bo"] = "Bolivia", ["ba"] = "Bosnia and Herzegovina",
        ["bw"] = "Botswana", ["br"] = "Brazil", ["bn"] = "Brunei", ["bg"] = "Bulgaria", ["bf"] = "Burkina Faso",
        ["bi"] = "Burundi", ["kh"] = "Cambodia", ["cm"] = "Cameroon", ["ca"] = "Canada", ["cv"] = "Cape Verde",
        ["cf"] = "Central African Republic", ["td"] = "Chad", ["cl"] = "Chile", ["cn"] = "China", ["km"] = "Comoros",
        ["ck"] = "Cook Islands", ["cr"] = "Costa Rica", ["ci"] = "Cote d'Ivoire", ["hr"] = "Croatia", ["cu"] = "Cuba",
        ["cy"] = "Cyprus", ["cz"] = "Czech Republic", ["cd"] = "Democratic Republic of Congo", ["dk"] = "Denmark",
        ["dm"] = "Dominica", ["do"] = "Dominican Republic", ["ec"] = "Ecuador", ["eg"] = "Egypt",
        ["sv"] = "El Salvador", ["gq"] = "Equatorial Guinea", ["er"] = "Eritrea", ["ee"] = "Estonia",
        ["sz"] = "Eswatini", ["et"] = "Ethiopia", ["fj"] = "Fiji", ["fi"] = "Finland", ["fr"] = "France",
        ["ga"] = "Gabon", ["gm"] = "Gambia", ["ge"] = "Georgia", ["de"] = "Germany", ["gh"] = "Ghana",
        ["gr"] = "Greece", ["gd"] = "Grenada", ["gt"] = "Guatemala", ["gn"] = "Guinea", ["gw"] = "Guinea-Bissau",
        ["gy"] = "Guyana", ["ht"] = "Haiti", ["hn"] = "Honduras", ["hu"] = "Hungary", ["is"] = "Iceland",
        ["in"] = "India", ["id"] = "Indonesia", ["ir"] = "Iran", ["iq"] = "Iraq", ["ie"] = "Ireland",
        ["il"] = "Israel", ["it"] = "Italy", ["jm"] = "Jamaica", ["jp"] = "Japan", ["jo"] = "Jordan",
        ["kz"] = "Kazakhstan", ["ke"] = "Kenya", ["ki"] = "Kiribati", ["kw"] = "Kuwait", ["kg"] = "Kyrgyzstan",
        ["lv"] = "Latvia", ["lb"] = "Lebanon", ["ls"] = "Lesotho", ["lr"] = "Liberia", ["li"] = "Liechtenstein",
        ["lt"] = "Lithuania", ["lu"] = "Luxembourg", ["mg"] = "Madagascar", ["mw"] = "Malawi", ["my"] = "Malaysia",
        ["mv"] = "Maldives", ["ml"] = "Mali", ["mt"] = "Malta", ["mh"] = "Marshall Islands", ["mr"] = "Mauritania",
        ["mu"] = "Mauritius", ["mx"] = "Mexico", ["md"] = "Moldova", ["mc"] = "Monaco", ["mn"] = "Mongolia",
        ["ma"] = "Morocco", ["mz"] = "Mozambique", ["mm"] = "Myanmar", ["na"] = "Namibia", ["nr"] = "Nauru",
        ["np"] = "Nepal", ["nl"] = "Netherlands", ["nz"] = "New Zealand", ["ni"] = "Nicaragua", ["ne"] = "Niger",
        ["ng"] = "Nigeria", ["kp"] = "North Korea", ["mk"] = "North Macedonia", ["no"] = "Norway", ["om"] = "Oman",
        ["pk"] = "Pakistan", ["pw"] = "Palau", ["ps"] = "Palestine", ["pa"] = "Panama", ["pg"] = "Papua New Guinea",
        ["py"] = "Paraguay", ["pe"] = "Peru", ["ph"] = "Philippines", ["pl"] = "Poland", ["pt"] = "Portugal",
        ["qa"] = "Qatar", ["cg"] = "Republic of the Congo", ["ro"] = "Romania", ["ru"] = "Russia", ["rw"] = "Rwanda",
        ["kn"] = "Saint Kitts and Nevis", ["lc"] = "Saint Lucia", ["sm"] = "San Marino",
        ["st"] = "Sao Tome and Principe", ["sa"] = "Saudi Arabia", ["sn"] = "Senegal", ["rs"] = "Serbia",
        ["sc"] = "Seychelles", ["sl"] = "Sierra Leone", ["sg"] = "Singapore", ["sk"] = "Slovakia",
        ["si"] = "Slovenia", ["sb"] = "Solomon Islands", ["so"] = "Somalia", ["za"] = "South Africa",
        ["kr"] = "South Korea", ["ss"] = "South Sudan", ["es"] = "Spain", ["lk"] = "Sri Lanka", ["sd"] = "Sudan",
        ["sr"] = "Suriname", ["se"] = "Sweden", ["ch"] = "Switzerland", ["sy"] = "Syria", ["tw"] = "Taiwan",
        ["tj"] = "Tajikistan", ["tz"] = "Tanzania", ["th"] = "Thailand", ["tl"] = "Timor-Leste", ["tg"] = "Togo",
        ["tt"] = "Trinidad and Tobago", ["tn"] = "Tunisia", ["tr"] = "Turkey", ["tm"] = "Turkmenistan",
        ["ug"] = "Uganda", ["ua"] = "Ukraine", ["ae"] = "United Arab Emirates", ["uk"] = "United Kingdom",
        ["us"] = "United States", ["uy"] = "Uruguay", ["uz"] = "Uzbekistan", ["vu"] = "Vanuatu", ["va"] = "Vatican",
        ["ve"] = "Venezuela", ["vn"] = "Vietnam", ["ye"] = "Yemen", ["zm"] = "Zambia", ["zw"] = "Zimbabwe",
    };

    /// <summary>
    /// The country of the agency or paper whose whole name opens <paramref name="text"/>; with <paramref name="afterThe"/>,
    /// of one whose name starts with "The " ("The Edition") and whose rest opens it.
    /// </summary>
    private static string? NamedAtStart(ReadOnlySpan<char> text, bool afterThe = false)
    {
        foreach (var fullName in NamesLongestFirst)
        {
            if (afterThe && !fullName.StartsWith("The ", StringComparison.Ordinal))
            {
                continue;
            }
            var name = afterThe ? fullName.AsSpan(4) : fullName;
            if (text.StartsWith(name, StringComparison.Ordinal) && (text.Length == name.Length || !char.IsLetterOrDigit(text[name.Length])))
            {
                return HomeCountries[fullName];
            }
        }
        return null;
    }
}
