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
/// In it: every national capital that CityTable lacks, with its common other spellings (Nur-Sultan, Rangoon, Ulan
/// Bator, Naypyitaw, Chisinau/Kishinev); and for each country its cities of more than about 500,000 people, the state,
/// provincial and regional capitals that head datelines, the big ports, and the usual venues of summits and
/// international meetings (Schloss Elmau, Heiligendamm, Bürgenstock, Cernobbio, Taormina, Biarritz, Kananaskis,
/// Gleneagles, Bletchley Park, Labuan Bajo, Hua Hin, Wuzhen, Punta del Este, Los Cabos, Camp David, Victoria Falls…).
/// Spellings are the news agencies'; where an accent is usual the plain spelling stands beside it ("São Luís;Sao Luis")
/// although the lookup folds accents, so that the table reads as the news writes. Old names still in use stay
/// (Bombay, Madras, Calcutta, Saigon, Peking, Pusan, Kwangju, Dnipropetrovsk).
/// </para>
/// <para>
/// Left out on purpose, because a name read as a place gives a person or a phrase a country (and a city named as a
/// speaker's name stops it from being taken for a person):
/// </para>
/// <list type="bullet">
/// <item>Ordinary English words, and common Spanish, Portuguese, French or other words that appear in English news:
/// Nice, Mobile, Reading, Bath, Split, Male/Malé, Cork, Limerick, Sale/Salé, Salt, Tours, Angers, Mons, Ruse, Perm,
/// Derby, Hull, Dover, Riverside, Buffalo, Mesa, Queens, Mountain View, Independence, Concord, Providence, Bar, Man,
/// Muse, Ream, Turbo, Tyre, Sur, Serra, Palma, Palmas, Pasto, Manta, Limón, Resistencia, Corrientes, Posadas, Salto,
/// Natal (also KwaZulu-Natal), Ganja, Lira, Sari, Swat, Osh (OSH), Ica (ICA), Aba (ABA), Oral, Yap, Como, Esmeraldas,
/// Solo, Rio (also a given name; Rio de Janeiro is in CityTable), Erode, Kota, Canton, Roma (the people).</item>
/// <item>Frequent given names or surnames in a big naming tradition (English, Spanish, Portuguese, Italian, Arabic,
/// Somali, West African, Chinese, Japanese, Korean, Vietnamese, Indian): Victoria, Florence, Charlotte, Austin,
/// Lincoln, Jackson, Columbus, Phoenix, Orlando, Eugene, Troy, Salem, Hamilton, Wellington (in CityTable), Regina,
/// Marion, Madison, Richmond, Montgomery, Raleigh, Augusta, Helena, Savannah, Aurora, Olympia, Cheyenne, Pierre,
/// Bismarck, Henderson, Stockton, Irvine, Chandler, Redmond, Kitchener, Markham, Laval, Nelson, Napier, Hastings,
/// Darwin, Cairns, Mackay, Gladstone, Kimberley, George, Livingstone, Buchanan, Harper, Linden, Sofia, Constantine,
/// Aden, Medina, Safi, Amara, Saada, Shiraz, Aydın, Petra, Larissa, Rhodes, Nancy, Sion, Oviedo, Toledo, Salamanca,
/// Burgos, Cáceres, Braga, Faro, Guimarães, Messina, Salerno, Valdivia, Pereira, Santos, Salvador, Vitória, Leticia,
/// Florencia, Buenaventura, Ibarra, Quevedo, Trujillo, Montero, Luque, Encarnación, Concepción, Maldonado, Rivera,
/// Matamoros, Heredia, Balboa, Colón, David, Mariel, Jérémie, Flores, Rawson, Legazpi, Roxas, Valenzuela, Clark,
/// Angeles, Mary, Keren, Ngozi, Adama, Dessie, Zaria, Minna, Jos, Kaya, Kara, Dosso, Gao, Moroni, Anand, Sagar, Puri,
/// Vinh, Thanh Hoa, Thai Nguyen, Nam Dinh, Hai Duong, Binh Duong, Hoa Binh, Takeo, and Japanese cities that are
/// common surnames (Yamaguchi, Matsumoto, Miyazaki, Kawasaki, Matsuyama, Takamatsu, Chiba, Fukui, Toyama, Kanazawa,
/// Nagano, Akita, Morioka, Yamagata, Sakai, Mito, Saga, Tsu).</item>
/// <item>Names of big places in two countries, or of a city in one country and a region, district or body of
/// another: Hyderabad (India's, in CityTable), San José, Valencia, Georgetown, George Town, Santiago de…, Santa Cruz,
/// Santa Fe, San Fernando, San Juan, San Luis, San Cristóbal, San Miguel, Santa Ana, Santa Clara, Mérida, León,
/// Granada, Cartago, Guadalupe, Trinidad, Sucre, Paraná, Formosa, La Rioja, Santander, Tripoli (Libya's, in CityTable),
/// Brest, Münster/Munster, Vitoria, Newcastle, Cambridge (Massachusetts), Durham, Windsor, Surrey, Halifax, Newport,
/// Scarborough, Syracuse, St. John's, Saint John, St. George's, Saint-Louis (Senegal; St. Louis is the American one),
/// Kochi is India's (Cochin), Anyang (China and South Korea), Nanyang (Singapore's university), Zhongshan (Taipei's
/// district), Bari (Somalia's region), Gombe (Kinshasa's district), Beni (Bolivia's department), Pemba (Mozambique
/// and Tanzania), Oyo (Congo), Khorgos/Horgos, Rafah, Moyale, Busia, Malaba, Torkham, Nogales and Niagara Falls
/// (border towns in two countries), Panmunjom, Faizabad, Mirpur, Bharatpur, Patan, Arad, Naga, Dali, Chita, Tula.</item>
/// <item>Places whose country is disputed or is not in Countries' Table: Hong Kong and Macau (gold sets take
/// "Hong Kong" as a party of its own), Crimea's Sevastopol and Simferopol, Western Sahara's Laayoune and Dakhla,
/// Abkhazia's Sukhumi, Baikonur, Kosovo, Puerto Rico and other territories.</item>
/// <item>Company and brand names that would make a company a country: Toyota, Hitachi, Santander, Halifax, Bata,
/// Evian (only Évian-les-Bains is in); and countries' own names as their cities (Djibouti, Kuwait, Singapore,
/// Luxembourg, Monaco, San Marino, Panama, Guatemala, Mexico, Belize, Armenia in Colombia, Liberia in Costa Rica).</item>
/// </list>
/// <para>
/// Where one meaning is by far the usual one in news, that one is kept: Birmingham, Plymouth, Portsmouth, Oxford
/// (United Kingdom), Hanover, Freiburg (Germany), Bergen (Norway), Odesa/Odessa (Ukraine), Memphis, San Antonio,
/// Portland, Arlington, St. Louis (United States), Gold Coast (Australia), Cuenca (Ecuador), Santo Domingo (Dominican
/// Republic), Kochi (India), Touba (Senegal), Juba (South Sudan), Parma and Verona (Italy), Queenstown (New Zealand),
/// Launceston (Australia), Bethlehem (Palestine).
/// </para>
/// </summary>
internal static class WorldCities
{
    /// <summary>
    /// Country (canonical, as in Countries' Table) | cities and their other spellings, separated by ';'. No city is
    /// repeated from Countries' CityTable, and no name stands under two countries.
    /// </summary>
    public const string Table = """
        Afghanistan|Kabul;Mazar-i-Sharif;Mazar-e-Sharif;Mazar-e Sharif;Kunduz;Ghazni;Khost;Bamiyan;Bamyan;Lashkar Gah;Taloqan;Pul-e-Khumri;Zaranj
        Albania|Tirana;Tiranë;Durrës;Durres;Vlorë;Vlora;Shkodër;Shkoder;Elbasan
        Algeria|Oran;Annaba;Blida;Batna;Sétif;Setif;Béjaïa;Bejaia;Tlemcen;Biskra;Skikda;Tizi Ouzou;Ouargla;Hassi Messaoud;Tamanrasset;Djelfa;Sidi Bel Abbès;Sidi Bel Abbes;Arzew
        Andorra|Andorra la Vella
        Angola|Huambo;Lobito;Benguela;Lubango;Cabinda;Malanje;Soyo;Namibe;Kuito
        Argentina|La Plata;Mar del Plata;San Miguel de Tucumán;San Miguel de Tucuman;Tucumán;Tucuman;Salta;Santiago del Estero;San Salvador de Jujuy;Jujuy;Neuquén;Neuquen;Bahía Blanca;Bahia Blanca;Comodoro Rivadavia;Ushuaia;Río Gallegos;Rio Gallegos;Bariloche;San Carlos de Bariloche;Catamarca;Río Cuarto;Rio Cuarto
        Armenia|Yerevan;Gyumri;Vanadzor
        Australia|Gold Coast;Wollongong;Hobart;Geelong;Townsville;Toowoomba;Ballarat;Bendigo;Launceston;Rockhampton;Alice Springs;Port Hedland;Fremantle;Broome;Karratha;Kalgoorlie;Parramatta
        Austria|Graz;Linz;Salzburg;Innsbruck;Klagenfurt;Wien;Alpbach
        Azerbaijan|Sumgait;Sumqayit;Mingachevir;Lankaran;Nakhchivan;Shusha
        Bahrain|Muharraq;Riffa;Sakhir
        Bangladesh|Chattogram;Khulna;Rajshahi;Sylhet;Rangpur;Mymensingh;Barisal;Barishal;Comilla;Cumilla;Gazipur;Narayanganj;Cox's Bazar;Mongla;Payra;Bogra;Bogura;Jessore;Jashore;Rooppur;Matarbari
        Belarus|Minsk;Gomel;Homel;Mogilev;Mahilyow;Vitebsk;Grodno;Hrodna
        Belgium|Bruxelles;Antwerp;Antwerpen;Ghent;Liège;Liege;Bruges;Brugge;Leuven;Louvain;Namur;Charleroi;Ostend;Oostende;Zeebrugge;Mechelen;Hasselt
        Belize|Belmopan;Belize City
        Benin|Porto-Novo;Cotonou;Parakou;Abomey-Calavi;Abomey;Djougou;Ouidah
        Bhutan|Phuntsholing;Paro;Punakha;Gelephu
        Bolivia|El Alto;Cochabamba;Santa Cruz de la Sierra;Oruro;Tarija;Potosí;Potosi;Cobija
        Bosnia and Herzegovina|Sarajevo;Banja Luka;Mostar;Tuzla;Zenica
        Botswana|Francistown;Maun;Jwaneng
        Brazil|Fortaleza;Belo Horizonte;Curitiba;Manaus;Recife;Porto Alegre;Goiânia;Goiania;Guarulhos;Campinas;São Luís;Sao Luis;Maceió;Maceio;Teresina;Campo Grande;João Pessoa;Joao Pessoa;Osasco;São Bernardo do Campo;Sao Bernardo do Campo;Ribeirão Preto;Ribeirao Preto;Uberlândia;Uberlandia;Contagem;Sorocaba;Cuiabá;Cuiaba;Aracaju;Florianópolis;Florianopolis;Macapá;Macapa;Porto Velho;Rio Branco;Boa Vista;Niterói;Niteroi;Joinville;Londrina;Juiz de Fora;Feira de Santana;Nova Iguaçu;Nova Iguacu;São José dos Campos;Sao Jose dos Campos;Paranaguá;Paranagua;Foz do Iguaçu;Foz do Iguacu;Caxias do Sul;Macaé;Macae;Angra dos Reis;Campos dos Goytacazes
        Brunei|Kuala Belait;Tutong
        Bulgaria|Plovdiv;Varna;Burgas;Stara Zagora
        Burkina Faso|Bobo-Dioulasso;Koudougou;Ouahigouya;Banfora;Fada N'Gourma
        Burundi|Bujumbura;Gitega
        Cambodia|Sihanoukville;Preah Sihanouk;Battambang;Kampot;Poipet;Kampong Cham;Kratie;Stung Treng;Koh Kong;Bavet;Pursat;Kampong Chhnang
        Cameroon|Douala;Garoua;Bamenda;Maroua;Bafoussam;Ngaoundéré;Ngaoundere;Bertoua;Buea;Kribi;Ebolowa
        Canada|Calgary;Edmonton;Winnipeg;Quebec City;Québec City;Quebec;Québec;Mississauga;Brampton;Saskatoon;Gatineau;Fredericton;Charlottetown;Yellowknife;Iqaluit;Kananaskis;Charlevoix;Muskoka;Banff;Burnaby
        Cape Verde|Praia;Mindelo
        Central African Republic|Bangui;Berbérati;Berberati;Bambari;Bouar
        Chad|Ndjamena;Moundou;Sarh;Abéché;Abeche
        Chile|Antofagasta;Viña del Mar;Vina del Mar;Temuco;Iquique;Rancagua;Talca;Arica;Puerto Montt;La Serena;Chillán;Chillan;Punta Arenas;Calama;Copiapó;Copiapo;Coquimbo;Osorno;Talcahuano
        China|Peking;Dongguan;Foshan;Shantou;Zhuhai;Huizhou;Jiangmen;Zhanjiang;Shaoguan;Jieyang;Zhaoqing;Maoming;Qingyuan;Meizhou;Wuxi;Changzhou;Nantong;Xuzhou;Yangzhou;Yancheng;Lianyungang;Kunshan;Zhenjiang;Huai'an;Changshu;Jiangyin;Taizhou;Wenzhou;Shaoxing;Jinhua;Yiwu;Jiaxing;Huzhou;Zhoushan;Wuzhen;Quanzhou;Zhangzhou;Putian;Pingtan;Wuhu;Bengbu;Huainan;Ma'anshan;Anqing;Fuyang;Ganzhou;Jiujiang;Jingdezhen;Pingxiang;Yichang;Xiangyang;Jingzhou;Shiyan;Huangshi;Zhuzhou;Xiangtan;Hengyang;Yueyang;Changde;Zhangjiajie;Luoyang;Kaifeng;Xinxiang;Pingdingshan;Jiaozuo;Xuchang;Zhoukou;Shangqiu;Xinyang;Zhumadian;Puyang;Yantai;Weifang;Linyi;Zibo;Jining;Weihai;Rizhao;Dongying;Tai'an;Qufu;Liaocheng;Shijiazhuang;Tangshan;Baoding;Handan;Langfang;Cangzhou;Qinhuangdao;Zhangjiakou;Xingtai;Chengde;Xiong'an;Xiongan;Taiyuan;Datong;Changzhi;Yuncheng;Jincheng;Hohhot;Baotou;Ordos;Chifeng;Erenhot;Manzhouli;Daqing;Qiqihar;Mudanjiang;Jiamusi;Heihe;Suifenhe;Jilin;Yanji;Hunchun;Anshan;Fushun;Benxi;Dandong;Jinzhou;Yingkou;Panjin;Huludao;Liuzhou;Guilin;Beihai;Qinzhou;Fangchenggang;Lijiang;Jinghong;Xishuangbanna;Ruili;Mianyang;Nanchong;Leshan;Yibin;Luzhou;Zigong;Panzhihua;Deyang;Zunyi;Xianyang;Baoji;Yan'an;Tianshui;Dunhuang;Jiuquan;Jiayuguan;Xining;Yinchuan;Kashgar;Kashi;Korla;Yining;Hotan;Karamay;Shihezi;Turpan;Shigatse;Wenchang
        Colombia|Cali;Barranquilla;Cúcuta;Cucuta;Bucaramanga;Santa Marta;Ibagué;Ibague;Manizales;Neiva;Villavicencio;Valledupar;Montería;Monteria;Sincelejo;Popayán;Popayan;Tunja;Quibdó;Quibdo;Riohacha;Yopal;Tumaco
        Comoros|Mutsamudu
        Costa Rica|Alajuela;Puntarenas
        Cote d'Ivoire|Yamoussoukro;Bouaké;Bouake;Daloa;San-Pédro;San-Pedro;Korhogo;Gagnoa
        Croatia|Zagreb;Rijeka;Osijek;Dubrovnik;Zadar
        Cuba|Santiago de Cuba;Camagüey;Camaguey;Holguín;Holguin;Guantánamo;Guantanamo;Las Tunas;Bayamo;Pinar del Río;Pinar del Rio;Cienfuegos;Matanzas;Varadero;Sancti Spíritus;Sancti Spiritus
        Cyprus|Nicosia;Limassol;Larnaca;Paphos;Famagusta;Kyrenia
        Czech Republic|Praha;Brno;Ostrava;Plzeň;Plzen;Pilsen;Olomouc;Liberec;České Budějovice;Ceske Budejovice;Karlovy Vary
        Democratic Republic of Congo|Lubumbashi;Mbuji-Mayi;Kisangani;Kananga;Goma;Bukavu;Kolwezi;Likasi;Tshikapa;Mbandaka;Matadi;Kikwit;Bunia;Uvira;Kindu;Kalemie;Butembo;Gbadolite
        Denmark|Aarhus;Århus;Odense;Aalborg;Esbjerg
        Dominica|Roseau
        Dominican Republic|Santo Domingo;Santiago de los Caballeros;San Pedro de Macorís;San Pedro de Macoris;La Romana;Punta Cana;Puerto Plata;San Francisco de Macorís;San Francisco de Macoris;Higüey;Higuey
        Ecuador|Cuenca;Machala;Portoviejo;Ambato;Riobamba
        Egypt|Giza;Port Said;Suez;Ismailia;Mansoura;Tanta;Asyut;Assiut;Faiyum;Fayoum;Zagazig;Minya;Sohag;Beni Suef;Qena;Hurghada;El Alamein;New Alamein;Ain Sokhna;Sokhna;New Administrative Capital;Damanhur;Marsa Matrouh;El Arish;Arish;Shubra El Kheima;Kafr El Sheikh;Sharm El Sheikh
        El Salvador|San Salvador
        Equatorial Guinea|Malabo;Ciudad de la Paz
        Eritrea|Asmara;Massawa;Assab
        Estonia|Tallinn;Tartu;Narva
        Eswatini|Mbabane;Lobamba;Manzini
        Ethiopia|Dire Dawa;Mekelle;Mekele;Bahir Dar;Gondar;Gonder;Hawassa;Awassa;Jimma;Jijiga;Harar;Shashemene;Bishoftu;Debre Zeit;Arba Minch;Gambela;Semera;Asosa;Axum;Aksum;Lalibela;Debre Markos;Debre Birhan;Kombolcha
        Fiji|Nadi;Lautoka;Labasa
        Finland|Tampere;Turku;Oulu;Espoo;Vantaa;Rovaniemi
        France|Marseilles;Toulouse;Bordeaux;Lille;Nantes;Montpellier;Rennes;Reims;Le Havre;Grenoble;Dijon;Toulon;Cannes;Biarritz;Deauville;Versailles;Rouen;Clermont-Ferrand;Orléans;Orleans;Caen;Ajaccio;Cherbourg;Calais;Dunkirk;Dunkerque;Saint-Nazaire;Avignon;Aix-en-Provence;Limoges;Poitiers;Besançon;Besancon;Fos-sur-Mer;Évian-les-Bains;Evian-les-Bains;Saint-Étienne;Saint-Etienne;Le Mans;Amiens;Perpignan;Nîmes;Nimes;Mulhouse;La Rochelle
        Gabon|Libreville;Port-Gentil;Franceville;Oyem
        Gambia|Banjul;Serekunda;Brikama
        Georgia|Tbilisi;Batumi;Kutaisi;Rustavi;Poti;Zugdidi;Anaklia
        Germany|Cologne;Köln;München;Frankfurt am Main;Stuttgart;Düsseldorf;Dusseldorf;Dortmund;Essen;Leipzig;Bremen;Dresden;Hanover;Hannover;Nuremberg;Nürnberg;Duisburg;Bochum;Wuppertal;Bielefeld;Mannheim;Karlsruhe;Wiesbaden;Augsburg;Aachen;Kiel;Magdeburg;Erfurt;Mainz;Saarbrücken;Saarbrucken;Potsdam;Schwerin;Rostock;Heidelberg;Freiburg;Darmstadt;Regensburg;Wolfsburg;Ingolstadt;Schloss Elmau;Elmau;Heiligendamm;Petersberg;Bremerhaven;Wilhelmshaven;Lübeck;Lubeck;Chemnitz;Gelsenkirchen;Braunschweig;Kassel;Ramstein;Garmisch-Partenkirchen;Jena;Göttingen;Gottingen
        Ghana|Tema;Takoradi;Sekondi-Takoradi;Cape Coast;Sunyani;Koforidua;Bolgatanga;Obuasi;Techiman
        Greece|Thessaloniki;Salonika;Patras;Patra;Piraeus;Heraklion;Iraklion;Volos;Ioannina;Kavala;Alexandroupolis;Corfu;Kalamata
        Guatemala|Guatemala City;Quetzaltenango;Xela;Antigua Guatemala;Puerto Barrios;Escuintla;Cobán;Coban;Mixco
        Guinea|Conakry;Nzérékoré;Nzerekore;Kankan;Kindia;Boké;Boke
        Guinea-Bissau|Bissau
        Haiti|Cap-Haïtien;Cap-Haitien;Gonaïves;Gonaives;Les Cayes;Jacmel;Port-de-Paix;Pétion-Ville;Petion-Ville;Hinche
        Honduras|Tegucigalpa;San Pedro Sula;La Ceiba;Choluteca;Comayagua
        Hungary|Debrecen;Szeged;Miskolc;Győr;Gyor;Paks;Kecskemét;Kecskemet
        Iceland|Reykjavík;Reykjavik;Akureyri;Keflavík;Keflavik
        India|Delhi;Bombay;Madras;Calcutta;Pune;Surat;Kanpur;Jaipur;Lucknow;Nagpur;Indore;Patna;Bhopal;Ludhiana;Agra;Vadodara;Baroda;Nashik;Faridabad;Ghaziabad;Rajkot;Varanasi;Amritsar;Prayagraj;Allahabad;Visakhapatnam;Vizag;Jabalpur;Howrah;Aurangabad;Solapur;Srinagar;Chandigarh;Coimbatore;Jodhpur;Madurai;Guwahati;Gwalior;Vijayawada;Mysuru;Mysore;Hubballi;Hubli;Jalandhar;Thiruvananthapuram;Trivandrum;Tiruchirappalli;Trichy;Bhubaneswar;Bhubaneshwar;Aligarh;Bareilly;Moradabad;Raipur;Jamshedpur;Kochi;Cochin;Amaravati;Cuttack;Bikaner;Warangal;Bhavnagar;Dehradun;Dehra Dun;Ajmer;Kolhapur;Siliguri;Asansol;Durgapur;Meerut;Gorakhpur;Thane;Navi Mumbai;Noida;Gurugram;Gurgaon;Shimla;Gandhinagar;Imphal;Agartala;Aizawl;Shillong;Kohima;Itanagar;Gangtok;Dispur;Panaji;Puducherry;Pondicherry;Jammu;Leh;Port Blair;Mangaluru;Mangalore;Belagavi;Belgaum;Udaipur;Kozhikode;Calicut;Thrissur;Tirupati;Ranchi;Dhanbad;Bhilai;Kandla;Mundra;Paradip;Haldia;Thoothukudi;Tuticorin;Sriharikota;Mahabalipuram;Mamallapuram;Jhansi;Mathura;Ayodhya;Tirunelveli;Vellore;Nellore;Kurnool;Kakinada;Rajahmundry;Dharamsala;Dharamshala;Bodh Gaya;Ujjain;Jamnagar;Muzaffarpur;Bhagalpur;Rohtak;Panipat;Nanded;Guntur;Rourkela
        Indonesia|Medan;Bekasi;Palembang;Tangerang;South Tangerang;Makassar;Ujung Pandang;Semarang;Depok;Batam;Padang;Denpasar;Bandar Lampung;Bogor;Malang;Pekanbaru;Balikpapan;Jogja;Jogjakarta;Banjarmasin;Surakarta;Pontianak;Manado;Jambi;Ambon;Samarinda;Mataram;Bengkulu;Palu;Kupang;Banda Aceh;Kendari;Serang;Jayapura;Merauke;Sorong;Manokwari;Ternate;Gorontalo;Mamuju;Palangkaraya;Palangka Raya;Tanjung Pinang;Tanjungpinang;Pangkal Pinang;Pangkalpinang;Lhokseumawe;Cirebon;Kediri;Jember;Banyuwangi;Labuan Bajo;Ubud;Bitung;Cikarang;Karawang;Cilegon;Morowali;Timika;Tarakan;Dumai;Mandalika;Nusantara
        Iran|Mashhad;Isfahan;Esfahan;Karaj;Tabriz;Qom;Ahvaz;Ahwaz;Kermanshah;Rasht;Kerman;Urmia;Orumiyeh;Zahedan;Hamadan;Arak;Yazd;Ardabil;Bandar Abbas;Zanjan;Sanandaj;Qazvin;Khorramabad;Gorgan;Bushehr;Chabahar;Abadan;Natanz
        Iraq|Basra;Basrah;Mosul;Sulaymaniyah;Sulaimaniyah;Suleimaniyah;Kirkuk;Najaf;Karbala;Nasiriyah;Diwaniyah;Hillah;Duhok;Dohuk;Ramadi;Fallujah;Samarra;Tikrit;Baqubah;Umm Qasr
        Ireland|Galway;Waterford
        Israel|Haifa;Beersheba;Be'er Sheva;Eilat;Ashdod;Ashkelon;Netanya;Rishon LeZion;Petah Tikva;Herzliya;Rehovot;Nazareth;Holon;Ramat Gan;Bnei Brak;Sderot;Dimona
        Italy|Milano;Napoli;Venezia;Firenze;Turin;Torino;Palermo;Genoa;Genova;Bologna;Catania;Verona;Trieste;Padua;Padova;Brescia;Taranto;Cagliari;Reggio Calabria;Reggio Emilia;Parma;Modena;Perugia;Pisa;L'Aquila;Taormina;Borgo Egnazia;Ancona;Livorno;Trento;Bolzano;Cernobbio;Lecce;Bergamo;Vicenza;Rimini;Pescara;Udine;Gioia Tauro;Civitavecchia;La Spezia;Ravenna;Siracusa;Matera
        Jamaica|Montego Bay;Spanish Town;Portmore;Ocho Rios
        Japan|Nagoya;Sapporo;Kobe;Fukuoka;Saitama;Sendai;Kitakyushu;Niigata;Hamamatsu;Kumamoto;Sagamihara;Shizuoka;Okayama;Kagoshima;Hachioji;Himeji;Utsunomiya;Higashiosaka;Nagasaki;Oita;Ōita;Naha;Okinawa;Fukushima;Aomori;Maebashi;Kofu;Gifu;Otsu;Ōtsu;Nara;Wakayama;Tokushima;Matsue;Tottori;Yokosuka;Sasebo;Tsukuba;Hakodate;Asahikawa;Ise-Shima;Toyako
        Jordan|Zarqa;Irbid;Aqaba;Madaba;Mafraq;Jerash
        Kazakhstan|Nur-Sultan;Shymkent;Karaganda;Karagandy;Aktobe;Aqtobe;Taraz;Pavlodar;Oskemen;Ust-Kamenogorsk;Semey;Semipalatinsk;Atyrau;Aktau;Aqtau;Kostanay;Kyzylorda;Petropavl;Uralsk;Taldykorgan;Ekibastuz;Zhezkazgan;Kokshetau
        Kenya|Thika;Malindi;Lamu;Garissa;Kitale;Nyeri;Machakos;Kakamega;Meru;Naivasha;Kericho;Lodwar;Kisii;Embu;Isiolo;Mandera;Wajir;Kilifi;Nanyuki;Kitui;Homa Bay;Bungoma
        Kiribati|Tarawa;South Tarawa;Bairiki
        Kyrgyzstan|Jalal-Abad;Karakol;Naryn;Tokmok;Cholpon-Ata;Batken
        Laos|Savannakhet;Pakse;Thakhek;Luang Namtha;Boten;Vang Vieng;Phonsavan;Oudomxay
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
        Malaysia|Ipoh;Shah Alam;Petaling Jaya;Klang;Subang Jaya;Seremban;Kuantan;Kuala Terengganu;Kota Bharu;Alor Setar;Malacca;Melaka;Miri;Sibu;Sandakan;Tawau;Bintulu;Labuan;Cyberjaya;Iskandar Puteri;Langkawi;Port Klang;Tanjung Pelepas;Kangar
        Maldives|Hulhumalé;Hulhumale;Addu City
        Mali|Timbuktu;Tombouctou;Mopti;Ségou;Segou;Sikasso;Kayes;Kidal
        Malta|Valletta
        Marshall Islands|Majuro
        Mauritania|Nouakchott;Nouadhibou
        Mauritius|Curepipe
        Mexico|Puebla;Tijuana;Ciudad Juárez;Ciudad Juarez;Zapopan;Ecatepec;Chihuahua;San Luis Potosí;San Luis Potosi;Aguascalientes;Hermosillo;Saltillo;Mexicali;Culiacán;Culiacan;Acapulco;Querétaro;Queretaro;Morelia;Torreón;Torreon;Reynosa;Toluca;Tuxtla Gutiérrez;Tuxtla Gutierrez;Durango;Veracruz;Xalapa;Jalapa;Villahermosa;Cuernavaca;Tepic;Ciudad Victoria;Pachuca;Oaxaca;Campeche;Chilpancingo;Chetumal;Tampico;Mazatlán;Mazatlan;Manzanillo;Nuevo Laredo;Los Cabos;Puerto Vallarta;Tlaxcala;Colima;Zacatecas;Celaya;Irapuato;Guanajuato;Coatzacoalcos;Tapachula;San Cristóbal de las Casas;San Cristobal de las Casas
        Micronesia|Palikir;Kolonia;Pohnpei;Chuuk;Kosrae
        Moldova|Chișinău;Chisinau;Kishinev;Bălți;Balti;Tiraspol;Comrat;Cahul
        Monaco|Monte-Carlo
        Mongolia|Ulan Bator;Erdenet;Darkhan
        Montenegro|Podgorica;Kotor;Nikšić;Niksic
        Morocco|Fès;Fes;Meknes;Meknès;Marrakesh;Agadir;Oujda;Kenitra;Tétouan;Tetouan;Nador;El Jadida;Beni Mellal;Tanger Med;Tanger;Essaouira;Ouarzazate;Skhirat
        Mozambique|Matola;Beira;Nampula;Chimoio;Quelimane;Tete;Nacala;Lichinga;Inhambane;Xai-Xai;Mocímboa da Praia;Mocimboa da Praia
        Myanmar|Rangoon;Naypyitaw;Mawlamyine;Moulmein;Bago;Pegu;Pathein;Sittwe;Taunggyi;Myitkyina;Lashio;Monywa;Meiktila;Magway;Kyaukphyu;Myawaddy;Tachileik;Dawei;Hpa-an;Loikaw;Hakha;Bagan
        Namibia|Walvis Bay;Swakopmund;Oshakati;Rundu;Lüderitz;Luderitz
        Nauru|Yaren
        Nepal|Pokhara;Lalitpur;Biratnagar;Birgunj;Butwal;Dharan;Janakpur;Nepalgunj;Dhangadhi;Hetauda;Bhaktapur;Lumbini
        Netherlands|Den Haag;Utrecht;Eindhoven;Groningen;Tilburg;Almere;Breda;Nijmegen;Maastricht;Leiden;Delft;Haarlem;Arnhem;Veldhoven;Enschede;Zwolle;Wageningen
        New Zealand|Auckland;Christchurch;Tauranga;Dunedin;Palmerston North;Rotorua;New Plymouth;Whangarei;Invercargill;Queenstown;Gisborne
        Nicaragua|Managua;Masaya;Matagalpa;Chinandega;Estelí;Esteli;Bluefields
        Niger|Zinder;Maradi;Agadez;Tahoua;Diffa;Arlit
        Nigeria|Kaduna;Benin City;Maiduguri;Ilorin;Oyo;Enugu;Abeokuta;Sokoto;Onitsha;Warri;Calabar;Uyo;Katsina;Ado-Ekiti;Akure;Bauchi;Ikeja;Makurdi;Umuahia;Gusau;Owerri;Awka;Osogbo;Lokoja;Lafia;Jalingo;Yola;Yenagoa;Asaba;Damaturu;Dutse;Birnin Kebbi;Ikorodu;Ogbomosho;Ile-Ife;Lekki;Apapa;Abakaliki
        North Korea|Pyongyang;Kaesong;Hamhung;Chongjin;Wonsan;Sinuiju;Nampo;Nampho;Rason;Rajin;Sariwon;Haeju;Kanggye;Hyesan;Yongbyon
        North Macedonia|Skopje;Ohrid;Bitola
        Norway|Bergen;Trondheim;Stavanger;Tromsø;Tromso;Kristiansand;Hammerfest;Kirkenes;Narvik
        Oman|Salalah;Sohar;Duqm;Nizwa
        Pakistan|Faisalabad;Multan;Gujranwala;Sialkot;Bahawalpur;Sargodha;Sukkur;Larkana;Abbottabad;Mardan;Gwadar;Muzaffarabad;Gilgit;Skardu;Dera Ismail Khan;Dera Ghazi Khan;Sheikhupura;Rahim Yar Khan;Jhang;Gujrat;Sahiwal;Kasur;Chitral;Nawabshah;Turbat;Bannu;Kohat;Mingora;Port Qasim
        Palau|Ngerulmud;Melekeok;Koror
        Palestine|Gaza City;Gaza;Ramallah;Nablus;Hebron;Jenin;Bethlehem;Khan Younis;Khan Yunis;Tulkarm;Deir al-Balah
        Panama|Panama City
        Papua New Guinea|Lae;Mount Hagen;Madang;Goroka;Kokopo;Wewak;Alotau;Arawa;Buka;Kimbe;Rabaul
        Paraguay|Ciudad del Este
        Peru|Arequipa;Callao;Chiclayo;Iquitos;Huancayo;Piura;Pucallpa;Tacna;Chimbote;Juliaca;Puno;Cajamarca;Ayacucho;Tumbes;Chancay;Cuzco;Huaraz;Tarapoto;Puerto Maldonado;Moquegua
        Philippines|Metro Manila;Quezon City;Caloocan;Zamboanga;Zamboanga City;Taguig;Pasig;Antipolo;Cagayan de Oro;Makati;Parañaque;Paranaque;Las Piñas;Las Pinas;Bacolod;Iloilo;Iloilo City;Mandaue;Lapu-Lapu City;Iligan;Baguio;Tacloban;Puerto Princesa;Cotabato;Cotabato City;Marawi;Butuan;Dagupan;Calamba;Batangas;Subic;Olongapo;Tagbilaran;Dumaguete;Laoag;Vigan;Tuguegarao;Cabanatuan;Malolos;Tarlac;Lucena;Ormoc;Kidapawan;Koronadal;Jolo;Pasay;Mandaluyong;Muntinlupa;Marikina;Navotas;Malabon;Bacoor;Dasmariñas;Dasmarinas;Imus;General Santos City;GenSan;Cebu City;Davao City;Boracay
        Poland|Łódź;Lodz;Wrocław;Wroclaw;Poznań;Poznan;Gdańsk;Gdansk;Szczecin;Bydgoszcz;Lublin;Katowice;Białystok;Bialystok;Gdynia;Rzeszów;Rzeszow;Kielce;Olsztyn;Opole;Toruń;Torun;Częstochowa;Czestochowa;Cracow;Świnoujście;Swinoujscie
        Portugal|Lisboa;Coimbra;Funchal;Setúbal;Setubal;Aveiro;Ponta Delgada;Cascais
        Qatar|Al Rayyan;Al Wakrah;Lusail;Ras Laffan;Al Khor
        Republic of the Congo|Brazzaville;Pointe-Noire;Dolisie;Ouesso
        Romania|Bucharest;București;Bucuresti;Cluj-Napoca;Cluj;Timișoara;Timisoara;Iași;Iasi;Constanța;Constanta;Craiova;Brașov;Brasov;Galați;Galati;Ploiești;Ploiesti;Oradea;Sibiu;Bacău;Bacau;Pitești;Pitesti;Suceava
        Russia|Novosibirsk;Yekaterinburg;Ekaterinburg;Nizhny Novgorod;Samara;Omsk;Chelyabinsk;Rostov-on-Don;Rostov-na-Donu;Rostov;Ufa;Krasnoyarsk;Voronezh;Volgograd;Krasnodar;Saratov;Tyumen;Tolyatti;Togliatti;Izhevsk;Barnaul;Ulyanovsk;Irkutsk;Khabarovsk;Yaroslavl;Makhachkala;Tomsk;Orenburg;Kemerovo;Novokuznetsk;Ryazan;Astrakhan;Naberezhnye Chelny;Penza;Lipetsk;Cheboksary;Kaliningrad;Kursk;Stavropol;Ulan-Ude;Tver;Magnitogorsk;Bryansk;Belgorod;Surgut;Arkhangelsk;Smolensk;Kaluga;Murmansk;Vologda;Yakutsk;Grozny;Vladikavkaz;Nalchik;Petrozavodsk;Syktyvkar;Yuzhno-Sakhalinsk;Petropavlovsk-Kamchatsky;Novorossiysk;Nakhodka;Norilsk;Magadan;Blagoveshchensk;Khanty-Mansiysk;Novy Urengoy;Ust-Luga;Tuapse;Vyborg;Pskov;Veliky Novgorod;Oryol;Tambov;Kostroma;Ivanovo;Saransk;Yoshkar-Ola;Kurgan;Abakan;Kyzyl;Elista;Maykop;Nazran;Skolkovo
        Rwanda|Huye;Butare;Musanze;Ruhengeri;Rubavu;Gisenyi;Nyagatare
        Saint Kitts and Nevis|Basseterre
        Saint Vincent and the Grenadines|Kingstown
        Sao Tome and Principe|São Tomé;Sao Tome
        Saudi Arabia|Mecca;Makkah;Madinah;Al-Madinah;Dammam;Al Khobar;Khobar;Dhahran;Taif;Ta'if;Tabuk;Buraidah;Buraydah;Jazan;Jizan;Najran;Ha'il;Yanbu;Jubail;Neom;AlUla;Al-Ula;Al Ula;Qatif;Hofuf;Ras Tanura;Diriyah
        Senegal|Touba;Thiès;Thies;Kaolack;Ziguinchor;Mbour;Diamniadio;Rufisque;Pikine
        Serbia|Belgrade;Beograd;Novi Sad;Kragujevac;Subotica
        Sierra Leone|Freetown;Kenema;Makeni;Koidu
        Slovakia|Bratislava;Košice;Kosice;Žilina;Zilina;Banská Bystrica;Banska Bystrica;Nitra;Prešov;Presov
        Slovenia|Ljubljana;Maribor;Koper
        Solomon Islands|Gizo;Auki
        Somalia|Mogadishu;Hargeisa;Hargeysa;Kismayo;Baidoa;Bosaso;Bossaso;Berbera;Garowe;Beledweyne;Galkayo;Jowhar;Dhusamareb
        South Africa|Soweto;Port Elizabeth;Gqeberha;Bloemfontein;Pietermaritzburg;Polokwane;Mbombela;Nelspruit;Rustenburg;Mahikeng;Mafikeng;Richards Bay;Saldanha Bay;Stellenbosch;Tshwane;Ekurhuleni;Sandton;Mthatha;Bhisho;Upington;Mossel Bay
        South Korea|Daejeon;Taejon;Daegu;Taegu;Gwangju;Kwangju;Pusan;Inchon;Suwon;Ulsan;Changwon;Goyang;Seongnam;Yongin;Bucheon;Ansan;Cheongju;Jeonju;Cheonan;Pohang;Gimhae;Hwaseong;Pyeongtaek;Sejong;Chuncheon;Gangneung;Pyeongchang;Yeosu;Mokpo;Gumi;Andong;Wonju;Geoje;Gimpo;Paju;Uijeongbu;Namyangju;Icheon;Osan;Songdo;Seogwipo;Naju;Gunsan
        South Sudan|Juba;Malakal;Wau;Yei;Rumbek;Aweil;Bentiu
        Spain|Sevilla;Zaragoza;Saragossa;Málaga;Malaga;Bilbao;Alicante;Murcia;Valladolid;Vigo;Gijón;Gijon;Palma de Mallorca;Las Palmas;Las Palmas de Gran Canaria;Santa Cruz de Tenerife;San Sebastián;San Sebastian;Donostia;Pamplona;A Coruña;A Coruna;La Coruña;La Coruna;Santiago de Compostela;Tarragona;Cádiz;Cadiz;Algeciras;Vitoria-Gasteiz;Logroño;Logrono;Huelva;Almería;Almeria;Badajoz;Girona;Lleida;Elche;Ibiza;Marbella
        Sri Lanka|Kandy;Galle;Jaffna;Trincomalee;Hambantota;Negombo;Batticaloa;Anuradhapura;Kurunegala;Sri Jayawardenepura Kotte;Kotte
        Sudan|Omdurman;Port Sudan;Kassala;El Obeid;Wad Madani;Wad Medani;Nyala;El Fasher;Al-Fashir;Gedaref;Al Qadarif;Kosti;Atbara;Geneina;El Geneina
        Suriname|Paramaribo
        Sweden|Gothenburg;Göteborg;Goteborg;Malmö;Malmo;Uppsala;Linköping;Linkoping;Västerås;Vasteras;Örebro;Orebro;Luleå;Lulea;Kiruna;Umeå;Umea
        Switzerland|Berne;Genève;Geneve;Basel;Lausanne;Lucerne;Luzern;Lugano;St. Gallen;St Gallen;Sankt Gallen;Winterthur;Bürgenstock;Burgenstock;Montreux;Fribourg;Neuchâtel;Neuchatel;Locarno;Zug
        Syria|Aleppo;Homs;Hama;Latakia;Deir ez-Zor;Deir el-Zour;Deir al-Zor;Raqqa;Idlib;Tartus;Tartous;Daraa;Qamishli;Hasakah;Al-Hasakah;Palmyra
        Taiwan|Taipei;Kaohsiung;Taichung;Tainan;New Taipei;New Taipei City;Taoyuan;Hsinchu;Keelung;Chiayi;Hualien;Taitung;Yilan;Pingtung;Miaoli;Changhua;Nantou;Kinmen;Penghu;Banqiao
        Tajikistan|Khujand;Bokhtar;Kurgan-Tyube;Kulob;Kulyab;Khorog;Istaravshan;Panjakent
        Tanzania|Mbeya;Morogoro;Tanga;Moshi;Kigoma;Tabora;Iringa;Mtwara;Songea;Musoma;Shinyanga;Singida;Bukoba;Sumbawanga;Geita;Stone Town;Bagamoyo
        Thailand|Nonthaburi;Samut Prakan;Nakhon Ratchasima;Korat;Udon Thani;Chonburi;Chon Buri;Laem Chabang;Rayong;Hua Hin;Songkhla;Surat Thani;Ubon Ratchathani;Nakhon Si Thammarat;Phitsanulok;Ayutthaya;Krabi;Koh Samui;Ko Samui;Nong Khai;Mae Sot;Pattani;Narathiwat;Lampang;Nakhon Phanom;Mukdahan;Kanchanaburi;Nakhon Pathom;Pathum Thani;Lopburi
        Timor-Leste|Baucau;Suai;Oecusse;Pante Macassar
        Togo|Lomé;Lome;Sokodé;Sokode
        Tonga|Nukualofa
        Trinidad and Tobago|Chaguanas;Point Lisas
        Tunisia|Sfax;Sousse;Kairouan;Bizerte;Gabès;Gabes;Djerba;Monastir;Hammamet
        Turkey|Bursa;Adana;Gaziantep;Konya;Mersin;Diyarbakır;Diyarbakir;Kayseri;Eskişehir;Eskisehir;Şanlıurfa;Sanliurfa;Urfa;Malatya;Erzurum;Samsun;Kahramanmaraş;Kahramanmaras;Denizli;Trabzon;Adapazarı;Adapazari;Kocaeli;İzmit;Izmit;Manisa;Balıkesir;Balikesir;Antakya;Hatay;Sivas;Elazığ;Elazig;Mardin;Edirne;Tekirdağ;Tekirdag;Çanakkale;Canakkale;Bodrum;Zonguldak;İskenderun;Iskenderun
        Turkmenistan|Ashkhabad;Turkmenabat;Dashoguz;Balkanabat;Turkmenbashi;Awaza
        Tuvalu|Funafuti
        Uganda|Gulu;Mbarara;Mbale;Arua;Masaka;Fort Portal;Kasese;Hoima;Soroti;Kabale;Tororo;Moroto;Mukono
        Ukraine|Kharkiv;Kharkov;Odesa;Odessa;Dnipro;Dnipropetrovsk;Donetsk;Zaporizhzhia;Zaporizhia;Zaporozhye;Lviv;Lvov;Kryvyi Rih;Mykolaiv;Mariupol;Luhansk;Lugansk;Kherson;Poltava;Chernihiv;Cherkasy;Sumy;Zhytomyr;Vinnytsia;Rivne;Ternopil;Lutsk;Ivano-Frankivsk;Uzhhorod;Chernivtsi;Khmelnytskyi;Kropyvnytskyi;Kramatorsk;Bakhmut;Izmail;Enerhodar;Energodar;Kremenchuk;Chornobyl;Chernobyl
        United Arab Emirates|Ajman;Ras Al Khaimah;Fujairah;Al Ain;Umm Al Quwain;Jebel Ali;Khor Fakkan;Masdar City
        United Kingdom|Birmingham;Glasgow;Liverpool;Leeds;Sheffield;Bristol;Newcastle upon Tyne;Nottingham;Leicester;Cardiff;Belfast;Aberdeen;Southampton;Portsmouth;Plymouth;Coventry;Oxford;Brighton;Dundee;Inverness;Swansea;Felixstowe;Gleneagles;Bletchley Park;Bletchley;Carbis Bay;Lough Erne;Milton Keynes;Wolverhampton;Stoke-on-Trent;Londonderry;Middlesbrough;Salford;Canary Wharf;Farnborough;Cheltenham
        United States|New York City;Houston;Philadelphia;San Antonio;San Diego;Dallas;Fort Worth;Jacksonville;Indianapolis;Seattle;Denver;El Paso;Detroit;Boston;Memphis;Nashville;Portland;Oklahoma City;Las Vegas;Louisville;Baltimore;Milwaukee;Albuquerque;Tucson;Fresno;Sacramento;Kansas City;Atlanta;Miami;Omaha;Minneapolis;Tulsa;Wichita;New Orleans;Cleveland;Tampa;Honolulu;Anchorage;Pittsburgh;Cincinnati;St. Louis;St Louis;Oakland;Long Beach;Virginia Beach;Colorado Springs;Salt Lake City;Boise;Des Moines;Little Rock;Baton Rouge;Tallahassee;Annapolis;Harrisburg;Albany;Trenton;Hartford;Juneau;Topeka;Carson City;Montpelier;Newark;Jersey City;Manhattan;Arlington;Fort Lauderdale;Scottsdale;Spokane;Pasadena;Berkeley;Princeton;Palo Alto;Cupertino;Menlo Park;Cape Canaveral;Huntsville;Camp David;Laredo;Lubbock;Knoxville;Chattanooga
        Uruguay|Punta del Este;Paysandú;Paysandu;Colonia del Sacramento;Fray Bentos
        Uzbekistan|Samarkand;Samarqand;Bukhara;Buxoro;Namangan;Andijan;Andijon;Fergana;Ferghana;Nukus;Qarshi;Karshi;Navoi;Navoiy;Urgench;Urganch;Termez;Termiz;Jizzakh;Khiva;Kokand
        Vanuatu|Port-Vila;Luganville
        Venezuela|Maracaibo;Maracay;Barquisimeto;Ciudad Guayana;Maturín;Maturin;Barinas;Ciudad Bolívar;Ciudad Bolivar;Cumaná;Cumana;Puerto La Cruz;Puerto Cabello;Puerto Ordaz;Punto Fijo;La Guaira;Los Teques
        Vietnam|Saigon;Bien Hoa;Vung Tau;Ha Long;Halong;Quy Nhon;Qui Nhon;Da Lat;Dalat;Buon Ma Thuot;Pleiku;Phan Thiet;Rach Gia;Long Xuyen;Bac Ninh;Phu Quoc;Cam Ranh;Ca Mau;Quang Ngai;Ha Tinh;Dien Bien Phu;Mong Cai;Thu Dau Mot;Kon Tum
        Yemen|Sanaa;Sana'a;Hodeidah;Hudaydah;Al Hudaydah;Taiz;Mukalla;Marib
        Zambia|Ndola;Kitwe;Kabwe;Chingola;Mufulira;Solwezi;Chipata;Kasama;Mongu
        Zimbabwe|Bulawayo;Mutare;Gweru;Kwekwe;Masvingo;Victoria Falls;Hwange;Beitbridge;Chinhoyi
        """;
}
