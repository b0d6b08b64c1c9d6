namespace CoopBot.Core.Extraction.Lexicon;

/// <summary>
/// <para>
/// Cities of the world by country, so that a speaker's or a meeting's country can be read from a city that
/// <see cref="Countries"/>' own short city list lacks: "Daejeon-based company" → South Korea, the dateline
/// "DAEJEON, May 3 (Yonhap) –" → South Korea. Same format as Countries' CityTable (one line per country,
/// <c>Country|City;City;…</c>), every country written exactly as the canonical first field of Countries' Table, and no
/// city that CityTable already has.
/// </para>
/// <para>
/// In it: every national capital that CityTable lacks, with its other common spellings (Nur-Sultan, Rangoon, Ulan
/// Bator, Naypyitaw, Chisinau/Kishinev, Sanaa/Sana'a), except the few left out below; and for each country its cities
/// of more than about 500,000 people, the state, provincial and regional capitals that head datelines, the big ports
/// (Tema, Lobito, Laem Chabang, Gwadar, Chancay, Piraeus, Zeebrugge…), and the usual venues of summits and
/// international meetings (Schloss Elmau, Heiligendamm, Petersberg, Bürgenstock, Cernobbio, Taormina, Borgo Egnazia,
/// Biarritz, Deauville, Kananaskis, Charlevoix, Gleneagles, Bletchley Park, Carbis Bay, Labuan Bajo, Hua Hin, Wuzhen,
/// Cholpon-Ata, Punta del Este, Los Cabos, Camp David, Victoria Falls…). Small towns are in only as such a port,
/// venue, border crossing or site (Natanz, Yongbyon, Sriharikota, Rooppur). Spellings are the news agencies'; where an
/// accent is usual the plain spelling stands beside it ("São Luís;Sao Luis") although the lookup folds accents, so
/// that the table reads as the news writes. Old names still in use stay (Bombay, Madras, Calcutta, Saigon, Peking,
/// Pusan, Kwangju, Dnipropetrovsk), and the Philippines' "… City" dateline forms (Makati City, Pasig City).
/// </para>
/// <para>
/// Left out on purpose, because a name read as a place gives a person, a company or a phrase a country (and a
/// speaker whose name is a city is no longer taken for a person):
/// </para>
/// <list type="bullet">
/// <item>Ordinary English words, and Spanish, Portuguese, French or other words that show up in English news: Nice,
/// Mobile, Reading, Bath, Split, Male/Malé, Cork, Limerick, Sale/Salé, Salt, Tours, Angers, Mons, Gent, Ruse, Perm,
/// Pécs, Fez, Derby, Hull, Dover, Riverside, Buffalo, Mesa, Queens, Mountain View, Independence, Concord, Providence,
/// Bar, Man, Muse, Ream, Turbo, Tyre, Sur, Serra, Palma, Palmas, Pasto, Manta, Limón, Resistencia, Corrientes, Posadas,
/// Salto, Natal (also KwaZulu-Natal), Ganja, Lira, Sari, Swat, Sabha (India's "Lok Sabha"), Osh (OSH), Ica (ICA),
/// Aba (ABA), Oral, Yap, Como, Esmeraldas, Solo, Erode, Kota, Canton, Roma (the people), Rio (Rio de Janeiro is in
/// CityTable), Monte Carlo (the method; Monte-Carlo is in).</item>
/// <item>Frequent given names or surnames in a big naming tradition (English, Spanish, Portuguese, Italian, French,
/// Arabic, Somali, West African, Chinese, Japanese, Vietnamese, Indian): Victoria, Florence, Charlotte, Austin, Lincoln,
/// Jackson, Columbus, Phoenix, Orlando, Eugene, Troy, Salem, Hamilton, Regina, Marion, Madison, Richmond, Montgomery,
/// Raleigh, Augusta, Helena, Savannah, Aurora, Olympia, Cheyenne, Pierre, Bismarck, Henderson, Stockton, Irvine,
/// Chandler, Redmond, Brooklyn, Kitchener, Markham, Laval, Nelson, Napier, Hastings, Darwin, Cairns, Mackay, Gladstone,
/// Kimberley, George, Livingstone, Buchanan, Harper, Linden, Sofia, Constantine, Aden, Medina, Safi, Amara, Saada, Abha,
/// Shiraz, Aydın, Petra, Larissa, Rhodes, Nancy, Metz, Sion, Oviedo, Toledo, Salamanca, Burgos, Cáceres, Braga, Faro,
/// Guimarães, Évora, Messina, Salerno, Ferrara, Valdivia, Pereira, Santos, Salvador, Vitória, Leticia, Florencia,
/// Buenaventura, Ibarra, Quevedo, Trujillo, Montero, Luque, Encarnación, Concepción, Maldonado, Rivera, Matamoros,
/// Heredia, Balboa, Colón, David, Mariel, Jérémie, Flores, Rawson, Legazpi, Roxas, Valenzuela, Clark, Angeles, Mary,
/// Keren, Ngozi, Adama, Dessie, Zaria, Minna, Jos, Kaya, Kara, Dosso, Gao, Moroni, Anand, Sagar, Puri, Arima, Takeo,
/// Vinh, Thanh Hoa, Thai Nguyen, Nam Dinh, Hai Duong, Binh Duong, Hoa Binh, and Japanese cities that are common
/// surnames (Yamaguchi, Matsumoto, Miyazaki, Kawasaki, Matsuyama, Takamatsu, Chiba, Fukui, Toyama, Kanazawa, Nagano,
/// Akita, Morioka, Yamagata, Sakai, Mito, Saga, Tsu).</item>
/// <item>Names of big places in two countries, or of a city in one country and a region, district or body of
/// another: San José, Valencia, Georgetown, George Town, Santa Cruz (Santa Cruz de la Sierra is in), Santa Fe, San
/// Fernando, San Juan, San Luis, San Cristóbal, San Miguel, Santa Ana, Santa Clara, Mérida, León, Granada, Cartago,
/// Guadalupe, Trinidad, Sucre, Paraná, Formosa, La Rioja, Santander, Brest, Münster/Munster, Vitoria (Vitoria-Gasteiz
/// is in), Newcastle (Newcastle upon Tyne is in), Cambridge (Massachusetts), Durham, Windsor, Surrey, Halifax,
/// Newport, Scarborough, Bayonne, Syracuse, St. John's, Saint John, St. George's, Saint-Louis (Senegal; St. Louis is
/// the American one), Anyang (China and South Korea), Nanyang (Singapore's university), Zhongshan (Taipei's district),
/// Bari (Somalia's region), Gombe (Kinshasa's district), Beni (Bolivia's department), Pemba (Mozambique and Tanzania),
/// Panmunjom, Faizabad, Mirpur, Bharatpur, Patan, Arad, Naga, Dali, Chita, Tula, and border towns of two countries
/// (Khorgos/Horgos, Rafah, Moyale, Busia, Malaba, Torkham, Nogales, Niagara Falls). Hyderabad and Tripoli are
/// CityTable's (India, Libya); Oyo is Nigeria's, not Congo's.</item>
/// <item>Places whose country is disputed or not in Countries' Table: Hong Kong and Macau (gold sets take "Hong Kong"
/// as a party of its own, and a city's country would replace it), Crimea's Sevastopol and Simferopol, Western Sahara's
/// Laayoune and Dakhla, Abkhazia's Sukhumi, Baikonur, Kosovo, Puerto Rico and other territories.</item>
/// <item>Company and brand names, which would make a company a country: Toyota, Hitachi, Santander, Halifax, Bata,
/// Evian (Évian-les-Bains is in); and a country's own name as its city (Djibouti, Kuwait, Singapore, Luxembourg,
/// Monaco, San Marino, Panama, Guatemala, Mexico, Belize, Vatican City), or another's (Armenia in Colombia, Liberia in
/// Costa Rica).</item>
/// </list>
/// <para>
/// Kept where one meaning is by far the usual one in the news: Birmingham, Plymouth, Portsmouth, Oxford (United
/// Kingdom), Hanover, Freiburg (Germany), Bergen (Norway), Odesa/Odessa (Ukraine), Memphis, San Antonio, Portland,
/// Arlington, Albany, St. Louis (United States), Gold Coast (Australia), Queenstown (New Zealand), Cuenca (Ecuador),
/// Santo Domingo (Dominican Republic), Kochi/Cochin (India, not Japan's Kochi), Touba (Senegal), Juba (South Sudan),
/// Cali (Colombia), Verona (Italy), Bethlehem (Palestine); and Sanaa, Yemen's capital, though it is also a given name.
/// </para>
/// </summary>
internal static class WorldCities
{
    /// <summary>
    /// Country (canonical, as in Countries' Table) | cities and their other spellings, separated by ';'. No city is
    /// repeated from Countries' CityTable, and no name stands under two countries.
    /// </summary>
    public const string Table = """
        Afghanistan|Kabul;Mazar-i-Sharif;Mazar-e-Sharif;Mazar-e Sharif;Kunduz;Ghazni;Khost;Bamiyan;Bamyan;Lashkar Gah;Taloqan
        Albania|Tirana;Tiranë;Durrës;Durres;Vlorë;Vlora
        Algeria|Oran;Annaba;Blida;Batna;Sétif;Setif;Béjaïa;Bejaia;Tlemcen;Biskra;Skikda;Tizi Ouzou;Hassi Messaoud;Tamanrasset;Arzew
        Andorra|Andorra la Vella
        Angola|Huambo;Lobito;Benguela;Lubango;Cabinda;Soyo
        Argentina|La Plata;Mar del Plata;San Miguel de Tucumán;San Miguel de Tucuman;Tucumán;Tucuman;Salta;Santiago del Estero;San Salvador de Jujuy;Jujuy;Neuquén;Neuquen;Bahía Blanca;Bahia Blanca;Comodoro Rivadavia;Ushuaia;Río Gallegos;Rio Gallegos;Bariloche;San Carlos de Bariloche;Catamarca
        Armenia|Yerevan;Gyumri
        Australia|Gold Coast;Wollongong;Hobart;Geelong;Townsville;Alice Springs;Port Hedland;Fremantle;Darwin;Cairns
        Austria|Graz;Linz;Salzburg;Innsbruck;Klagenfurt;Wien;Alpbach
        Azerbaijan|Sumgait;Sumqayit;Lankaran;Nakhchivan;Shusha
        Bahrain|Muharraq;Riffa;Sakhir
        Bangladesh|Chattogram;Khulna;Rajshahi;Sylhet;Rangpur;Mymensingh;Barisal;Barishal;Comilla;Cumilla;Gazipur;Narayanganj;Cox's Bazar;Mongla;Payra;Rooppur;Matarbari
        Belarus|Minsk;Gomel;Homel;Mogilev;Mahilyow;Vitebsk;Grodno;Hrodna
        Belgium|Bruxelles;Antwerp;Antwerpen;Ghent;Liège;Liege;Bruges;Brugge;Leuven;Louvain;Namur;Charleroi;Ostend;Oostende;Zeebrugge
        Belize|Belmopan;Belize City
        Benin|Porto-Novo;Cotonou;Parakou;Abomey-Calavi;Ouidah
        Bhutan|Phuntsholing;Paro;Gelephu
        Bolivia|El Alto;Cochabamba;Santa Cruz de la Sierra;Oruro;Tarija;Potosí;Potosi
        Bosnia and Herzegovina|Sarajevo;Banja Luka;Mostar;Tuzla;Zenica
        Botswana|Francistown;Maun
        Brazil|Fortaleza;Belo Horizonte;Curitiba;Manaus;Recife;Porto Alegre;Goiânia;Goiania;Guarulhos;Campinas;São Luís;Sao Luis;Maceió;Maceio;Teresina;Campo Grande;João Pessoa;Joao Pessoa;Osasco;São Bernardo do Campo;Sao Bernardo do Campo;Ribeirão Preto;Ribeirao Preto;Uberlândia;Uberlandia;Contagem;Sorocaba;Cuiabá;Cuiaba;Aracaju;Florianópolis;Florianopolis;Macapá;Macapa;Porto Velho;Rio Branco;Boa Vista;Niterói;Niteroi;Joinville;Londrina;Juiz de Fora;Feira de Santana;Nova Iguaçu;Nova Iguacu;São José dos Campos;Sao Jose dos Campos;Paranaguá;Paranagua;Foz do Iguaçu;Foz do Iguacu;Caxias do Sul;Macaé;Macae;Angra dos Reis;Campos dos Goytacazes
        Brunei|Kuala Belait;Tutong
        Bulgaria|Plovdiv;Varna;Burgas
        Burkina Faso|Bobo-Dioulasso;Koudougou;Ouahigouya;Fada N'Gourma
        Burundi|Bujumbura;Gitega
        Cambodia|Sihanoukville;Preah Sihanouk;Battambang;Kampot;Poipet;Kampong Cham;Bavet
        Cameroon|Douala;Garoua;Bamenda;Maroua;Bafoussam;Ngaoundéré;Ngaoundere;Bertoua;Buea;Kribi
        Canada|Calgary;Edmonton;Winnipeg;Quebec City;Québec City;Quebec;Québec;Mississauga;Brampton;Saskatoon;Gatineau;Fredericton;Charlottetown;Yellowknife;Iqaluit;Kananaskis;Charlevoix;Muskoka;Banff
        Cape Verde|Praia;Mindelo
        Central African Republic|Bangui;Berbérati;Berberati;Bambari;Bouar
        Chad|Ndjamena;Moundou;Sarh;Abéché;Abeche
        Chile|Antofagasta;Viña del Mar;Vina del Mar;Temuco;Iquique;Rancagua;Talca;Arica;Puerto Montt;La Serena;Chillán;Chillan;Punta Arenas;Calama
        China|Peking;Dongguan;Foshan;Shantou;Zhuhai;Huizhou;Jiangmen;Zhanjiang;Wuxi;Changzhou;Nantong;Xuzhou;Yangzhou;Yancheng;Lianyungang;Kunshan;Zhenjiang;Huai'an;Taizhou;Wenzhou;Shaoxing;Jinhua;Yiwu;Jiaxing;Huzhou;Zhoushan;Wuzhen;Quanzhou;Zhangzhou;Putian;Pingtan;Wuhu;Bengbu;Huainan;Ma'anshan;Ganzhou;Jiujiang;Jingdezhen;Yichang;Xiangyang;Jingzhou;Zhuzhou;Xiangtan;Hengyang;Yueyang;Zhangjiajie;Luoyang;Kaifeng;Xinxiang;Xuchang;Yantai;Weifang;Linyi;Zibo;Jining;Weihai;Rizhao;Tai'an;Qufu;Shijiazhuang;Tangshan;Baoding;Handan;Langfang;Cangzhou;Qinhuangdao;Zhangjiakou;Xiong'an;Xiongan;Taiyuan;Datong;Hohhot;Baotou;Ordos;Erenhot;Manzhouli;Daqing;Qiqihar;Mudanjiang;Heihe;Suifenhe;Jilin;Yanji;Hunchun;Anshan;Fushun;Benxi;Dandong;Jinzhou;Yingkou;Liuzhou;Guilin;Beihai;Fangchenggang;Lijiang;Jinghong;Xishuangbanna;Ruili;Mianyang;Nanchong;Leshan;Yibin;Zunyi;Xianyang;Baoji;Yan'an;Dunhuang;Jiuquan;Xining;Yinchuan;Kashgar;Kashi;Turpan;Shigatse;Wenchang
        Colombia|Cali;Barranquilla;Cúcuta;Cucuta;Bucaramanga;Santa Marta;Ibagué;Ibague;Manizales;Neiva;Villavicencio;Valledupar;Montería;Monteria;Sincelejo;Popayán;Popayan;Tunja;Quibdó;Quibdo;Riohacha;Tumaco
        Comoros|Mutsamudu
        Costa Rica|Alajuela;Puntarenas
        Cote d'Ivoire|Yamoussoukro;Bouaké;Bouake;Daloa;San-Pédro;San-Pedro;Korhogo;Gagnoa
        Croatia|Zagreb;Rijeka;Osijek;Dubrovnik;Zadar
        Cuba|Santiago de Cuba;Camagüey;Camaguey;Holguín;Holguin;Guantánamo;Guantanamo;Bayamo;Pinar del Río;Pinar del Rio;Cienfuegos;Matanzas;Varadero
        Cyprus|Nicosia;Limassol;Larnaca;Paphos;Famagusta;Kyrenia
        Czech Republic|Praha;Brno;Ostrava;Plzeň;Plzen;Pilsen;Olomouc;Liberec;České Budějovice;Ceske Budejovice;Karlovy Vary
        Democratic Republic of Congo|Lubumbashi;Mbuji-Mayi;Kisangani;Kananga;Goma;Bukavu;Kolwezi;Likasi;Tshikapa;Mbandaka;Matadi;Kikwit;Bunia;Uvira;Kindu;Kalemie;Butembo
        Denmark|Aarhus;Århus;Odense;Aalborg;Esbjerg
        Dominica|Roseau
        Dominican Republic|Santo Domingo;Santiago de los Caballeros;San Pedro de Macorís;San Pedro de Macoris;La Romana;Punta Cana;Puerto Plata;Higüey;Higuey
        Ecuador|Cuenca;Machala;Portoviejo;Ambato;Riobamba
        Egypt|Giza;Port Said;Suez;Ismailia;Mansoura;Tanta;Asyut;Assiut;Faiyum;Fayoum;Zagazig;Minya;Sohag;Beni Suef;Qena;Hurghada;El Alamein;New Alamein;Ain Sokhna;Sokhna;New Administrative Capital;Marsa Matrouh;El Arish;Arish;Sharm El Sheikh
        El Salvador|San Salvador
        Equatorial Guinea|Malabo;Ciudad de la Paz
        Eritrea|Asmara;Massawa;Assab
        Estonia|Tallinn;Tartu;Narva
        Eswatini|Mbabane;Lobamba;Manzini
        Ethiopia|Dire Dawa;Mekelle;Mekele;Bahir Dar;Gondar;Gonder;Hawassa;Awassa;Jimma;Jijiga;Harar;Shashemene;Bishoftu;Debre Zeit;Arba Minch;Gambela;Semera;Asosa;Axum;Aksum;Lalibela;Debre Birhan
        Fiji|Nadi;Lautoka;Labasa
        Finland|Tampere;Turku;Oulu;Espoo;Vantaa;Rovaniemi
        France|Marseilles;Toulouse;Bordeaux;Lille;Nantes;Montpellier;Rennes;Reims;Le Havre;Grenoble;Dijon;Toulon;Cannes;Biarritz;Deauville;Versailles;Rouen;Clermont-Ferrand;Orléans;Orleans;Caen;Ajaccio;Cherbourg;Calais;Dunkirk;Dunkerque;Saint-Nazaire;Avignon;Aix-en-Provence;Besançon;Besancon;Fos-sur-Mer;Évian-les-Bains;Evian-les-Bains;Saint-Étienne;Saint-Etienne;La Rochelle
        Gabon|Libreville;Port-Gentil;Franceville;Oyem
        Gambia|Banjul;Serekunda;Brikama
        Georgia|Tbilisi;Batumi;Kutaisi;Rustavi;Poti;Zugdidi;Anaklia
        Germany|Cologne;Köln;München;Frankfurt am Main;Stuttgart;Düsseldorf;Dusseldorf;Dortmund;Essen;Leipzig;Bremen;Dresden;Hanover;Hannover;Nuremberg;Nürnberg;Duisburg;Bochum;Wuppertal;Bielefeld;Mannheim;Karlsruhe;Wiesbaden;Augsburg;Aachen;Kiel;Magdeburg;Erfurt;Mainz;Saarbrücken;Saarbrucken;Potsdam;Schwerin;Rostock;Heidelberg;Freiburg;Darmstadt;Regensburg;Wolfsburg;Ingolstadt;Schloss Elmau;Elmau;Heiligendamm;Petersberg;Bremerhaven;Wilhelmshaven;Lübeck;Lubeck;Chemnitz;Braunschweig;Kassel;Ramstein;Garmisch-Partenkirchen
        Ghana|Tema;Takoradi;Sekondi-Takoradi;Cape Coast;Sunyani;Koforidua;Bolgatanga;Obuasi
        Greece|Thessaloniki;Salonika;Patras;Patra;Piraeus;Heraklion;Iraklion;Volos;Kavala;Alexandroupolis;Corfu
        Guatemala|Guatemala City;Quetzaltenango;Xela;Antigua Guatemala;Puerto Barrios;Cobán;Coban
        Guinea|Conakry;Nzérékoré;Nzerekore;Kankan;Kindia;Boké;Boke
        Guinea-Bissau|Bissau
        Haiti|Cap-Haïtien;Cap-Haitien;Gonaïves;Gonaives;Les Cayes;Jacmel;Port-de-Paix;Pétion-Ville;Petion-Ville
        Honduras|Tegucigalpa;San Pedro Sula;La Ceiba;Choluteca;Comayagua
        Hungary|Debrecen;Szeged;Miskolc;Győr;Gyor;Paks;Kecskemét;Kecskemet
        Iceland|Reykjavík;Reykjavik;Akureyri;Keflavík;Keflavik
        India|Delhi;Bombay;Madras;Calcutta;Pune;Surat;Kanpur;Jaipur;Lucknow;Nagpur;Indore;Patna;Bhopal;Ludhiana;Agra;Vadodara;Baroda;Nashik;Faridabad;Ghaziabad;Rajkot;Varanasi;Amritsar;Prayagraj;Allahabad;Visakhapatnam;Vizag;Jabalpur;Howrah;Aurangabad;Solapur;Srinagar;Chandigarh;Coimbatore;Jodhpur;Madurai;Guwahati;Gwalior;Vijayawada;Mysuru;Mysore;Hubballi;Hubli;Jalandhar;Thiruvananthapuram;Trivandrum;Tiruchirappalli;Trichy;Bhubaneswar;Bhubaneshwar;Aligarh;Bareilly;Moradabad;Raipur;Jamshedpur;Kochi;Cochin;Amaravati;Cuttack;Bikaner;Warangal;Bhavnagar;Dehradun;Dehra Dun;Ajmer;Kolhapur;Siliguri;Asansol;Durgapur;Meerut;Gorakhpur;Thane;Navi Mumbai;Noida;Gurugram;Gurgaon;Shimla;Gandhinagar;Imphal;Agartala;Aizawl;Shillong;Kohima;Itanagar;Gangtok;Dispur;Panaji;Puducherry;Pondicherry;Jammu;Leh;Port Blair;Mangaluru;Mangalore;Belagavi;Belgaum;Udaipur;Kozhikode;Calicut;Ranchi;Dhanbad;Bhilai;Kandla;Mundra;Paradip;Haldia;Thoothukudi;Tuticorin;Sriharikota;Mahabalipuram;Mamallapuram;Ayodhya;Nellore;Dharamsala;Dharamshala;Jamnagar;Nanded;Guntur;Rourkela
        Indonesia|Medan;Bekasi;Palembang;Tangerang;South Tangerang;Makassar;Ujung Pandang;Semarang;Depok;Batam;Padang;Denpasar;Bandar Lampung;Bogor;Malang;Pekanbaru;Balikpapan;Jogja;Jogjakarta;Banjarmasin;Surakarta;Pontianak;Manado;Jambi;Ambon;Samarinda;Mataram;Bengkulu;Palu;Kupang;Banda Aceh;Kendari;Serang;Jayapura;Sorong;Manokwari;Ternate;Gorontalo;Palangkaraya;Palangka Raya;Tanjung Pinang;Tanjungpinang;Pangkal Pinang;Pangkalpinang;Cirebon;Labuan Bajo;Cikarang;Karawang;Cilegon;Morowali;Timika;Mandalika;Nusantara
        Iran|Mashhad;Isfahan;Esfahan;Karaj;Tabriz;Qom;Ahvaz;Ahwaz;Kermanshah;Rasht;Kerman;Urmia;Orumiyeh;Zahedan;Hamadan;Arak;Yazd;Ardabil;Bandar Abbas;Zanjan;Sanandaj;Qazvin;Khorramabad;Gorgan;Bushehr;Chabahar;Abadan;Natanz
        Iraq|Basra;Basrah;Mosul;Sulaymaniyah;Sulaimaniyah;Suleimaniyah;Kirkuk;Najaf;Karbala;Nasiriyah;Hillah;Duhok;Dohuk;Ramadi;Fallujah;Samarra;Tikrit;Baqubah;Umm Qasr
        Ireland|Galway;Waterford
        Israel|Haifa;Beersheba;Be'er Sheva;Eilat;Ashdod;Ashkelon;Netanya;Rishon LeZion;Petah Tikva;Herzliya;Nazareth;Ramat Gan;Sderot;Dimona
        Italy|Milano;Napoli;Venezia;Firenze;Turin;Torino;Palermo;Genoa;Genova;Bologna;Catania;Verona;Trieste;Padua;Padova;Taranto;Cagliari;Reggio Calabria;Perugia;Pisa;L'Aquila;Taormina;Borgo Egnazia;Ancona;Livorno;Trento;Bolzano;Cernobbio;Gioia Tauro;Civitavecchia;La Spezia;Matera
        Jamaica|Montego Bay;Spanish Town;Portmore;Ocho Rios
        Japan|Nagoya;Sapporo;Kobe;Fukuoka;Saitama;Sendai;Kitakyushu;Niigata;Hamamatsu;Kumamoto;Sagamihara;Shizuoka;Okayama;Kagoshima;Hachioji;Utsunomiya;Nagasaki;Oita;Ōita;Naha;Okinawa;Fukushima;Nara;Yokosuka;Sasebo;Tsukuba;Ise-Shima;Toyako
        Jordan|Zarqa;Irbid;Aqaba;Madaba;Mafraq;Jerash
        Kazakhstan|Nur-Sultan;Shymkent;Karaganda;Karagandy;Aktobe;Aqtobe;Taraz;Pavlodar;Oskemen;Ust-Kamenogorsk;Semey;Semipalatinsk;Atyrau;Aktau;Aqtau;Kostanay;Kyzylorda;Petropavl;Uralsk
        Kenya|Thika;Malindi;Lamu;Garissa;Kitale;Nyeri;Machakos;Kakamega;Meru;Naivasha;Lodwar;Isiolo;Mandera;Wajir;Kilifi
        Kiribati|Tarawa;South Tarawa;Bairiki
        Kyrgyzstan|Jalal-Abad;Karakol;Naryn;Cholpon-Ata;Batken
        Laos|Savannakhet;Pakse;Thakhek;Boten;Vang Vieng
        Latvia|Riga;Daugavpils;Liepāja;Liepaja;Ventspils
        Lebanon|Sidon;Baalbek;Byblos;Jbeil;Zahle;Jounieh
        Lesotho|Maseru
        Liberia|Monrovia;Gbarnga
        Libya|Benghazi;Misrata;Misurata;Sirte;Tobruk;Zawiya;Derna;Ras Lanuf
        Liechtenstein|Vaduz
        Lithuania|Vilnius;Kaunas;Klaipėda;Klaipeda;Šiauliai;Siauliai
        Luxembourg|Luxembourg City;Esch-sur-Alzette
        Madagascar|Toamasina;Tamatave;Antsirabe;Fianarantsoa;Mahajanga;Toliara
        Malawi|Lilongwe;Blantyre;Mzuzu;Zomba
        Malaysia|Ipoh;Shah Alam;Petaling Jaya;Klang;Subang Jaya;Seremban;Kuantan;Kuala Terengganu;Kota Bharu;Alor Setar;Malacca;Melaka;Miri;Sandakan;Bintulu;Labuan;Cyberjaya;Iskandar Puteri;Langkawi;Port Klang;Tanjung Pelepas
        Maldives|Hulhumalé;Hulhumale;Addu City
        Mali|Timbuktu;Tombouctou;Mopti;Ségou;Segou;Sikasso;Kayes;Kidal
        Malta|Valletta
        Marshall Islands|Majuro
        Mauritania|Nouakchott;Nouadhibou
        Mauritius|Curepipe
        Mexico|Puebla;Tijuana;Ciudad Juárez;Ciudad Juarez;Zapopan;Ecatepec;Chihuahua;San Luis Potosí;San Luis Potosi;Aguascalientes;Hermosillo;Saltillo;Mexicali;Culiacán;Culiacan;Acapulco;Querétaro;Queretaro;Morelia;Torreón;Torreon;Reynosa;Toluca;Tuxtla Gutiérrez;Tuxtla Gutierrez;Durango;Veracruz;Xalapa;Jalapa;Villahermosa;Cuernavaca;Tepic;Ciudad Victoria;Pachuca;Oaxaca;Campeche;Chilpancingo;Chetumal;Tampico;Mazatlán;Mazatlan;Manzanillo;Nuevo Laredo;Los Cabos;Puerto Vallarta;Tlaxcala;Colima;Zacatecas;Guanajuato;Coatzacoalcos;Tapachula
        Micronesia|Palikir;Kolonia;Pohnpei;Chuuk;Kosrae
        Moldova|Chișinău;Chisinau;Kishinev;Bălți;Balti;Tiraspol;Comrat;Cahul
        Monaco|Monte-Carlo
        Mongolia|Ulan Bator;Erdenet;Darkhan
        Montenegro|Podgorica;Kotor;Nikšić;Niksic
        Morocco|Fès;Fes;Meknes;Meknès;Marrakesh;Agadir;Oujda;Kenitra;Tétouan;Tetouan;Nador;El Jadida;Beni Mellal;Tanger Med;Tanger;Essaouira;Ouarzazate;Skhirat
        Mozambique|Matola;Beira;Nampula;Chimoio;Quelimane;Tete;Nacala;Lichinga;Inhambane;Xai-Xai;Mocímboa da Praia;Mocimboa da Praia
        Myanmar|Rangoon;Naypyitaw;Mawlamyine;Moulmein;Bago;Pegu;Pathein;Sittwe;Taunggyi;Myitkyina;Lashio;Monywa;Magway;Kyaukphyu;Myawaddy;Tachileik;Dawei;Hpa-an;Loikaw;Hakha;Bagan
        Namibia|Walvis Bay;Swakopmund;Oshakati;Rundu;Lüderitz;Luderitz
        Nauru|Yaren
        Nepal|Pokhara;Lalitpur;Biratnagar;Birgunj;Butwal;Janakpur;Nepalgunj;Dhangadhi;Hetauda;Bhaktapur;Lumbini
        Netherlands|Den Haag;Utrecht;Eindhoven;Groningen;Tilburg;Nijmegen;Maastricht;Leiden;Delft;Haarlem;Arnhem;Veldhoven;Wageningen
        New Zealand|Auckland;Christchurch;Tauranga;Dunedin;Palmerston North;Rotorua;New Plymouth;Queenstown
        Nicaragua|Managua;Masaya;Matagalpa;Chinandega;Estelí;Esteli;Bluefields
        Niger|Zinder;Maradi;Agadez;Tahoua;Diffa;Arlit
        Nigeria|Kaduna;Benin City;Maiduguri;Ilorin;Oyo;Enugu;Abeokuta;Sokoto;Onitsha;Warri;Calabar;Uyo;Katsina;Ado-Ekiti;Akure;Bauchi;Ikeja;Makurdi;Umuahia;Gusau;Owerri;Awka;Osogbo;Lokoja;Lafia;Jalingo;Yola;Yenagoa;Asaba;Damaturu;Dutse;Birnin Kebbi;Ile-Ife;Lekki;Apapa;Abakaliki
        North Korea|Pyongyang;Kaesong;Hamhung;Chongjin;Wonsan;Sinuiju;Nampo;Nampho;Rason;Rajin;Sariwon;Haeju;Kanggye;Hyesan;Yongbyon
        North Macedonia|Skopje;Ohrid;Bitola
        Norway|Bergen;Trondheim;Stavanger;Tromsø;Tromso;Hammerfest;Kirkenes;Narvik
        Oman|Salalah;Sohar;Duqm;Nizwa
        Pakistan|Faisalabad;Multan;Gujranwala;Sialkot;Bahawalpur;Sargodha;Sukkur;Larkana;Abbottabad;Mardan;Gwadar;Muzaffarabad;Gilgit;Skardu;Dera Ismail Khan;Dera Ghazi Khan;Rahim Yar Khan;Turbat;Port Qasim
        Palau|Ngerulmud;Melekeok;Koror
        Palestine|Gaza City;Gaza;Ramallah;Nablus;Hebron;Jenin;Bethlehem;Khan Younis;Khan Yunis;Tulkarm;Deir al-Balah
        Panama|Panama City
        Papua New Guinea|Lae;Mount Hagen;Madang;Goroka;Kokopo;Wewak;Alotau;Arawa;Buka;Kimbe;Rabaul
        Paraguay|Ciudad del Este
        Peru|Arequipa;Callao;Chiclayo;Iquitos;Huancayo;Piura;Pucallpa;Tacna;Chimbote;Juliaca;Puno;Cajamarca;Ayacucho;Tumbes;Chancay;Cuzco;Huaraz;Puerto Maldonado
        Philippines|Metro Manila;Quezon City;Caloocan;Zamboanga;Zamboanga City;Taguig;Pasig;Antipolo;Cagayan de Oro;Makati;Parañaque;Paranaque;Las Piñas;Las Pinas;Bacolod;Iloilo;Iloilo City;Mandaue;Lapu-Lapu City;Iligan;Baguio;Tacloban;Puerto Princesa;Cotabato;Cotabato City;Marawi;Butuan;Calamba;Batangas;Subic;Olongapo;Dumaguete;Tuguegarao;Malolos;Jolo;Pasay;Mandaluyong;Muntinlupa;Dasmariñas;Dasmarinas;General Santos City;GenSan;Cebu City;Davao City;Makati City;Pasig City;Taguig City;Pasay City;Caloocan City;Baguio City;Tacloban City;Bacolod City;Boracay
        Poland|Łódź;Lodz;Wrocław;Wroclaw;Poznań;Poznan;Gdańsk;Gdansk;Szczecin;Bydgoszcz;Lublin;Katowice;Białystok;Bialystok;Gdynia;Rzeszów;Rzeszow;Częstochowa;Czestochowa;Cracow;Świnoujście;Swinoujscie
        Portugal|Lisboa;Coimbra;Funchal;Setúbal;Setubal;Aveiro;Ponta Delgada;Cascais
        Qatar|Al Rayyan;Al Wakrah;Lusail;Ras Laffan;Al Khor
        Republic of the Congo|Brazzaville;Pointe-Noire;Dolisie;Ouesso
        Romania|Bucharest;București;Bucuresti;Cluj-Napoca;Cluj;Timișoara;Timisoara;Iași;Iasi;Constanța;Constanta;Craiova;Brașov;Brasov;Galați;Galati;Ploiești;Ploiesti;Oradea;Sibiu
        Russia|Novosibirsk;Yekaterinburg;Ekaterinburg;Nizhny Novgorod;Samara;Omsk;Chelyabinsk;Rostov-on-Don;Rostov-na-Donu;Rostov;Ufa;Krasnoyarsk;Voronezh;Volgograd;Krasnodar;Saratov;Tyumen;Tolyatti;Togliatti;Izhevsk;Barnaul;Ulyanovsk;Irkutsk;Khabarovsk;Yaroslavl;Makhachkala;Tomsk;Orenburg;Kemerovo;Novokuznetsk;Ryazan;Astrakhan;Naberezhnye Chelny;Penza;Lipetsk;Cheboksary;Kaliningrad;Kursk;Stavropol;Ulan-Ude;Tver;Magnitogorsk;Bryansk;Belgorod;Surgut;Arkhangelsk;Smolensk;Kaluga;Murmansk;Vologda;Yakutsk;Grozny;Vladikavkaz;Nalchik;Petrozavodsk;Yuzhno-Sakhalinsk;Petropavlovsk-Kamchatsky;Novorossiysk;Nakhodka;Norilsk;Magadan;Blagoveshchensk;Khanty-Mansiysk;Novy Urengoy;Ust-Luga;Tuapse;Vyborg;Pskov;Veliky Novgorod;Skolkovo
        Rwanda|Huye;Butare;Musanze;Ruhengeri;Rubavu;Gisenyi
        Saint Kitts and Nevis|Basseterre
        Saint Vincent and the Grenadines|Kingstown
        Sao Tome and Principe|São Tomé;Sao Tome
        Saudi Arabia|Mecca;Makkah;Madinah;Al-Madinah;Dammam;Al Khobar;Khobar;Dhahran;Taif;Ta'if;Tabuk;Buraidah;Buraydah;Jazan;Jizan;Najran;Ha'il;Yanbu;Jubail;Neom;AlUla;Al-Ula;Al Ula;Ras Tanura;Diriyah
        Senegal|Touba;Thiès;Thies;Kaolack;Ziguinchor;Mbour;Diamniadio;Pikine
        Serbia|Belgrade;Beograd;Novi Sad;Kragujevac
        Sierra Leone|Freetown;Kenema;Makeni;Koidu
        Slovakia|Bratislava;Košice;Kosice;Žilina;Zilina;Banská Bystrica;Banska Bystrica
        Slovenia|Ljubljana;Maribor;Koper
        Solomon Islands|Gizo;Auki
        Somalia|Mogadishu;Hargeisa;Hargeysa;Kismayo;Baidoa;Bosaso;Bossaso;Berbera;Garowe;Beledweyne;Galkayo;Jowhar;Dhusamareb
        South Africa|Soweto;Port Elizabeth;Gqeberha;Bloemfontein;Pietermaritzburg;Polokwane;Mbombela;Nelspruit;Rustenburg;Mahikeng;Mafikeng;Richards Bay;Saldanha Bay;Stellenbosch;Tshwane;Ekurhuleni;Sandton;Mthatha;Bhisho
        South Korea|Daejeon;Taejon;Daegu;Taegu;Gwangju;Kwangju;Pusan;Inchon;Suwon;Ulsan;Changwon;Goyang;Seongnam;Yongin;Bucheon;Ansan;Cheongju;Jeonju;Cheonan;Pohang;Gimhae;Hwaseong;Pyeongtaek;Sejong;Chuncheon;Gangneung;Pyeongchang;Yeosu;Mokpo;Gumi;Geoje;Icheon;Osan;Songdo
        South Sudan|Juba;Malakal;Wau;Yei;Rumbek;Aweil;Bentiu
        Spain|Sevilla;Zaragoza;Saragossa;Málaga;Malaga;Bilbao;Alicante;Murcia;Valladolid;Vigo;Gijón;Gijon;Palma de Mallorca;Las Palmas;Las Palmas de Gran Canaria;Santa Cruz de Tenerife;San Sebastián;San Sebastian;Donostia;Pamplona;A Coruña;A Coruna;La Coruña;La Coruna;Santiago de Compostela;Tarragona;Cádiz;Cadiz;Algeciras;Vitoria-Gasteiz;Logroño;Logrono;Ibiza
        Sri Lanka|Kandy;Galle;Jaffna;Trincomalee;Hambantota;Negombo;Batticaloa;Sri Jayawardenepura Kotte;Kotte
        Sudan|Omdurman;Port Sudan;Kassala;El Obeid;Wad Madani;Wad Medani;Nyala;El Fasher;Al-Fashir;Gedaref;Al Qadarif;Atbara;Geneina;El Geneina
        Suriname|Paramaribo
        Sweden|Gothenburg;Göteborg;Goteborg;Malmö;Malmo;Uppsala;Linköping;Linkoping;Luleå;Lulea;Kiruna;Umeå;Umea
        Switzerland|Berne;Genève;Geneve;Basel;Lausanne;Lucerne;Luzern;Lugano;St. Gallen;St Gallen;Sankt Gallen;Bürgenstock;Burgenstock;Montreux;Fribourg;Neuchâtel;Neuchatel;Zug
        Syria|Aleppo;Homs;Hama;Latakia;Deir ez-Zor;Deir el-Zour;Deir al-Zor;Raqqa;Idlib;Tartus;Tartous;Daraa;Qamishli;Hasakah;Al-Hasakah;Palmyra
        Taiwan|Taipei;Kaohsiung;Taichung;Tainan;New Taipei;New Taipei City;Taoyuan;Hsinchu;Keelung;Chiayi;Hualien;Taitung;Kinmen;Penghu;Banqiao
        Tajikistan|Khujand;Bokhtar;Kurgan-Tyube;Kulob;Kulyab;Khorog
        Tanzania|Mbeya;Morogoro;Tanga;Moshi;Kigoma;Tabora;Iringa;Mtwara;Musoma;Bukoba;Geita;Stone Town;Bagamoyo
        Thailand|Nonthaburi;Samut Prakan;Nakhon Ratchasima;Korat;Udon Thani;Chonburi;Chon Buri;Laem Chabang;Rayong;Hua Hin;Songkhla;Surat Thani;Ubon Ratchathani;Nakhon Si Thammarat;Phitsanulok;Ayutthaya;Krabi;Koh Samui;Ko Samui;Nong Khai;Mae Sot;Pattani;Narathiwat;Lampang;Mukdahan;Kanchanaburi
        Timor-Leste|Baucau;Suai;Oecusse;Pante Macassar
        Togo|Lomé;Lome;Sokodé;Sokode
        Tonga|Nukualofa
        Trinidad and Tobago|Chaguanas;Point Lisas
        Tunisia|Sfax;Sousse;Kairouan;Bizerte;Gabès;Gabes;Djerba;Monastir;Hammamet
        Turkey|Bursa;Adana;Gaziantep;Konya;Mersin;Diyarbakır;Diyarbakir;Kayseri;Eskişehir;Eskisehir;Şanlıurfa;Sanliurfa;Urfa;Malatya;Erzurum;Samsun;Kahramanmaraş;Kahramanmaras;Trabzon;Kocaeli;İzmit;Izmit;Antakya;Hatay;Sivas;Elazığ;Elazig;Mardin;Çanakkale;Canakkale;Bodrum;İskenderun;Iskenderun
        Turkmenistan|Ashkhabad;Turkmenabat;Dashoguz;Balkanabat;Turkmenbashi;Awaza
        Tuvalu|Funafuti
        Uganda|Gulu;Mbarara;Mbale;Arua;Masaka;Fort Portal;Kasese;Hoima;Soroti;Tororo;Moroto
        Ukraine|Kharkiv;Kharkov;Odesa;Odessa;Dnipro;Dnipropetrovsk;Donetsk;Zaporizhzhia;Zaporizhia;Zaporozhye;Lviv;Lvov;Kryvyi Rih;Mykolaiv;Mariupol;Luhansk;Lugansk;Kherson;Poltava;Chernihiv;Cherkasy;Sumy;Zhytomyr;Vinnytsia;Rivne;Ternopil;Lutsk;Ivano-Frankivsk;Uzhhorod;Chernivtsi;Khmelnytskyi;Kropyvnytskyi;Kramatorsk;Bakhmut;Izmail;Enerhodar;Energodar;Kremenchuk;Chornobyl;Chernobyl
        United Arab Emirates|Ajman;Ras Al Khaimah;Fujairah;Al Ain;Umm Al Quwain;Jebel Ali;Khor Fakkan;Masdar City
        United Kingdom|Birmingham;Glasgow;Liverpool;Leeds;Sheffield;Bristol;Newcastle upon Tyne;Nottingham;Leicester;Cardiff;Belfast;Aberdeen;Southampton;Portsmouth;Plymouth;Coventry;Oxford;Brighton;Dundee;Inverness;Swansea;Felixstowe;Gleneagles;Bletchley Park;Bletchley;Carbis Bay;Lough Erne;Milton Keynes;Londonderry;Canary Wharf;Farnborough;Cheltenham
        United States|New York City;Houston;Philadelphia;San Antonio;San Diego;Dallas;Fort Worth;Jacksonville;Indianapolis;Seattle;Denver;El Paso;Detroit;Boston;Memphis;Nashville;Portland;Oklahoma City;Las Vegas;Louisville;Baltimore;Milwaukee;Albuquerque;Tucson;Fresno;Sacramento;Kansas City;Atlanta;Miami;Omaha;Minneapolis;Tulsa;Wichita;New Orleans;Cleveland;Tampa;Honolulu;Anchorage;Pittsburgh;Cincinnati;St. Louis;St Louis;Oakland;Long Beach;Virginia Beach;Colorado Springs;Salt Lake City;Boise;Des Moines;Little Rock;Baton Rouge;Tallahassee;Annapolis;Harrisburg;Albany;Trenton;Hartford;Newark;Manhattan;Arlington;Berkeley;Princeton;Palo Alto;Cupertino;Menlo Park;Cape Canaveral;Huntsville;Camp David
        Uruguay|Punta del Este;Paysandú;Paysandu;Colonia del Sacramento;Fray Bentos
        Uzbekistan|Samarkand;Samarqand;Bukhara;Buxoro;Namangan;Andijan;Andijon;Fergana;Ferghana;Nukus;Qarshi;Karshi;Navoi;Navoiy;Urgench;Urganch;Termez;Termiz;Khiva;Kokand
        Vanuatu|Port-Vila;Luganville
        Venezuela|Maracaibo;Maracay;Barquisimeto;Ciudad Guayana;Maturín;Maturin;Barinas;Ciudad Bolívar;Ciudad Bolivar;Cumaná;Cumana;Puerto La Cruz;Puerto Cabello;Puerto Ordaz;Punto Fijo;La Guaira
        Vietnam|Saigon;Bien Hoa;Vung Tau;Ha Long;Halong;Quy Nhon;Qui Nhon;Da Lat;Dalat;Buon Ma Thuot;Pleiku;Phan Thiet;Bac Ninh;Phu Quoc;Cam Ranh;Ca Mau;Quang Ngai;Ha Tinh;Dien Bien Phu;Mong Cai
        Yemen|Sanaa;Sana'a;Hodeidah;Hudaydah;Al Hudaydah;Taiz;Mukalla;Marib
        Zambia|Ndola;Kitwe;Kabwe;Chingola;Mufulira;Solwezi;Chipata
        Zimbabwe|Bulawayo;Mutare;Gweru;Masvingo;Victoria Falls;Hwange;Beitbridge
        """;
}
