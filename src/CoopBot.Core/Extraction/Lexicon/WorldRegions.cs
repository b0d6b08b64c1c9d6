namespace CoopBot.Core.Extraction.Lexicon;

/// <summary>
/// <para>
/// First-level administrative regions of the world's countries, so that a speaker's country can be read from the region
/// that heads a title: "the Sarawak government" → Malaysia, "North Kalimantan provincial secretary" → Indonesia,
/// "Guangxi regional government" → China, "Lagos State governor" → Nigeria, "Minas Gerais state secretary" → Brazil,
/// "KwaZulu-Natal premier" → South Africa. Same format as <see cref="WorldCities"/> (one line per country,
/// <c>Country|Region;Region;…</c>), every country written exactly as the canonical first field of Countries' Table.
/// Names of regions only: demonyms ("Bavarian", "Catalan", "Sicilian") are not wanted here.
/// </para>
/// <para>
/// In it: states, provinces, regions, emirates, oblasts, krais, governorates, and counties or districts where they are
/// the first level; autonomous regions and republics (Bangsamoro/BARMM, Kurdistan Region, Gagauzia, Karakalpakstan,
/// Tatarstan); and capital territories (Federal Capital Territory, Australian Capital Territory, Islamabad Capital
/// Territory, National Capital Territory of Delhi, National Capital District). Names are written as English-language
/// news writes them, with the usual other forms: the native or official name beside the English one (Bavaria/Bayern,
/// Catalonia/Cataluña/Catalunya, West Java/Jawa Barat, Gyeonggi/Gyeonggi-do), the long form that heads official titles
/// (Guangxi Zhuang Autonomous Region, Special Region of Yogyakarta), old names still in use (Orissa, NWFP, Katanga),
/// and the plain spelling beside an accented one, as in WorldCities, although the lookup folds accents. Where the bare
/// name is left out (below) but the name with its suffix is unmistakable, only the suffixed form is in: Lagos State,
/// Rivers State, Plateau State, Imo State, Ondo State, Chiba Prefecture, Miyagi Prefecture, Quang Nam Province, Afar
/// Region, Ashanti Region, Harari Region, Sabah State, Pest County. Where a country's first level is only compass
/// names, a few well-known units below it stand in (Sri Lanka's Sabaragamuwa and Uva, Uganda's Buganda and Karamoja,
/// Malawi's districts, Bangladesh's Chittagong Hill Tracts), and Palestine has the West Bank and the Gaza Strip. "New
/// England" is in although no administrative unit, so that it is not read as England. The abbreviations American papers
/// write after a town ("Chanhassen, Minn.", AP style) are in with their full stops ("Minn.", "N.Y."), but for "La." and
/// "Del.", which are Spanish words too; Hawaiʻi with its ʻokina too.
/// </para>
/// <para>
/// Not in, as no administrative unit: islands, seas, rivers, deserts, mountain ranges and historical or geographic
/// regions (Siberia, Mindanao, Borneo, Java, Sumatra, Kalimantan, Patagonia, Dalmatia, Slavonia, Anatolia, Donbas,
/// Ogaden, Kashmir, the Gobi, the Sahel); city districts, special economic zones (Hainan Free Trade Port) and
/// second-level units generally (Greater Jakarta, Kutai Kartanegara, the French départements, the Philippines' cities).
/// </para>
/// <para>
/// Left out on purpose, because a name read as a place gives a person, a company or a phrase a country (and a speaker
/// whose name is a region would no longer be taken for a person):
/// </para>
/// <list type="bullet">
/// <item>Names of regions of two or more countries, or of a region of one and a country, city, river or body of
/// another: Punjab (India, Pakistan), Jammu and Kashmir and Azad Kashmir, Bengal, Georgia, Macedonia, Moldavia, Galicia
/// (Spain; Ukraine and Poland), Tyrol/Tirol (Austria, Italy; South Tyrol is in), Limburg, Luxembourg, Brabant,
/// Pomerania, Silesia, Lapland, Karelia, Jutland, Istria, Thrace, Banat, Bukovina, Dobruja, Badakhshan, Khorasan,
/// Kurdistan, Altai, Amur, Syrdarya, Adamawa (Nigeria; Cameroon's Adamaoua), Adrar (Algeria, Mauritania), Huila
/// (Colombia; Angola's Huíla), National Capital Region and NCR (the Philippines, India's Delhi, Canada's Ottawa), Santa
/// Cruz, La Paz, La Rioja, Córdoba, Bolívar, Sucre, Amazonas, Misiones, Chaco, Río Negro, Los Ríos, La Libertad, San
/// Juan, San Luis, Santa Fe, Tierra del Fuego, Darién, Colón, Maryland (a county of Liberia), Montana (a province of
/// Bulgaria), Florida (a department of Uruguay), Chuy (a town of Uruguay), México and Distrito Federal, Capital
/// District, Essequibo (claimed by Venezuela), Kivu (the lake, Rwanda's too), Copperbelt and Luapula (Zambia's and
/// Congo's; Zambia's "… Province" forms are in), Sangha, Savanes, Comoé, Oti, Nimba, Cubango, Kunene and Zambezi bare,
/// Blue Nile and White Nile bare (the rivers; Sudan's "… State" forms are in), West Nile (the virus), Sinai bare (Mount
/// Sinai, New York's hospital), Papua bare (Papua New Guinea), Zealand (New Zealand; Region Zealand is in), Hampshire
/// (New Hampshire), Connaught (Delhi's Connaught Place), Ulster, Munster; and the compass names (Central, Northern,
/// Eastern Province, Western Province, Central Region, Northern Region, North East Region, North West, Northern
/// Territory, Far North, Western Area, Capital Governorate, Al Shamal, Eastern Highlands, Southern Highlands and
/// Western Highlands bare). Basque Country is Spain's, Baluchistan Pakistan's, Sistan and Baluchestan Iran's.</item>
/// <item>Ordinary words in English or in a language that shows up in English news, and phrases: Mascara, Batman, Van,
/// Tak, Nan, Mon, Chin, Shan, Karen, Bay, Pool, Lac, Mono, Collines, Atlantique, Estuaire, Maritime, Plateaux, Cuvette,
/// Oriental, Centre, Nord, Sud, Ouest, Est, Littoral, Marche, Champagne, Burgundy, Lorraine, Piedmont (the American
/// region; Piemonte is in), Colonia, Cordillera, Independencia, Portuguesa, Laguna, Antique, Bikini, Sal, Fogo, Para,
/// Pará, Paraná and Acre bare, Olt, Vas, Alba, Soum, Mie, Haa, Gasa, Kep, Ra, Ba, Bo, Kef, Encamp, Quiché, Cuando,
/// Durazno, Treinta y Tres, Boquerón, Mountain Province, Free State (Bavaria's and Saxony's "Free State"; Free State
/// Province is in), Hajjah (a Muslim woman's title; Hajjah Governorate is in), Srpska (a Serbian adjective), Primorsky,
/// Pwani (Kenya's coast too), Meta (the company), Chocó (Choco Pie), Tabasco (the sauce), Imo (IMO), Edo (the period),
/// Kirov, Kurgan, Perm, Tula, Orel, Oro; and acronyms that spell something else: ACT, NTT, NTB, KP, KPK, ICT, CAR, UP,
/// PACA.</item>
/// <item>Frequent given names or surnames in a big naming tradition (English, Spanish, Portuguese, Arabic, Turkish,
/// Japanese, Chinese, Vietnamese, Thai, African, Indian, Hebrew): Victoria, Washington (Washington State is in),
/// Virginia (West Virginia is), Georgia, Carolina (North and South Carolina are), Colorado (also Paraguay's and
/// Uruguay's Colorado Party), Savannah, Brittany, Ashanti, Aurora, Lara, Sofia, Diana, Isabela, Isabel, Mara, Lori,
/// Farah, Saida, Mila, Ariana, Uri, Vladimir, Harari, Berat, Karaman, Ogun (Ogün), Sabah (Kuwait's ruling family,
/// Al-Sabah), Qassim, Asir, Muthanna, Salahuddin, Salah al-Din, Saladin, Wardak, Ahmadi, Amran, Samar, Surin, Rewa,
/// Makamba, Salima, Karas, Ondo, Zou, Lau, Bong, Kono, Trang, Yilan, Yamal (Lamine Yamal), Hidalgo, Guerrero, Morazán,
/// Cortés, Herrera, Rivas, Caldas, Magdalena, Cesar, Artigas, Rocha, Soriano, Duarte, Valverde, Espaillat, Orellana,
/// Barahona, Carazo, Madriz, Falcón, Miranda, Vargas, Lempira, Magallanes, Quezon, Rizal, Quirino, Kalinga, Loreto,
/// Pasco, Junín, O'Higgins, Rodrigues, Aragon, Kent, Devon, Clare, Kerry, Mayo, Longford, Monaghan, Tyrone, Nelson,
/// Tasman, Marlborough, Canterbury; the Japanese prefectures that are common surnames (Yamaguchi, Miyazaki, Chiba,
/// Fukui, Toyama, Nagano, Akita, Yamagata, Saga, Ishikawa, Kagawa, Miyagi, Shiga, Wakayama, Yamanashi); and the
/// Vietnamese provinces whose names are common middle and given names (Quang Nam, Khanh Hoa, Thai Binh, Hung Yen, Ha
/// Giang, Vinh Long, Thanh Hoa, Hai Duong, Binh Duong, Long An, Tay Ninh, Tra Vinh…). Many of these are in with the
/// suffix their titles carry ("… Prefecture", "… Province", "… Region", "… Department", "… State"). A surname of the
/// region's own country (Hesse, Sakarya) stays: read as a place, it still gives the right country.</item>
/// <item>A name that is already a city in Countries' CityTable or in WorldCities, which gives the same country: most of
/// Mexico's and Turkey's states and provinces, Japan's Kyoto, Osaka, Hiroshima and Okinawa, China's Jilin, Ukraine's
/// oblasts, the UAE's emirates, Bangladesh's divisions, Bali; and a country or bloc name or variant (Beijing, Jakarta,
/// Tokyo, Washington, Nevis, Barbuda, Tobago, Herzegovina, Brussels).</item>
/// <item>Places whose country is disputed or not in Countries' Table, as in WorldCities: Crimea, the Donetsk and
/// Luhansk "people's republics", Abkhazia, South Ossetia, Transnistria, Kosovo, Somaliland, Western Sahara, Abyei,
/// Nagorno-Karabakh, the Golan Heights; and overseas territories and dependencies that gold sets may take as parties of
/// their own (Puerto Rico, Guam, Greenland, the Faroe Islands,
/// New Caledonia, French Polynesia, Aruba, Curaçao, Bonaire, the Cook Islands, Niue, Tokelau, Jersey, Guernsey, the
/// Isle of Man, Gibraltar, the Falklands, Hong Kong, Macau). France's five overseas regions (Réunion, Guadeloupe,
/// Martinique, Mayotte, French Guiana) are regions of France like any other and are in.</item>
/// </list>
/// <para>
/// Some names hold another country's name or city as a part (Inner Mongolia, East Azerbaijan, Niger State, New Mexico,
/// New Ireland, Los Lagos, Lower Juba, Somali Region), so a lookup must try the whole region before its words.
/// </para>
/// </summary>
internal static class WorldRegions
{
    /// <summary>
    /// Country (canonical, as in Countries' Table) | regions and their other spellings, separated by ';'. No region is
    /// a city of CityTable or WorldCities or a country or bloc variant, and no name stands under two countries.
    /// </summary>
    public const string Table = """
        Afghanistan|Badghis;Baghlan;Balkh;Daykundi;Daikundi;Faryab;Ghor;Helmand;Jowzjan;Jawzjan;Kapisa;Kunar;Laghman;Logar;Nangarhar;Nimroz;Nuristan;Paktia;Paktika;Panjshir;Parwan;Samangan;Sar-e Pol;Sar-e-Pul;Takhar;Uruzgan;Oruzgan;Maidan Wardak;Zabul
        Albania|Berat County;Dibër;Diber;Elbasan;Gjirokastër;Gjirokaster;Korçë;Korce;Kukës;Kukes;Lezhë;Lezhe;Shkodër;Shkoder;Shkodra
        Algeria|Algiers Province;Chlef;Laghouat;Oum El Bouaghi;Béchar;Bechar;Bouira;Tébessa;Tebessa;Tiaret;Djelfa;Jijel;Sidi Bel Abbès;Sidi Bel Abbes;Guelma;Médéa;Medea;Mostaganem;M'Sila;Ouargla;El Bayadh;Illizi;Bordj Bou Arréridj;Bordj Bou Arreridj;Boumerdès;Boumerdes;El Tarf;Tindouf;Tissemsilt;El Oued;Khenchela;Souk Ahras;Tipaza;Aïn Defla;Ain Defla;Naâma;Naama;Aïn Témouchent;Ain Temouchent;Ghardaïa;Ghardaia;Relizane;Timimoun;Djanet;In Salah;In Guezzam;Touggourt;El Meniaa;Ouled Djellal;Béni Abbès;Beni Abbes;Bordj Badji Mokhtar
        Andorra|Canillo;Ordino;La Massana;Sant Julià de Lòria;Sant Julia de Loria;Escaldes-Engordany
        Angola|Bengo;Bié;Bie;Cuando Cubango;Cuanza Norte;Cuanza Sul;Kwanza Norte;Kwanza Sul;Cunene;Huíla Province;Huila Province;Luanda Province;Lunda Norte;Lunda Sul;Malanje;Moxico;Moxico Leste;Namibe;Uíge;Uige;Icolo e Bengo
        Argentina|Buenos Aires Province;Province of Buenos Aires;Chaco Province;Chubut;Corrientes Province;Entre Ríos;Entre Rios;Formosa Province;La Pampa;Misiones Province;Río Negro Province;Rio Negro Province;San Luis Province;Santa Fe Province
        Armenia|Aragatsotn;Gegharkunik;Kotayk;Shirak;Syunik;Tavush;Vayots Dzor;Ararat Province;Armavir Province;Lori Province
        Australia|New South Wales;NSW;Queensland;South Australia;Tasmania;Western Australia;Australian Capital Territory;Jervis Bay Territory;Norfolk Island
        Austria|Burgenland;Carinthia;Kärnten;Karnten;Lower Austria;Niederösterreich;Niederosterreich;Upper Austria;Oberösterreich;Oberosterreich;Styria;Steiermark;Vorarlberg;Salzburg State;Land Salzburg
        Azerbaijan|Nakhchivan Autonomous Republic;Absheron;Abşeron
        Bahamas|New Providence;Grand Bahama;Abaco;Eleuthera;Exuma
        Bangladesh|Chittagong Hill Tracts;Chattogram Hill Tracts;Bandarban;Rangamati;Khagrachari
        Belarus|Brest Region;Brest Oblast;Minsk Region;Minsk Oblast
        Belgium|Flanders;Vlaanderen;Flemish Region;Wallonia;Wallonie;Walloon Region;Brussels-Capital Region;Brussels Capital Region;East Flanders;West Flanders;Flemish Brabant;Walloon Brabant;Hainaut;Ostbelgien
        Belize|Orange Walk;Stann Creek
        Benin|Alibori;Atacora;Borgou;Couffo;Ouémé;Oueme
        Bhutan|Bumthang;Chhukha;Lhuentse;Mongar;Pemagatshel;Punakha;Samdrup Jongkhar;Samtse;Sarpang;Trashigang;Trashiyangtse;Trongsa;Tsirang;Wangdue Phodrang;Zhemgang
        Bolivia|Chuquisaca;Santa Cruz Department;Beni Department;Pando Department;La Paz Department
        Bosnia and Herzegovina|Republika Srpska;Federation of Bosnia and Herzegovina;Brčko District;Brcko District;Una-Sana Canton;Una-Sana;Herzegovina-Neretva;Herzegovina-Neretva Canton;Zenica-Doboj;Tuzla Canton;Sarajevo Canton;Central Bosnia Canton
        Botswana|Chobe;Ghanzi;Kgatleng;Kweneng
        Brazil|Acre State;Alagoas;Amapá;Amapa;Bahia;Ceará;Ceara;Espírito Santo;Espirito Santo;Goiás;Goias;Maranhão;Maranhao;Mato Grosso;Mato Grosso do Sul;Minas Gerais;Pará State;Paraíba;Paraiba;Paraná State;Pernambuco;Piauí;Piaui;Rio Grande do Norte;Rio Grande do Sul;Rondônia;Rondonia;Roraima;Santa Catarina;Sergipe;Tocantins
        Brunei|Belait;Brunei-Muara;Temburong
        Bulgaria|Blagoevgrad;Dobrich;Gabrovo;Haskovo;Kardzhali;Kyustendil;Lovech;Pazardzhik;Pernik;Pleven;Razgrad;Shumen;Silistra;Sliven;Smolyan;Stara Zagora;Targovishte;Vidin;Vratsa;Veliko Tarnovo;Yambol;Montana Province;Sofia Province
        Burkina Faso|Boucle du Mouhoun;Hauts-Bassins;Centre-Nord;Centre-Est;Centre-Ouest;Centre-Sud;Plateau-Central;Guiriko;Kadiogo;Bankui;Goulmou;Nakambé;Nakambe;Yaadga
        Burundi|Bubanza;Bururi;Cankuzo;Cibitoke;Karuzi;Kayanza;Kirundo;Makamba Province;Muramvya;Muyinga;Mwaro;Rumonge;Rutana;Ruyigi;Buhumuza;Burunga;Butanyerera
        Cambodia|Banteay Meanchey;Kampong Chhnang;Kampong Speu;Kampong Thom;Kandal;Koh Kong;Kratié;Kratie;Mondulkiri;Mondul Kiri;Oddar Meanchey;Pailin;Preah Vihear;Prey Veng;Pursat;Ratanakiri;Ratanak Kiri;Stung Treng;Svay Rieng;Takeo Province;Tboung Khmum
        Cameroon|Adamaoua
        Canada|Alberta;British Columbia;Manitoba;New Brunswick;Newfoundland and Labrador;Newfoundland;Nova Scotia;Ontario;Prince Edward Island;Saskatchewan;Northwest Territories;Nunavut;Yukon
        Central African Republic|Bamingui-Bangoran;Basse-Kotto;Haute-Kotto;Haut-Mbomou;Kémo;Kemo;Lobaye;Mambéré-Kadéï;Mambere-Kadei;Mbomou;Nana-Grébizi;Nana-Grebizi;Nana-Mambéré;Nana-Mambere;Ombella-M'Poko;Ouaka;Ouham;Ouham-Pendé;Ouham-Pende;Sangha-Mbaéré;Sangha-Mbaere;Vakaga
        Chad|Batha;Borkou;Chari-Baguirmi;Ennedi;Guéra;Guera;Hadjer-Lamis;Kanem;Logone Occidental;Logone Oriental;Mandoul;Mayo-Kebbi;Mayo-Kebbi Est;Mayo-Kebbi Ouest;Moyen-Chari;Ouaddaï;Ouaddai;Tandjilé;Tandjile;Tibesti;Wadi Fira;Barh El Gazel;Lac Province
        Chile|Arica y Parinacota;Tarapacá;Tarapaca;Antofagasta Region;Atacama;Coquimbo;Valparaíso Region;Valparaiso Region;Santiago Metropolitan Region;Metropolitan Region of Santiago;O'Higgins Region;Maule;Ñuble;Nuble;Biobío;Biobio;Bío Bío;Bio Bio;Araucanía;Araucania;La Araucanía;La Araucania;Los Lagos;Aysén;Aysen;Aisén;Magallanes Region;Magallanes y la Antártica Chilena
        China|Anhui;Fujian;Fukien;Gansu;Guangdong;Kwangtung;Guangxi;Guangxi Zhuang Autonomous Region;Guizhou;Hainan;Hebei;Heilongjiang;Henan;Hubei;Hunan;Inner Mongolia;Inner Mongolia Autonomous Region;Nei Mongol;Jiangsu;Jiangxi;Jilin Province;Liaoning;Ningxia;Ningxia Hui Autonomous Region;Qinghai;Shaanxi;Shandong;Shanxi;Sichuan;Szechuan;Szechwan;Tibet;Tibet Autonomous Region;Xizang;Xizang Autonomous Region;Xinjiang;Xinjiang Uygur Autonomous Region;Xinjiang Uyghur Autonomous Region;Yunnan;Zhejiang
        Colombia|Antioquia;Arauca;Atlántico Department;Atlantico Department;Boyacá;Boyaca;Caquetá;Caqueta;Casanare;Cauca;Valle del Cauca;Cundinamarca;Guainía;Guainia;Guaviare;Huila Department;La Guajira;Nariño;Narino;Norte de Santander;Putumayo;Quindío;Quindio;Risaralda;Tolima;Vaupés;Vaupes;Vichada;Chocó Department;Choco Department;Meta Department;Córdoba Department;Cordoba Department;Bolívar Department;Bolivar Department;Sucre Department;Magdalena Department;Cesar Department;Caldas Department;Santander Department
        Comoros|Grande Comore;Ngazidja;Anjouan;Ndzuwani;Mohéli;Moheli
        Costa Rica|Guanacaste
        Cote d'Ivoire|Bas-Sassandra;Denguélé;Denguele;Gôh-Djiboua;Goh-Djiboua;Sassandra-Marahoué;Sassandra-Marahoue;Vallée du Bandama;Vallee du Bandama;Woroba;Zanzan;Lagunes District;Abidjan Autonomous District
        Croatia|Zagreb County;Split-Dalmatia;Split-Dalmatia County;Dubrovnik-Neretva;Istria County;Primorje-Gorski Kotar;Osijek-Baranja;Šibenik-Knin;Sibenik-Knin;Lika-Senj;Sisak-Moslavina;Međimurje;Medimurje;Krapina-Zagorje;Koprivnica-Križevci;Koprivnica-Krizevci;Bjelovar-Bilogora;Virovitica-Podravina;Požega-Slavonia;Pozega-Slavonia;Brod-Posavina;Vukovar-Srijem;Vukovar-Syrmia
        Cuba|Artemisa;Mayabeque;Villa Clara;Sancti Spíritus;Sancti Spiritus;Ciego de Ávila;Ciego de Avila;Las Tunas;Isla de la Juventud;Isle of Youth
        Czech Republic|Central Bohemian Region;Central Bohemia;South Bohemian Region;South Bohemia;Plzeň Region;Plzen Region;Karlovy Vary Region;Ústí nad Labem Region;Usti nad Labem Region;Liberec Region;Hradec Králové Region;Hradec Kralove Region;Pardubice Region;Vysočina;Vysocina;Olomouc Region;Moravian-Silesian Region;Moravia-Silesia;South Moravian Region;South Moravia;Zlín Region;Zlin Region
        Democratic Republic of Congo|Kongo Central;Bas-Congo;Kwango;Kwilu;Mai-Ndombe;Kasaï;Kasai;Kasaï-Central;Kasai-Central;Kasaï-Oriental;Kasai-Oriental;Lomami;Sankuru;Maniema;South Kivu;North Kivu;Ituri;Haut-Uélé;Haut-Uele;Bas-Uélé;Bas-Uele;Tshopo;Tshuapa;Mongala;Nord-Ubangi;Sud-Ubangi;Haut-Katanga;Haut-Lomami;Lualaba;Katanga;Tanganyika Province;Équateur Province;Equateur Province
        Denmark|Capital Region of Denmark;Region Hovedstaden;Region Zealand;Region Sjælland;Region Sjaelland;Southern Denmark;Region of Southern Denmark;Region Syddanmark;Central Denmark Region;Central Denmark;Region Midtjylland;North Denmark Region;Region Nordjylland;North Jutland;Bornholm
        Djibouti|Ali Sabieh;Dikhil;Obock;Tadjourah;Tadjoura;Arta Region
        Dominican Republic|Azua;Bahoruco;Baoruco;Dajabón;Dajabon;Elías Piña;Elias Pina;El Seibo;Hato Mayor;Hermanas Mirabal;La Altagracia;Monseñor Nouel;Monsenor Nouel;Monte Plata;Peravia;Samaná;Samana;San José de Ocoa;San Jose de Ocoa
        Ecuador|Azuay;Cañar;Canar;Carchi;Chimborazo;Cotopaxi;El Oro;Galápagos;Galapagos;Galápagos Islands;Galapagos Islands;Guayas;Imbabura;Loja;Manabí;Manabi;Morona Santiago;Napo;Pastaza;Pichincha;Santo Domingo de los Tsáchilas;Santo Domingo de los Tsachilas;Sucumbíos;Sucumbios;Tungurahua;Zamora Chinchipe;Orellana Province;Esmeraldas Province
        Egypt|Beheira;Dakahlia;Gharbia;Kafr El Sheikh;Kafr el-Sheikh;Matrouh;Monufia;Menoufia;Menofia;New Valley;North Sinai;South Sinai;Sinai Peninsula;Qalyubia;Qalyubiya;Sharqia;Sharkia;Red Sea Governorate
        El Salvador|Ahuachapán;Ahuachapan;Chalatenango;Cuscatlán;Cuscatlan;Sonsonate;Usulután;Usulutan
        Equatorial Guinea|Bioko;Bioko Norte;Bioko Sur;Annobón;Annobon;Kié-Ntem;Kie-Ntem;Wele-Nzas;Djibloho;Río Muni;Rio Muni
        Eritrea|Anseba;Debub;Gash-Barka;Gash Barka;Maekel;Northern Red Sea;Southern Red Sea
        Estonia|Harju County;Harjumaa;Ida-Viru;Ida-Viru County;Ida-Virumaa;Pärnu;Parnu;Lääne-Viru;Laane-Viru;Saaremaa;Hiiumaa;Viljandi;Võru;Voru;Jõgeva;Jogeva;Järva;Jarva;Rapla;Põlva;Polva
        Eswatini|Hhohho;Lubombo;Shiselweni
        Ethiopia|Tigray;Oromia;Amhara;Afar Region;Benishangul-Gumuz;Benishangul Gumuz;Harari Region;Sidama;Somali Region;SNNPR;South West Ethiopia;South Ethiopia;Central Ethiopia
        Fiji|Cakaudrove;Kadavu;Lomaiviti;Macuata;Nadroga-Navosa;Naitasiri;Namosi;Serua;Tailevu;Rotuma
        Finland|Uusimaa;Finnish Lapland;Pirkanmaa;Southwest Finland;Varsinais-Suomi;Ostrobothnia;North Ostrobothnia;South Ostrobothnia;Central Ostrobothnia;Satakunta;Kanta-Häme;Kanta-Hame;Päijät-Häme;Paijat-Hame;Kymenlaakso;South Karelia;North Karelia;South Savo;North Savo;Central Finland;Kainuu;Åland;Aland;Åland Islands;Aland Islands
        France|Auvergne-Rhône-Alpes;Auvergne-Rhone-Alpes;Bourgogne-Franche-Comté;Bourgogne-Franche-Comte;Bretagne;Centre-Val de Loire;Corsica;Corse;Grand Est;Hauts-de-France;Île-de-France;Ile-de-France;Normandy;Normandie;Nouvelle-Aquitaine;Occitanie;Occitania;Pays de la Loire;Provence-Alpes-Côte d'Azur;Provence-Alpes-Cote d'Azur;Provence;Côte d'Azur;Cote d'Azur;Alsace;Franche-Comté;Franche-Comte;Aquitaine;Languedoc;Languedoc-Roussillon;Picardy;Picardie;Auvergne;Rhône-Alpes;Rhone-Alpes;Poitou-Charentes;Midi-Pyrénées;Midi-Pyrenees;Nord-Pas-de-Calais;Réunion;Reunion;La Réunion;Guadeloupe;Martinique;Mayotte;French Guiana
        Gabon|Haut-Ogooué;Haut-Ogooue;Moyen-Ogooué;Moyen-Ogooue;Ngounié;Ngounie;Ogooué-Ivindo;Ogooue-Ivindo;Ogooué-Lolo;Ogooue-Lolo;Ogooué-Maritime;Ogooue-Maritime;Woleu-Ntem
        Gambia|Kanifing;North Bank Region;Lower River Region;Central River Region;Upper River Region
        Georgia|Adjara;Ajara;Adjaria;Guria;Imereti;Kakheti;Kvemo Kartli;Shida Kartli;Mtskheta-Mtianeti;Racha-Lechkhumi and Kvemo Svaneti;Samegrelo-Zemo Svaneti;Samegrelo;Samtskhe-Javakheti;Javakheti;Svaneti
        Germany|Baden-Württemberg;Baden-Wurttemberg;Baden-Wuerttemberg;Bavaria;Bayern;Brandenburg;Hesse;Hessen;Lower Saxony;Niedersachsen;Mecklenburg-Vorpommern;Mecklenburg-Western Pomerania;North Rhine-Westphalia;Nordrhein-Westfalen;NRW;Rhineland-Palatinate;Rheinland-Pfalz;Saarland;Saxony;Sachsen;Saxony-Anhalt;Sachsen-Anhalt;Schleswig-Holstein;Thuringia;Thüringen;Thuringen
        Ghana|Ahafo;Ahafo Region;Ashanti Region;Bono Region;Bono East;Bono East Region;Greater Accra;Greater Accra Region;Oti Region;Upper East Region;Upper West Region;Volta Region;Savannah Region;Western North Region
        Greece|Attica;Attiki;Crete;Thessaly;Peloponnese;Western Greece;Central Greece;Ionian Islands;North Aegean;South Aegean;Central Macedonia;Western Macedonia;Eastern Macedonia and Thrace;Mount Athos;Epirus
        Guatemala|Alta Verapaz;Baja Verapaz;Chimaltenango;Chiquimula;Escuintla;Huehuetenango;Izabal;Jutiapa;Petén;Peten;El Quiché;Retalhuleu;Sacatepéquez;Sacatepequez;Sololá;Solola;Suchitepéquez;Suchitepequez;Totonicapán;Totonicapan;Zacapa
        Guinea|Faranah;Labé;Labe;Mamou
        Guinea-Bissau|Bafatá;Bafata;Biombo;Bolama;Cacheu;Gabú;Gabu;Oio;Quinara;Tombali;Bijagós;Bijagos
        Guyana|Barima-Waini;Pomeroon-Supenaam;Essequibo Islands-West Demerara;Demerara-Mahaica;Mahaica-Berbice;East Berbice-Corentyne;Cuyuni-Mazaruni;Potaro-Siparuni;Upper Takutu-Upper Essequibo;Upper Demerara-Berbice
        Haiti|Artibonite;Grand'Anse;Grande-Anse;Nippes
        Honduras|Copán;Copan;Francisco Morazán;Francisco Morazan;Intibucá;Intibuca;Islas de la Bahía;Islas de la Bahia;Bay Islands;Ocotepeque;Olancho;Yoro
        Hungary|Bács-Kiskun;Bacs-Kiskun;Baranya;Békés;Bekes;Borsod-Abaúj-Zemplén;Borsod-Abauj-Zemplen;Csongrád-Csanád;Csongrad-Csanad;Csongrád;Fejér;Fejer;Győr-Moson-Sopron;Gyor-Moson-Sopron;Hajdú-Bihar;Hajdu-Bihar;Heves;Jász-Nagykun-Szolnok;Jasz-Nagykun-Szolnok;Komárom-Esztergom;Komarom-Esztergom;Nógrád;Nograd;Pest County;Somogy;Szabolcs-Szatmár-Bereg;Szabolcs-Szatmar-Bereg;Tolna;Veszprém;Veszprem;Zala County
        Iceland|Westfjords
        India|Andhra Pradesh;Arunachal Pradesh;Assam;Bihar;Chhattisgarh;Gujarat;Haryana;Himachal Pradesh;Jharkhand;Karnataka;Kerala;Madhya Pradesh;Maharashtra;Manipur;Meghalaya;Mizoram;Nagaland;Odisha;Orissa;Rajasthan;Sikkim;Tamil Nadu;Telangana;Tripura;Uttar Pradesh;Uttarakhand;Uttaranchal;West Bengal;Andaman and Nicobar Islands;Andaman and Nicobar;Dadra and Nagar Haveli and Daman and Diu;Dadra and Nagar Haveli;Daman and Diu;National Capital Territory of Delhi;NCT of Delhi;Ladakh;Lakshadweep
        Indonesia|Aceh;Nanggroe Aceh Darussalam;Bangka Belitung;Bangka Belitung Islands;Bangka-Belitung;Banten;Central Java;Jawa Tengah;Central Kalimantan;Kalimantan Tengah;Central Sulawesi;Sulawesi Tengah;East Java;Jawa Timur;East Kalimantan;Kalimantan Timur;East Nusa Tenggara;Nusa Tenggara Timur;Lampung;Maluku;Moluccas;North Kalimantan;Kalimantan Utara;North Maluku;Maluku Utara;North Sulawesi;Sulawesi Utara;North Sumatra;Sumatera Utara;Papua Province;Central Papua;Papua Tengah;Highland Papua;Papua Pegunungan;South Papua;Papua Selatan;Southwest Papua;Papua Barat Daya;West Papua;Papua Barat;Riau;Riau Islands;Kepulauan Riau;South Kalimantan;Kalimantan Selatan;South Sulawesi;Sulawesi Selatan;South Sumatra;Sumatera Selatan;Southeast Sulawesi;Sulawesi Tenggara;West Java;Jawa Barat;West Kalimantan;Kalimantan Barat;West Nusa Tenggara;Nusa Tenggara Barat;West Sulawesi;Sulawesi Barat;West Sumatra;Sumatera Barat;Special Region of Yogyakarta;Daerah Istimewa Yogyakarta;Yogyakarta Special Region;DKI Jakarta;Special Capital Region of Jakarta
        Iran|Alborz;Chaharmahal and Bakhtiari;Chaharmahal-Bakhtiari;East Azerbaijan;West Azerbaijan;Fars;Gilan;Guilan;Golestan;Hormozgan;Khuzestan;Kohgiluyeh and Boyer-Ahmad;Kurdistan Province;Lorestan;Luristan;Markazi;Mazandaran;Razavi Khorasan;Khorasan Razavi;North Khorasan;South Khorasan;Semnan;Sistan and Baluchestan;Sistan-Baluchestan;Sistan and Baluchistan;Ilam Province
        Iraq|Anbar;Al Anbar;Babil;Babylon Province;Dhi Qar;Diyala;Halabja;Maysan;Missan;Muthanna Province;Nineveh;Ninawa;Qadisiyah;Al-Qadisiyah;Diwaniyah;Saladin Province;Salahuddin Province;Salah al-Din Province;Wasit;Kurdistan Region;Kurdistan Region of Iraq;Kurdistan Regional Government;KRG;Baghdad Province
        Ireland|Leinster;Connacht;Donegal;Wicklow;Kildare;Meath;Wexford;Tipperary;Kilkenny;Carlow;Laois;Offaly;Westmeath;Roscommon;Sligo;Leitrim;Cavan;County Kerry;County Clare;County Cork;County Mayo;County Limerick;County Longford;County Monaghan;County Louth;County Galway;County Dublin;County Waterford;County Donegal
        Italy|Abruzzo;Aosta Valley;Valle d'Aosta;Apulia;Puglia;Basilicata;Calabria;Campania;Emilia-Romagna;Friuli Venezia Giulia;Friuli-Venezia Giulia;Friuli;Lazio;Latium;Liguria;Lombardy;Lombardia;Marche Region;Molise;Piemonte;Sardinia;Sardegna;Sicily;Sicilia;Trentino-Alto Adige;Trentino-South Tyrol;Trentino;South Tyrol;Alto Adige;Südtirol;Sudtirol;Tuscany;Toscana;Umbria;Veneto
        Japan|Aichi;Aomori;Ehime;Gifu;Gunma;Hokkaido;Hyogo;Hyōgo;Ibaraki;Iwate;Kanagawa;Shimane;Tochigi;Tokushima;Tottori;Aichi Prefecture;Akita Prefecture;Aomori Prefecture;Chiba Prefecture;Ehime Prefecture;Fukui Prefecture;Fukuoka Prefecture;Fukushima Prefecture;Gifu Prefecture;Gunma Prefecture;Hiroshima Prefecture;Hokkaido Prefecture;Hyogo Prefecture;Ibaraki Prefecture;Ishikawa Prefecture;Iwate Prefecture;Kagawa Prefecture;Kagoshima Prefecture;Kanagawa Prefecture;Kochi Prefecture;Kumamoto Prefecture;Kyoto Prefecture;Mie Prefecture;Miyagi Prefecture;Miyazaki Prefecture;Nagano Prefecture;Nagasaki Prefecture;Nara Prefecture;Niigata Prefecture;Oita Prefecture;Okayama Prefecture;Okinawa Prefecture;Osaka Prefecture;Saga Prefecture;Saitama Prefecture;Shiga Prefecture;Shimane Prefecture;Shizuoka Prefecture;Tochigi Prefecture;Tokushima Prefecture;Tottori Prefecture;Toyama Prefecture;Wakayama Prefecture;Yamagata Prefecture;Yamaguchi Prefecture;Yamanashi Prefecture
        Jordan|Ajloun;Ajlun;Balqa;Al-Balqa;Ma'an Governorate;Tafilah;Tafileh;Karak Governorate;Kerak Governorate
        Kazakhstan|Abai Region;Akmola;Akmola Region;Almaty Region;East Kazakhstan;Jambyl;Zhambyl;Jetisu;Zhetysu;Mangystau;Mangistau;North Kazakhstan;Turkistan Region;Turkestan Region;Ulytau;West Kazakhstan;Karaganda Region;Aktobe Region;Atyrau Region;Kostanay Region;Kyzylorda Region;Pavlodar Region
        Kenya|Baringo;Bomet;Bungoma;Busia County;Elgeyo-Marakwet;Elgeyo Marakwet;Embu;Homa Bay;Kajiado;Kericho;Kiambu;Kirinyaga;Kisii;Kitui;Kwale;Laikipia;Makueni;Marsabit;Migori;Murang'a;Muranga;Nandi County;Narok;Nyamira;Nyandarua;Samburu;Siaya;Taita-Taveta;Taita Taveta;Tana River;Tharaka-Nithi;Tharaka Nithi;Trans-Nzoia;Trans Nzoia;Turkana;Uasin Gishu;Vihiga;West Pokot
        Kiribati|Gilbert Islands;Line Islands;Phoenix Islands;Kiritimati
        Kuwait|Farwaniya;Farwaniyah;Hawalli;Jahra;Al Jahra;Mubarak Al-Kabeer;Al Ahmadi Governorate
        Kyrgyzstan|Chuy Region;Issyk-Kul;Issyk Kul;Ysyk-Köl;Ysyk-Kol;Osh Region;Talas Region;Batken Region;Naryn Region;Jalal-Abad Region
        Laos|Attapeu;Attapu;Bokeo;Bolikhamsai;Bolikhamxay;Champasak;Champassak;Houaphanh;Khammouane;Luang Namtha;Oudomxay;Oudomxai;Phongsaly;Phongsali;Salavan;Saravane;Vientiane Province;Vientiane Prefecture;Xaignabouli;Sayabouly;Sainyabuli;Xaisomboun;Xiangkhouang;Xieng Khouang
        Latvia|Kurzeme;Courland;Vidzeme;Latgale;Latgalia;Zemgale
        Lebanon|Akkar;Baalbek-Hermel;Bekaa;Beqaa;Bekaa Valley;Keserwan;Keserwan-Jbeil;Mount Lebanon;Nabatieh;Nabatiyeh;South Lebanon;North Lebanon
        Lesotho|Butha-Buthe;Leribe;Mafeteng;Mohale's Hoek;Mokhotlong;Qacha's Nek;Quthing;Thaba-Tseka
        Liberia|Bomi;Bong County;Gbarpolu;Grand Bassa;Grand Cape Mount;Grand Gedeh;Grand Kru;Lofa;Margibi;Montserrado;Nimba County;Rivercess;River Cess;River Gee;Sinoe
        Libya|Tripolitania;Cyrenaica;Fezzan;Fezan
        Lithuania|Panevėžys;Panevezys;Alytus;Marijampolė;Marijampole;Tauragė;Taurage;Telšiai;Telsiai;Utena;Vilnius County;Kaunas County;Klaipėda County;Klaipeda County;Šiauliai County;Siauliai County;Samogitia
        Madagascar|Alaotra-Mangoro;Amoron'i Mania;Analamanga;Analanjirofo;Androy;Anosy;Atsimo-Andrefana;Atsimo-Atsinanana;Atsinanana;Betsiboka;Boeny;Bongolava;Haute Matsiatra;Ihorombe;Itasy;Melaky;Menabe;Vakinankaratra;Vatovavy;Fitovinany;Diana Region;Sava Region;Sofia Region
        Malawi|Mzimba;Mangochi;Kasungu;Dedza;Salima District;Karonga;Nkhata Bay;Nsanje;Chikwawa;Mulanje;Thyolo;Machinga;Balaka;Dowa;Ntcheu;Mchinji;Rumphi;Chitipa;Likoma;Nkhotakota;Phalombe;Chiradzulu
        Malaysia|Johor;Kedah;Kelantan;Negeri Sembilan;Pahang;Pulau Pinang;Perak;Perlis;Sabah State;Sarawak;Selangor;Terengganu;Trengganu;Federal Territory of Kuala Lumpur;Federal Territory of Labuan;Federal Territory of Putrajaya
        Mali|Koulikoro;Ménaka;Menaka;Taoudénit;Taoudenit;Taoudeni;Bandiagara;Douentza;Dioïla;Dioila;Bougouni;Gao Region
        Malta|Gozo
        Marshall Islands|Kwajalein;Enewetak;Ebeye;Jaluit
        Mauritania|Assaba;Brakna;Dakhlet Nouadhibou;Gorgol;Guidimaka;Hodh Ech Chargui;Hodh El Chargui;Hodh El Gharbi;Inchiri;Tagant;Tiris Zemmour;Trarza
        Mauritius|Pamplemousses;Plaines Wilhems;Rivière du Rempart;Riviere du Rempart;Flacq;Rodrigues Island;Agaléga;Agalega
        Mexico|Baja California;Baja California Sur;Chiapas;Coahuila;Guerrero State;Hidalgo State;State of Mexico;Estado de México;Estado de Mexico;Edomex;Michoacán;Michoacan;Morelos;Nayarit;Nuevo León;Nuevo Leon;Quintana Roo;Sinaloa;Sonora;Tabasco State;Tamaulipas;Yucatán;Yucatan
        Micronesia|Yap State;Chuuk State;Pohnpei State;Kosrae State
        Moldova|Gagauzia;Gagauz Yeri;Gagauz Autonomy
        Mongolia|Arkhangai;Bayan-Ölgii;Bayan-Olgii;Bayankhongor;Darkhan-Uul;Dornod;Dornogovi;Dundgovi;Govi-Altai;Govisümber;Govisumber;Khentii;Khovd;Khövsgöl;Khovsgol;Ömnögovi;Omnogovi;South Gobi;Orkhon;Övörkhangai;Ovorkhangai;Selenge;Zavkhan
        Morocco|Tanger-Tétouan-Al Hoceïma;Tanger-Tetouan-Al Hoceima;Tangier-Tetouan-Al Hoceima;Fès-Meknès;Fes-Meknes;Rabat-Salé-Kénitra;Rabat-Sale-Kenitra;Béni Mellal-Khénifra;Beni Mellal-Khenifra;Casablanca-Settat;Marrakesh-Safi;Marrakech-Safi;Drâa-Tafilalet;Draa-Tafilalet;Souss-Massa;Guelmim-Oued Noun
        Mozambique|Cabo Delgado;Manica;Maputo Province;Niassa;Sofala;Zambezia;Zambézia
        Myanmar|Kachin;Kachin State;Kayah;Kayah State;Karenni;Kayin;Kayin State;Karen State;Chin State;Mon State;Shan State;Rakhine;Rakhine State;Arakan;Sagaing;Sagaing Region;Tanintharyi;Tenasserim;Ayeyarwady;Ayeyarwady Region;Irrawaddy Region;Bago Region;Magway Region;Mandalay Region;Yangon Region;Naypyidaw Union Territory;Wa State
        Namibia|Erongo;Hardap;Karas Region;Kavango East;Kavango West;Khomas;Kunene Region;Ohangwena;Omaheke;Omusati;Oshana;Oshikoto;Otjozondjupa;Zambezi Region;Caprivi
        Nepal|Madhesh;Madhesh Province;Koshi Province;Bagmati;Bagmati Province;Gandaki;Gandaki Province;Lumbini Province;Karnali;Karnali Province;Sudurpashchim;Sudurpaschim;Sudurpashchim Province
        Netherlands|Drenthe;Flevoland;Friesland;Fryslân;Fryslan;Gelderland;North Brabant;Noord-Brabant;North Holland;Noord-Holland;South Holland;Zuid-Holland;Overijssel;Zeeland
        New Zealand|Northland;Waikato;Bay of Plenty;Hawke's Bay;Hawkes Bay;Taranaki;Manawatū-Whanganui;Manawatu-Whanganui;Manawatu;Otago;Southland;Chatham Islands
        Nicaragua|Boaco;Chontales;Jinotega;Nueva Segovia;Río San Juan;Rio San Juan;North Caribbean Coast Autonomous Region;South Caribbean Coast Autonomous Region;RAAN;RAAS
        Niger|Tillabéri;Tillaberi;Tillabery;Dosso Region
        Nigeria|Abia;Abia State;Adamawa State;Akwa Ibom;Anambra;Bauchi State;Bayelsa;Benue;Benue State;Borno;Borno State;Cross River State;Delta State;Ebonyi;Edo State;Ekiti;Ekiti State;Enugu State;Gombe State;Imo State;Jigawa;Kaduna State;Kano State;Katsina State;Kebbi;Kebbi State;Kogi;Kogi State;Kwara;Kwara State;Lagos State;Nasarawa;Niger State;Ogun State;Ondo State;Osun;Osun State;Oyo State;Plateau State;Rivers State;Sokoto State;Taraba;Yobe;Zamfara;Zamfara State;Federal Capital Territory
        North Korea|North Hamgyong;South Hamgyong;North Hwanghae;South Hwanghae;North Pyongan;South Pyongan;Chagang;Ryanggang;Yanggang
        North Macedonia|Pelagonia;Polog
        Norway|Akershus;Østfold;Ostfold;Buskerud;Vestfold;Telemark;Innlandet;Agder;Rogaland;Vestland;Møre og Romsdal;More og Romsdal;Trøndelag;Trondelag;Nordland;Troms;Finnmark;Svalbard
        Oman|Dhofar;Musandam;Al Batinah;North Al Batinah;South Al Batinah;Buraimi;Al Buraimi;Ad Dakhiliyah;Al Dakhiliyah;Ash Sharqiyah;North Ash Sharqiyah;South Ash Sharqiyah;Al Dhahirah
        Pakistan|Sindh;Khyber Pakhtunkhwa;Khyber-Pakhtunkhwa;Balochistan;Baluchistan;Gilgit-Baltistan;Islamabad Capital Territory;Federally Administered Tribal Areas;FATA;North-West Frontier Province;NWFP
        Palestine|West Bank;Gaza Strip
        Panama|Bocas del Toro;Chiriquí;Chiriqui;Coclé;Cocle;Veraguas;Panamá Oeste;Panama Oeste;West Panama;Guna Yala;Ngäbe-Buglé;Ngabe-Bugle;Emberá-Wounaan;Embera-Wounaan;Darién Province;Darien Province
        Papua New Guinea|Bougainville;Autonomous Region of Bougainville;Chimbu;Simbu;East New Britain;East Sepik;Eastern Highlands Province;Enga;Gulf Province;Hela Province;Jiwaka;Manus;Milne Bay;Morobe;New Ireland;Oro Province;Southern Highlands Province;West New Britain;West Sepik;Sandaun;Western Highlands Province;National Capital District
        Paraguay|Alto Paraguay;Alto Paraná;Alto Parana;Amambay;Boquerón Department;Boqueron Department;Caaguazú;Caaguazu;Caazapá;Caazapa;Canindeyú;Canindeyu;Itapúa;Itapua;Ñeembucú;Neembucu;Paraguarí;Paraguari;Presidente Hayes
        Peru|Áncash;Ancash;Apurímac;Apurimac;Huancavelica;Huánuco;Huanuco;Lambayeque;Madre de Dios;Moquegua;Ucayali;Loreto Region;Pasco Region;Junín Region;Junin Region;San Martín Region;San Martin Region;La Libertad Region;Amazonas Region
        Philippines|Cordillera Administrative Region;Ilocos Region;Cagayan Valley;Central Luzon;Calabarzon;Mimaropa;Bicol Region;Bicol;Western Visayas;Central Visayas;Eastern Visayas;Zamboanga Peninsula;Northern Mindanao;Davao Region;Soccsksargen;Caraga;Bangsamoro;BARMM;Bangsamoro Autonomous Region in Muslim Mindanao;Bangsamoro Autonomous Region;ARMM;Autonomous Region in Muslim Mindanao;Negros Island Region;Abra;Agusan del Norte;Agusan del Sur;Aklan;Albay;Apayao;Basilan;Bataan;Batanes;Benguet;Biliran;Bohol;Bukidnon;Bulacan;Cagayan;Camarines Norte;Camarines Sur;Camiguin;Capiz;Catanduanes;Cavite;Davao de Oro;Davao del Norte;Davao del Sur;Davao Occidental;Davao Oriental;Dinagat Islands;Eastern Samar;Guimaras;Ifugao;Ilocos Norte;Ilocos Sur;Isabela Province;Kalinga Province;Laguna Province;Lanao del Norte;Lanao del Sur;Leyte;Maguindanao;Maguindanao del Norte;Maguindanao del Sur;Marinduque;Masbate;Misamis Occidental;Misamis Oriental;Negros Occidental;Negros Oriental;Northern Samar;Nueva Ecija;Nueva Vizcaya;Occidental Mindoro;Oriental Mindoro;Palawan;Pampanga;Pangasinan;Quezon Province;Rizal Province;Romblon;Sarangani;Siquijor;Sorsogon;South Cotabato;Southern Leyte;Sultan Kudarat;Sulu;Surigao del Norte;Surigao del Sur;Tarlac;Tawi-Tawi;Zambales;Zamboanga del Norte;Zamboanga del Sur;Zamboanga Sibugay
        Poland|Greater Poland;Wielkopolska;Lesser Poland;Małopolska;Malopolska;Lower Silesia;Dolnośląskie;Dolnoslaskie;Lubusz;Lubuskie;Masovia;Mazovia;Mazowsze;Mazowieckie;Opole;Opolskie;Podkarpackie;Subcarpathia;Podlaskie;Podlasie;Pomorskie;Świętokrzyskie;Swietokrzyskie;Warmia-Masuria;Warmia-Mazury;Warmińsko-Mazurskie;Warminsko-Mazurskie;West Pomerania;Zachodniopomorskie;Kuyavia-Pomerania;Kujawsko-Pomorskie;Łódzkie;Lodzkie;Lubelskie;Śląskie;Slaskie;Silesian Voivodeship;Masovian Voivodeship;Lower Silesian Voivodeship;Pomeranian Voivodeship;West Pomeranian Voivodeship;Lesser Poland Voivodeship;Greater Poland Voivodeship;Subcarpathian Voivodeship;Lublin Voivodeship;Łódź Voivodeship;Lodz Voivodeship;Warmian-Masurian Voivodeship;Kuyavian-Pomeranian Voivodeship;Lubusz Voivodeship;Opole Voivodeship;Podlaskie Voivodeship
        Portugal|Azores;Açores;Acores;Madeira;Algarve;Alentejo
        Qatar|Al Daayen;Umm Salal;Al Shahaniya
        Republic of the Congo|Bouenza;Cuvette-Ouest;Kouilou;Lékoumou;Lekoumou;Likouala;Niari
        Romania|Argeș;Arges;Bacău;Bacau;Bihor;Bistrița-Năsăud;Bistrita-Nasaud;Botoșani;Botosani;Brăila;Braila;Buzău;Buzau;Călărași;Calarasi;Caraș-Severin;Caras-Severin;Covasna;Dâmbovița;Dambovita;Dolj;Giurgiu;Gorj;Harghita;Hunedoara;Ialomița;Ialomita;Ilfov;Maramureș;Maramures;Mehedinți;Mehedinti;Mureș;Mures;Neamț;Neamt;Prahova;Sălaj;Salaj;Satu Mare;Suceava;Teleorman;Timiș;Timis;Tulcea;Vâlcea;Valcea;Vaslui;Vrancea;Transylvania;Wallachia;Oltenia;Muntenia
        Russia|Adygea;Altai Republic;Altai Krai;Bashkortostan;Bashkiria;Buryatia;Chechnya;Chechen Republic;Chuvashia;Dagestan;Daghestan;Ingushetia;Kabardino-Balkaria;Kalmykia;Karachay-Cherkessia;Republic of Karelia;Khakassia;Komi Republic;Mari El;Mordovia;North Ossetia;North Ossetia-Alania;Sakha;Sakha Republic;Yakutia;Tatarstan;Tuva;Tyva;Udmurtia;Kamchatka;Kamchatka Krai;Primorye;Primorsky Krai;Perm Krai;Zabaykalsky Krai;Transbaikal;Transbaikalia;Amur Region;Amur Oblast;Kuzbass;Ivanovo;Ivanovo Region;Kirov Region;Kirov Oblast;Kostroma;Kurgan Region;Kurgan Oblast;Leningrad Region;Leningrad Oblast;Moscow Region;Moscow Oblast;Novgorod Region;Novgorod Oblast;Oryol;Oryol Region;Oryol Oblast;Sakhalin;Sverdlovsk;Sverdlovsk Region;Sverdlovsk Oblast;Tambov;Tula Region;Tula Oblast;Vladimir Region;Vladimir Oblast;Jewish Autonomous Oblast;Jewish Autonomous Region;Chukotka;Khanty-Mansi;Khanty-Mansi Autonomous Okrug;Yugra;Yamalo-Nenets;Nenets Autonomous Okrug;Perm Region
        Saudi Arabia|Asir Region;Aseer;Al-Qassim;Al Qassim;Qassim Region;Qassim Province;Northern Borders;Northern Borders Region;Al-Baha;Al Baha;Al Bahah;Al-Jouf Region;Riyadh Region;Riyadh Province;Makkah Region;Makkah Province;Madinah Region;Madinah Province
        Senegal|Diourbel;Fatick;Kaffrine;Kédougou;Kedougou;Kolda;Louga;Matam;Sédhiou;Sedhiou;Tambacounda;Casamance
        Serbia|Vojvodina;Šumadija;Sumadija
        Sierra Leone|Bombali;Bonthe;Kailahun;Kambia;Koinadugu;Moyamba;Port Loko;Pujehun;Tonkolili;Falaba;Kono District
        Slovakia|Trnava;Trenčín;Trencin;Nitra;Prešov;Presov;Bratislava Region;Košice Region;Kosice Region;Žilina Region;Zilina Region;Banská Bystrica Region;Banska Bystrica Region
        Solomon Islands|Guadalcanal;Makira-Ulawa;Makira;Malaita;Rennell and Bellona;Temotu
        Somalia|Puntland;Jubaland;Galmudug;Hirshabelle;South West State;Banadir;Benadir;Bakool;Gedo;Lower Juba;Middle Juba;Lower Shabelle;Middle Shabelle;Hiiraan;Mudug;Nugal;Nugaal;Galguduud;Sanaag;Awdal;Togdheer
        South Africa|Eastern Cape;Free State Province;Gauteng;KwaZulu-Natal;KwaZulu Natal;KZN;Limpopo;Mpumalanga;North West Province;Northern Cape;Western Cape
        South Korea|Gyeonggi;Gyeonggi-do;Gyeonggi Province;Kyonggi;Gangwon;Gangwon-do;Gangwon Province;Gangwon State;North Chungcheong;Chungcheongbuk-do;Chungbuk;South Chungcheong;Chungcheongnam-do;Chungnam;Chungcheong;North Jeolla;Jeollabuk-do;Jeonbuk;Jeonbuk State;South Jeolla;Jeollanam-do;Jeonnam;Jeolla;North Gyeongsang;Gyeongsangbuk-do;Gyeongbuk;South Gyeongsang;Gyeongsangnam-do;Gyeongnam;Gyeongsang;Jeju Province;Jeju Special Self-Governing Province;Jeju-do
        South Sudan|Central Equatoria;Eastern Equatoria;Western Equatoria;Equatoria;Jonglei;Lakes State;Northern Bahr el Ghazal;Western Bahr el Ghazal;Bahr el Ghazal;Unity State;Upper Nile;Upper Nile State;Warrap;Pibor;Greater Pibor Administrative Area;Ruweng
        Spain|Andalusia;Andalucía;Andalucia;Asturias;Balearic Islands;Baleares;Illes Balears;Basque Country;Euskadi;País Vasco;Pais Vasco;Canary Islands;Canarias;Cantabria;Castile and León;Castile and Leon;Castilla y León;Castilla y Leon;Castile-La Mancha;Castilla-La Mancha;Catalonia;Cataluña;Cataluna;Catalunya;Extremadura;Navarre;Navarra;Valencian Community;Comunitat Valenciana;Comunidad Valenciana;Community of Madrid;Comunidad de Madrid;Region of Murcia;Ceuta;Melilla
        Sri Lanka|Sabaragamuwa;Uva Province;North Central Province
        Sudan|Blue Nile State;Central Darfur;East Darfur;North Darfur;South Darfur;West Darfur;Darfur;Gezira;Gezira State;North Kordofan;South Kordofan;West Kordofan;Kordofan;Red Sea State;River Nile State;Sennar;White Nile State
        Suriname|Brokopondo;Commewijne;Coronie;Marowijne;Nickerie;Saramacca;Sipaliwini;Wanica
        Sweden|Södermanland;Sodermanland;Östergötland;Ostergotland;Jönköping County;Jonkoping County;Kronoberg;Kalmar County;Gotland;Blekinge;Skåne;Skane;Scania;Halland;Västra Götaland;Vastra Gotaland;Värmland;Varmland;Örebro County;Orebro County;Västmanland;Vastmanland;Dalarna;Gävleborg;Gavleborg;Västernorrland;Vasternorrland;Jämtland;Jamtland;Västerbotten;Vasterbotten;Norrbotten;Stockholm County;Uppsala County
        Switzerland|Schwyz;Obwalden;Nidwalden;Glarus;Solothurn;Basel-Stadt;Basel-Landschaft;Basel-Land;Schaffhausen;Appenzell Ausserrhoden;Appenzell Innerrhoden;Graubünden;Graubunden;Grisons;Aargau;Thurgau;Ticino;Vaud;Valais;Canton of Geneva;Canton of Zurich;Canton of Bern
        Syria|Quneitra;Rif Dimashq;Damascus Countryside;Rural Damascus;Suwayda;As-Suwayda;Sweida
        Taiwan|Yilan County;Miaoli;Changhua;Nantou;Yunlin;Pingtung;Lienchiang;Matsu Islands
        Tajikistan|Sughd;Sughd Region;Khatlon;Gorno-Badakhshan;Gorno-Badakhshan Autonomous Region;GBAO
        Tanzania|Kagera;Katavi;Kilimanjaro;Kilimanjaro Region;Lindi;Manyara;Njombe;Pwani Region;Rukwa;Ruvuma Region;Shinyanga;Simiyu;Singida;Songwe;Unguja;Mara Region;Dodoma Region;Dar es Salaam Region
        Thailand|Ang Thong;Amnat Charoen;Buriram;Buri Ram;Chachoengsao;Chainat;Chai Nat;Chaiyaphum;Chanthaburi;Chumphon;Kalasin;Kamphaeng Phet;Loei;Lopburi;Lop Buri;Mae Hong Son;Maha Sarakham;Nakhon Nayok;Nakhon Pathom;Nakhon Phanom;Nakhon Sawan;Nong Bua Lamphu;Pathum Thani;Phang Nga;Phangnga;Phatthalung;Phayao;Phetchabun;Phetchaburi;Phichit;Phrae;Prachinburi;Prachin Buri;Prachuap Khiri Khan;Ranong;Ratchaburi;Roi Et;Sa Kaeo;Sakon Nakhon;Samut Sakhon;Samut Songkhram;Saraburi;Satun;Sisaket;Si Sa Ket;Sing Buri;Sukhothai;Suphan Buri;Suphanburi;Trat;Uthai Thani;Uttaradit;Yasothon;Bueng Kan;Lamphun;Yala Province;Surin Province;Tak Province;Nan Province;Trang Province
        Timor-Leste|Aileu;Ainaro;Bobonaro;Covalima;Ermera;Lautém;Lautem;Liquiçá;Liquica;Manatuto;Manufahi;Viqueque;Atauro
        Tonga|Tongatapu;Vava'u;Vavau;Ha'apai;Haapai
        Tunisia|Béja;Beja;Ben Arous;Gafsa;Jendouba;Kasserine;Kebili;Mahdia;Manouba;Medenine;Nabeul;Sidi Bouzid;Siliana;Tataouine;Tozeur;Zaghouan
        Turkey|Adıyaman;Adiyaman;Afyonkarahisar;Afyon;Ağrı;Agri;Aksaray;Amasya;Ardahan;Artvin;Balıkesir;Balikesir;Bartın;Bartin;Bayburt;Bilecik;Bingöl;Bingol;Bitlis;Bolu;Burdur;Çankırı;Cankiri;Çorum;Corum;Denizli;Düzce;Duzce;Edirne;Erzincan;Giresun;Gümüşhane;Gumushane;Hakkari;Hakkâri;Iğdır;Igdir;Isparta;Karabük;Karabuk;Karaman Province;Kars;Kastamonu;Kilis;Kırıkkale;Kirikkale;Kırklareli;Kirklareli;Kırşehir;Kirsehir;Kütahya;Kutahya;Manisa;Muğla;Mugla;Nevşehir;Nevsehir;Niğde;Nigde;Osmaniye;Rize;Sakarya;Siirt;Sinop;Şırnak;Sirnak;Tekirdağ;Tekirdag;Tokat;Tunceli;Uşak;Usak;Yalova;Yozgat;Zonguldak;Batman Province;Van Province;Aydın Province;Aydin Province;Muş Province;Mus Province
        Turkmenistan|Ahal;Ahal Region;Lebap;Lebap Region;Balkan Region;Mary Region;Dashoguz Region
        Uganda|Buganda;Busoga;Acholi;Karamoja;Lango;Ankole;Bunyoro;Wakiso;Mukono
        Ukraine|Volyn;Volhynia;Volyn Oblast;Zakarpattia;Zakarpattia Oblast;Transcarpathia;Kirovohrad;Kirovohrad Oblast;Kyiv Oblast;Kyiv Region;Kiev Oblast;Kiev Region
        United Kingdom|England;Scotland;Wales;Northern Ireland;Greater London;Greater Manchester;West Midlands;East Midlands;Yorkshire;North Yorkshire;South Yorkshire;West Yorkshire;East Yorkshire;East Anglia;Cornwall;Merseyside;Lancashire;Tyne and Wear;Northumberland;Cumbria;Essex;Shetland;Shetland Islands;Orkney;Orkney Islands;Outer Hebrides;Scottish Highlands;County Antrim;Antrim;Armagh;County Armagh;Fermanagh;County Fermanagh;County Down;County Tyrone;County Londonderry
        United States|Alabama;Alaska;Arizona;Arkansas;California;Connecticut;Delaware;Hawaii;Hawaiʻi;Hawai'i;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Washington State;West Virginia;Wisconsin;Wyoming;District of Columbia;New England;State of Colorado;State of Florida;State of Virginia;State of Montana;State of Maryland;Ala.;Ariz.;Ark.;Calif.;Colo.;Conn.;Fla.;Ga.;Ill.;Ind.;Kan.;Ky.;Md.;Mass.;Mich.;Minn.;Miss.;Mo.;Mont.;Neb.;Nev.;N.H.;N.J.;N.M.;N.Y.;N.C.;N.D.;Okla.;Ore.;Pa.;R.I.;S.C.;S.D.;Tenn.;Vt.;Va.;Wash.;W.Va.;Wis.;Wyo.
        Uruguay|Canelones;Cerro Largo;Durazno Department;Lavalleja;Tacuarembó;Tacuarembo;Treinta y Tres Department;Florida Department
        Uzbekistan|Jizzakh;Jizzax;Kashkadarya;Qashqadaryo;Khorezm;Xorazm;Surkhandarya;Surxondaryo;Syrdarya Region;Sirdaryo Region;Karakalpakstan;Republic of Karakalpakstan;Tashkent Region;Samarkand Region;Bukhara Region;Fergana Region;Andijan Region;Namangan Region;Navoi Region
        Vanuatu|Malampa;Penama;Sanma;Shefa;Tafea;Torba
        Venezuela|Anzoátegui;Anzoategui;Apure;Aragua;Carabobo;Cojedes;Delta Amacuro;Guárico;Guarico;Monagas;Nueva Esparta;Táchira;Tachira;Yaracuy;Zulia;Bolívar State;Bolivar State;Sucre State;Lara State;Mérida State;Merida State;Miranda State;Falcón State;Falcon State;Trujillo State;Vargas State;Portuguesa State
        Vietnam|Nghe An;Dong Nai;Dong Thap;Dak Lak;Daklak;Dak Nong;Kon Tum;Lai Chau Province;Dien Bien;Son La;Yen Bai;Phu Tho;Bac Giang;Bac Kan;Thua Thien Hue;Thua Thien-Hue;Binh Phuoc Province;Binh Thuan Province;Ninh Thuan Province;Ba Ria-Vung Tau;Ba Ria - Vung Tau;Tay Ninh Province;Ben Tre;Tra Vinh Province;Soc Trang;Bac Lieu;Hau Giang Province;Quang Nam Province;Quang Binh Province;Quang Tri Province;Khanh Hoa Province;Thai Binh Province;Hung Yen Province;Ha Giang Province;Ha Nam Province;Vinh Long Province;Vinh Phuc Province;Long An Province;Ninh Binh Province;Binh Duong Province;Thanh Hoa Province;Thai Nguyen Province;Nam Dinh Province;Hai Duong Province;Hoa Binh Province;Kien Giang Province;An Giang Province;Tien Giang Province;Binh Dinh Province;Phu Yen Province;Tuyen Quang Province;Cao Bang Province;Lam Dong Province;Gia Lai Province
        Yemen|Abyan;Dhale;Al Dhale;Al-Dhale;Mahra;Al Mahrah;Al Mahra;Mahwit;Al Mahwit;Dhamar;Hadramawt;Hadramout;Hadhramaut;Hadramaut;Hajjah Governorate;Ibb;Lahij;Lahj;Raymah;Shabwa;Shabwah;Socotra
        Zambia|Copperbelt Province;Luapula Province;Muchinga;Muchinga Province;Lusaka Province
        Zimbabwe|Manicaland;Mashonaland;Mashonaland Central;Mashonaland East;Mashonaland West;Matabeleland;Matabeleland North;Matabeleland South;Midlands Province
        """;
}
