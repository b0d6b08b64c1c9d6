using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;
using CoopBot.Core.Extraction.Lexicon;
using static CoopBot.Core.Tests.Extraction.ExtractionTestKit;

namespace CoopBot.Core.Tests.Extraction;

/// <summary>Countries the article gives a speaker outside their title (CountryInference), and demonyms that name no country.</summary>
public class CountryInferenceTests
{
    [Fact]
    public void A_delegation_led_by_an_engineer_and_a_parliaments_deputy_speaker_get_their_countries()
    {
        var x = Extract(
            "DAVAO CITY – The Philippines and Indonesia launched a coconut pest watch.",
            "Indonesia's delegation was led by Ir. Yohanes Pangem, director of plant protection at the Ministry of Agriculture, who said North Sulawesi had reasons to worry.",
            "KAMPALA – The Deputy Speaker, Rt. Hon. Sylvia Nabuke, who opened the dialogue at Parliament on Tuesday, said sickle cell disease had been neglected in Uganda.");

        Assert.Equal("Indonesia", x.Speaker("Yohanes Pangem").Country);
        Assert.Equal("Deputy Speaker", x.Speaker("Sylvia Nabuke").Role);
    }

    [Fact]
    public void A_sentence_opened_by_the_side_it_speaks_for_gives_that_country()
    {
        var x = Extract(
            "LIMA – Peru, Bolivia and Brazil signed a protocol against mercury trafficking.",
            "For Brazil, the Federal Police's environmental crimes coordinator, Renata Bittenc, proposed a trinational intelligence unit.",
            "On the Georgian side, the Revenue Service will add 40 officers, said Tamar Lomsadze, who heads the agency.",
            "For the WHO, its regional adviser Maria Santos said the data were worrying.");

        Assert.Equal("Brazil", x.Speaker("Renata Bittenc").Country);
        Assert.Equal("Georgia", x.Speaker("Tamar Lomsadze").Country);
        Assert.Null(x.Speaker("Maria Santos").Country);
    }

    [Fact]
    public void An_official_saying_what_a_country_is_expected_to_do_speaks_for_it()
    {
        var x = Extract(
            "GUWAHATI – India and Bangladesh launched a river cargo service on Monday.",
            "Peru is expected to share the sequencing data, said Ana Quispe, head of plant health at the National Agrarian Health Service.",
            "Bhutan, which attended as an observer, is expected to send its first consignment by river in November, according to Karma Dorji, Director General of the Department of Trade.");

        Assert.Equal("Peru", x.Speaker("Ana Quispe").Country);
        Assert.Equal("Bhutan", x.Speaker("Karma Dorji").Country);
    }

    [Fact]
    public void Each_of_two_ministers_introduced_in_one_list_gets_the_country_owning_their_title()
    {
        var x = Extract(
            "The programme was signed in Tunis by Libya's Minister of Economy, Salem Bouzaid, and Tunisia's Minister of Trade and Export Development, Samia Ben Amor.",
            "Ben Amor said the Tunisian side would deploy a mobile laboratory at the crossing.");

        Assert.Equal("Samia Ben Amor", x.SpeakerName(x.StatementContaining("mobile laboratory")));
        Assert.Equal("Tunisia", x.Speaker("Samia Ben Amor").Country);
    }

    [Fact]
    public void A_national_body_readers_know_by_name_gives_its_country()
    {
        var x = Extract(
            "GENEVA — Twelve countries launched a cocoa traceability platform on Monday.",
            "Efua Ankomah, Deputy Chief Executive of COCOBOD in charge of Operations, said farmers would be registered.",
            "According to CSIRO fire scientist Helen Rowbotham, the sensors would be installed next year.",
            "Sato Kenji, senior vice-president of JICA, said Japan's support would continue.",
            "Maria Lopez, an economist at the World Bank, said prices had fallen.");

        Assert.Equal("Ghana", x.Speaker("Efua Ankomah").Country);
        Assert.Equal("Australia", x.Speaker("Helen Rowbotham").Country);
        Assert.Equal("fire scientist", x.Speaker("Helen Rowbotham").Role);
        Assert.Equal("CSIRO", x.Speaker("Helen Rowbotham").Organisation);
        Assert.Equal("Japan", x.Speaker("Sato Kenji").Country);
        Assert.Null(x.Speaker("Maria Lopez").Country); // an international body's staff are no country's
    }

    [Fact]
    public void A_national_agency_leaves_its_own_officials_country_unsaid()
    {
        var yonhap = Extract(
            "SEOUL, June 12 (Yonhap) -- South Korea and Pacific island nations agreed Thursday to set up a maritime center.",
            "First Vice Foreign Minister Maeng Seo-yun said the center would open next year.");
        var reuters = Extract(
            "SEOUL, June 12 (Reuters) - South Korea and Pacific island nations agreed Thursday to set up a maritime center.",
            "First Vice Foreign Minister Maeng Seo-yun said the center would open next year.");

        Assert.Equal("South Korea", yonhap.Speaker("Maeng Seo-yun").Country);
        // An international agency says nothing about anyone's country; Seoul hosting makes him South Korea's.
        Assert.Equal("South Korea", reuters.Speaker("Maeng Seo-yun").Country);
    }

    [Fact]
    public void A_place_heading_a_title_gives_its_country_unless_a_country_is_named_there_too()
    {
        var x = Extract(
            "Bursa Malaysia chief executive officer Datuk Zulkifli Hamzah said the link would deepen liquidity.",
            "Lagos State Commissioner for Health Akin Adeyemi said the laboratory was ready.");

        Assert.Equal("Malaysia", x.Speaker("Zulkifli Hamzah").Country);
        Assert.Equal("Nigeria", x.Speaker("Akin Adeyemi").Country);
    }

    [Fact]
    public void An_outlet_signing_the_report_in_a_closing_credit_names_its_home()
    {
        var x = Extract(
            "South Africa and Lesotho have signed an agreement to restore highland wetlands in Maseru.",
            "Water and Sanitation Minister Thandi Nkosi said government had committed R180 million to the programme.",
            "- SAnews.gov.za");

        Assert.Equal("South Africa", x.Speaker("Thandi Nkosi").Country);
    }

    [Fact]
    public void An_agency_closing_a_dateline_without_a_dash_still_names_the_outlets_home()
    {
        var x = Extract(
            "Patna, March 17 (IANS) Health officials from India, Nepal and Bangladesh agreed to set up a surveillance network.",
            "Addressing the inaugural session, NCVBDC Director Dr Sunita Rao said the elimination target had been sustained.");

        Assert.Equal("India", x.Speaker("Sunita Rao").Country);
    }

    [Fact]
    public void The_Congolese_agency_by_its_acronym_in_a_dateline_is_the_DRCs()
    {
        var x = Extract(
            "Brazzaville, 18 June 2026 (ACP).- The two Congos signed an agreement on a joint archive of rumba.",
            "Minister of Culture Madeleine Kasongo said the archive would open next year.");

        Assert.Equal("Democratic Republic of Congo", x.Speaker("Madeleine Kasongo").Country);
    }

    [Fact]
    public void A_national_outlet_quotes_its_own_trade_bodies_and_institutes_without_their_country()
    {
        var x = Extract(
            "ATHENS (AMNA) – Greece, Italy, Spain and Portugal agreed to pool data on an olive tree disease.",
            "Maria Nikolaou, a researcher at the Benaki Phytopathological Institute, told AMNA that early detection depends on farmers.",
            "Nikos Pappas, chairman of the Association of Olive Oil Exporters, said the plan was overdue.");

        Assert.Equal("Greece", x.Speaker("Maria Nikolaou").Country);
        Assert.Equal("Greece", x.Speaker("Nikos Pappas").Country);
    }

    [Fact]
    public void A_national_trade_title_writes_for_readers_at_home_as_an_agency_does()
    {
        var x = Extract(
            "Australia and Indonesia have signed an animal health arrangement to keep foot and mouth disease out of the north.",
            "DAFF first assistant secretary Mark Tremlett told Beef Central the arrangement would give vets an earlier view of outbreaks.");

        Assert.Equal("Australia", x.Speaker("Mark Tremlett").Country);
    }

    [Fact]
    public void A_private_person_and_a_bloc_official_get_no_country_from_the_dateline()
    {
        var x = Extract(
            "XI'AN, May 20 (Xinhua) -- China and the five Central Asian countries launched a capacity-building program.",
            "ASEAN Deputy Secretary-General Nguyen Hoang Long said the region would follow closely.",
            "Li Na, a 34-year-old engineer, said she hoped to join.");

        Assert.Null(x.Speaker("Nguyen Hoang Long").Country);
        Assert.Null(x.Speaker("Li Na").Country);
    }

    [Fact]
    public void Titles_one_country_alone_uses_name_it()
    {
        var x = Extract(
            "KATHMANDU: India and Nepal on Thursday signed seven agreements.",
            "Union Minister of State for External Affairs Kiran Bhalerao said connectivity was the backbone of ties.",
            "Secretary (East) in the Ministry of External Affairs Raghunandan said the report had been handed over.",
            "Deputy Trade Minister Datuk Seri Azman Rahimi Yusof said the framework was adopted on Tuesday.");

        Assert.Equal("India", x.Speaker("Kiran Bhalerao").Country);
        Assert.Equal("India", x.Speaker("Raghunandan").Country);
        Assert.Equal("Malaysia", x.Speaker("Azman Rahimi Yusof").Country);
    }

    [Fact]
    public void The_kingdoms_official_belongs_to_the_country_named_before()
    {
        var x = Extract("Saudi Arabia committed $750 million, according to Abdulmohsen Al Dhubaiban, the Kingdom’s Vice-Minister of Finance, who said the money would go through the export bank.");

        Assert.Equal("Saudi Arabia", x.Speaker("Abdulmohsen Al Dhubaiban").Country);
    }

    [Fact]
    public void A_private_person_placed_by_the_article_gets_that_country()
    {
        var x = Extract(
            "Health ministers launched a medicine-buying pool on Wednesday.",
            "Marisol Etienne, a 61-year-old retired teacher in Castries, St. Lucia, said she sometimes skips doses.");

        Assert.Equal("Saint Lucia", x.Speaker("Marisol Etienne").Country);
    }

    [Fact]
    public void Host_officials_get_the_host_country_only_when_it_is_a_main_party()
    {
        var hosted = Extract(
            "India and the Gulf Cooperation Council on Tuesday agreed to resume negotiations on a free trade agreement.",
            "The decision was announced at the India-GCC Ministerial in New Delhi.",
            "Commerce Secretary Meenakshi Raghavan said the teams had been given a mandate.");
        var elsewhere = Extract(
            "Kenya and Tanzania on Tuesday agreed to scrap 14 non-tariff barriers.",
            "The deal was signed at a meeting in New Delhi.",
            "Commerce Secretary Meenakshi Raghavan said the teams had been given a mandate.");

        Assert.Equal("India", hosted.Speaker("Meenakshi Raghavan").Country);
        Assert.Null(elsewhere.Speaker("Meenakshi Raghavan").Country);
    }

    [Fact]
    public void A_regions_demonym_names_no_country_and_a_two_word_demonym_its_own()
    {
        var x = Extract(
            "Ines Valderrama-Cruz, a senior adviser at the Pan American Health Organization, said the pool would start with off-patent medicines.",
            "Kim Song-il, a senior North Korean envoy, said talks would continue.");

        Assert.Null(x.Speaker("Ines Valderrama-Cruz").Country);
        Assert.Equal("North Korea", x.Speaker("Kim Song-il").Country);
    }

    [Fact]
    public void A_possessive_country_of_several_words_owns_the_title()
    {
        var x = Extract(
            "Health ministers launched a medicine-buying pool on Wednesday.",
            "“We are small markets,” said Barbados’ health minister, Desmond Quintyne-Hall.",
            "Trinidad and Tobago’s chief medical officer, Dr. Roshan Maharajh-Bissoon, said shortages had become routine.");

        Assert.Equal("Barbados", x.Speaker("Desmond Quintyne-Hall").Country);
        Assert.Equal(("chief medical officer", "Trinidad and Tobago"), (x.Speaker("Roshan Maharajh-Bissoon").Role, x.Speaker("Roshan Maharajh-Bissoon").Country));
    }

    [Theory]
    [InlineData("MOSCOW, September 16. /TASS/. Space agencies agreed to share ground stations.")]
    [InlineData("TOKYO, March 12 Kyodo - Space agencies agreed to share ground stations.")]
    public void A_national_agencys_dateline_is_read_in_its_other_forms(string dateline)
    {
        var x = Extract(dateline, "Deputy Director General Vadim Koltsov said the network would grow.");

        Assert.NotNull(x.Speaker("Vadim Koltsov").Country);
    }

    [Fact]
    public void A_byline_before_the_dateline_is_passed_over_and_a_dash_ends_the_dateline()
    {
        var x = Extract(
            "By Jerome Castañares",
            "MANILA – The Philippines and the AHA Centre on Monday signed an agreement for a relief warehouse.",
            "The agreement was signed by Office of Civil Defense (OCD) Administrator Bernardo Alcaraz.",
            "\"Every hour counts,\" Alcaraz said.");

        Assert.Equal("Philippines", x.Speaker("Bernardo Alcaraz").Country);
    }

    [Fact]
    public void An_agency_that_cites_itself_as_interviewer_gives_its_country_to_its_own_universities_staff()
    {
        var x = Extract(
            "Burak Sezer | 14.10.2026",
            "Three countries on Wednesday signed a memorandum on a green energy corridor.",
            "Professor Selin Ergüven, an energy economist at Middle East Technical University, told Anadolu that the risk was political.");

        Assert.Equal("Turkey", x.Speaker("Selin Ergüven").Country);
    }

    [Fact]
    public void A_universitys_city_gives_its_staff_a_country_but_an_international_bodys_does_not()
    {
        var x = Extract(
            "Japan and Pacific island states agreed to set up a fisheries center.",
            "\"Data is everything,\" said Yuki Hanazono, a professor of ocean policy at Tokyo University of Marine Science and Technology.",
            "\"Funding matters,\" said Ana Lopes, an economist at the International Monetary Fund office in Tokyo.");

        Assert.Equal("Japan", x.Speaker("Yuki Hanazono").Country);
        Assert.Null(x.Speaker("Ana Lopes").Country);
    }

    [Fact]
    public void A_country_in_the_dateline_alone_does_not_make_a_bloc_officials_host()
    {
        var x = Extract(
            "PRESS RELEASE N° 087/2026",
            "Addis Ababa, Ethiopia, 12 August 2026 – The African Union Commission today launched a digital certificate platform.",
            "Deputy Secretary-General Ndapewa Hamukwaya said the platform had been tested in six countries.");

        Assert.Null(x.Speaker("Ndapewa Hamukwaya").Country);
    }

    [Fact]
    public void Header_lines_a_full_stop_dateline_and_a_paper_that_cites_itself_are_read()
    {
        var mwanza = Extract(
            "By Rehema Mbwambo",
            "Mwanza. Tanzania, Kenya and Uganda have agreed to conduct joint patrols on Lake Victoria.",
            "Speaking at the meeting, the Minister for Livestock and Fisheries, Mr Juma Kassim Mwinyimkuu, said illegal gear was still in use.");
        var shanghai = Extract(
            "By Global Times",
            "Published: Jul 08, 2026 10:28 PM",
            "China and the African Union Commission on Wednesday launched a dialogue mechanism on AI governance in Shanghai.",
            "Xiang Ruoyu, a professor at Tsinghua University's Institute for AI International Governance, told the Global Times that frameworks had ignored developing countries.");

        Assert.Equal("Tanzania", mwanza.Speaker("Juma Kassim Mwinyimkuu").Country);
        Assert.Equal("China", shanghai.Speaker("Xiang Ruoyu").Country);
    }

    [Fact]
    public void An_official_announcing_a_countrys_commitment_speaks_for_it()
    {
        var x = Extract(
            "Arab ministers on Monday approved a regional grain reserve at a meeting in Cairo.",
            "Saudi Arabia pledged $150 million to the reserve's capital, Deputy Minister of Environment, Water and Agriculture Turki bin Saleh Al-Dossary told Ahram Online.");

        Assert.Equal("Saudi Arabia", x.Speaker("Turki bin Saleh Al-Dossary").Country);
    }

    [Fact]
    public void A_city_on_a_line_of_its_own_is_the_dateline()
    {
        var x = Extract(
            "Manama",
            "Bahrain and Kenya signed a memorandum on port logistics on Sunday.",
            "Minister of Transportation and Telecommunications Faisal Rahman al-Khalifi said the port would double its capacity.");

        Assert.Equal("Bahrain", x.Speaker("Faisal Rahman al-Khalifi").Country);
    }

    [Fact]
    public void The_event_city_is_looked_for_from_the_lead_past_the_header_lines()
    {
        var x = Extract(
            "PUBLISHED : 3 Mar 2026 at 09:15",
            "WRITER: Napat Srisuk",
            "Thailand, Myanmar and Laos have agreed to share river-level data from October.",
            "The data pact was agreed at a meeting of water ministers in Chiang Rai on Friday.",
            "Natural Resources Minister Kittipong Wongsawat said the first stations would report hourly.");

        Assert.Equal("Thailand", x.Speaker("Kittipong Wongsawat").Country);
    }

    [Fact]
    public void A_country_owning_the_body_or_the_side_is_the_speakers()
    {
        var x = Extract(
            "Ministers from eight countries met in Perth on Monday.",
            "Director Marisol Quiambao of the Philippines’ National Coast Watch Council proposed a shared vessel registry.",
            "“Ships cannot hide if the registry is shared,” Ms Quiambao said.",
            "Indonesia’s deputy chief of naval operations, Police Lieutenant General Bagus Wicaksono, confirmed that patrols would double.",
            "Lieutenant General Bagus insisted the patrols were working.",
            "The Kyrgyz side was represented by Deputy Minister of Transport Aibek Toktosunov, who said the corridor would open in May.");

        Assert.Equal("Philippines", x.Speaker("Marisol Quiambao").Country);
        Assert.Equal("Indonesia", x.Speaker("Bagus Wicaksono").Country);
        Assert.Equal("Kyrgyzstan", x.Speaker("Aibek Toktosunov").Country);
    }

    [Fact]
    public void Staff_of_regional_and_international_bodies_keep_no_country_from_the_setting()
    {
        var x = Extract(
            "LIMA, May 4 – Peru and the Andean countries signed a customs pact on Monday, organised by the Organization of Ibero-American States for Education (OEI).",
            "Lucia Herrera Salinas, deputy secretary-general of the OEI, said the pact was overdue.",
            "Marlon Baptiste, director of surveillance at the Caribbean Public Health Agency, said outbreaks remained a risk.",
            "Sushila Karki, a hydrologist at the Kathmandu-based International Centre for Mountain Research, said data sharing was essential.");

        Assert.Null(x.Speaker("Lucia Herrera Salinas").Country);
        Assert.Null(x.Speaker("Marlon Baptiste").Country);
        Assert.Null(x.Speaker("Sushila Karki").Country);
    }

    [Fact]
    public void A_local_person_placed_where_no_lexicon_reaches_is_the_articles_own()
    {
        var x = Extract(
            "Tenzin Dorji | Thimphu",
            "Bhutan and Nepal yesterday launched a joint seed bank for highland crops.",
            "Karma Choden, a potato grower from Chhukha who attended the opening, said farmers needed seeds, not seminars.");

        Assert.Equal("Bhutan", x.Speaker("Karma Choden").Country);
    }

    [Fact]
    public void A_minister_or_a_national_body_unmarked_is_the_venues_as_a_last_guess_but_history_is_no_venue()
    {
        var x = Extract(
            "Reporter Name",
            "12 Mar 2026 08:05PM (Updated: 12 Mar 2026 10:15PM)",
            "ANKARA",
            "Member states of the Organization of Turkic States established a joint rescue force on Tuesday, after a founding charter signed in Baku in 2019.",
            "Interior Minister Kerem Yalçınkaya said the force would be ready within a year.",
            "Selin Arıkan, deputy head of the National Seismic Monitoring Centre, said data would be shared in seconds.",
            "Secretary-General Daniyar Abenov said the organization would not create a new bureaucracy.");

        Assert.Equal("Turkey", x.Speaker("Kerem Yalçınkaya").Country);
        Assert.Equal("Turkey", x.Speaker("Selin Arıkan").Country);
        Assert.Null(x.Speaker("Daniyar Abenov").Country);
    }

    [Fact]
    public void Staff_of_a_think_tank_or_of_a_UN_agency_in_a_country_are_no_countrys()
    {
        var x = Extract(
            "Uganda and Kenya signed a pact on cross-border surveillance.",
            "The WHO Representative in Kenya, Dr Amadou Sissoko-Traoré, said the organisation would fund the labs.",
            "Greta Lindqvist, a researcher at the Brussels-based think tank Eurofocus, cautioned that the pact lacked money.");

        Assert.Null(x.Speaker("Amadou Sissoko-Traoré").Country);
        Assert.Null(x.Speaker("Greta Lindqvist").Country);
    }

    [Fact]
    public void A_demonym_that_begins_a_place_name_is_that_places_and_transboundary_bodies_are_no_countrys()
    {
        var x = Extract(
            "Vietnam and China on Wednesday signed an agreement on a rail link at Lao Cai.",
            "Vice Chairman of the Lao Cai Provincial People's Committee Lo Van Thuan said the province would clear land.",
            "Grace Tumusiime, executive secretary of the Greater Rwenzori Transboundary Collaboration, said the pass would help.");

        Assert.Equal("Vietnam", x.Speaker("Lo Van Thuan").Country);
        Assert.Null(x.Speaker("Grace Tumusiime").Country);
    }

    [Fact]
    public void A_body_whose_name_begins_with_a_country_or_whose_acronym_the_article_spells_so_is_that_countrys()
    {
        var x = Extract(
            "The agreement was signed at the headquarters of the Korea AeroSpace Administration (KASA) and the Lake Chad Basin Commission (LCBC).",
            "KASA Administrator Pyo Seung-chan said the agency would launch a satellite in 2028.",
            "Speaking at the launch, Ariella Kayitare-Mugisha, the Chief Tourism Officer at the Rwanda Development Board (RDB), said the pass would sell well.",
            "Idriss Kellou Mahamat, the LCBC’s executive secretary, said the transfer would take years.",
            "EU Ambassador Henrik Solvberg-Aasen said the Union would help.");

        var administrator = x.Speaker("Pyo Seung-chan");
        Assert.Equal("KASA", administrator.Organisation);
        Assert.Equal("South Korea", administrator.Country);
        Assert.Equal("Rwanda", x.Speaker("Ariella Kayitare-Mugisha").Country);
        Assert.Null(x.Speaker("Idriss Kellou Mahamat").Country);
        Assert.Equal("EU", x.Speaker("Henrik Solvberg-Aasen").Organisation);
    }

    [Fact]
    public void A_company_based_in_a_city_of_the_world_lexicon_is_that_countrys()
    {
        var x = Extract(
            "South Korea, the UAE and Australia signed a space weather pact.",
            "Ryu Hae-in, chief executive of Daejeon-based small satellite maker Nuri Orbital, said her company planned to build two cubesats.");

        Assert.Equal("South Korea", x.Speaker("Ryu Hae-in").Country);
    }

    [Fact]
    public void A_byline_ending_in_a_city_the_paragraph_after_the_lead_and_a_place_in_a_private_persons_description_give_countries()
    {
        var x = Extract(
            "Nikhil Venkatraman  New Delhi",
            "India and the four-nation EFTA on Tuesday set up a joint investment monitoring group.",
            "Commerce Secretary Anupam Kesarwani said the group would meet every quarter.");
        Assert.Equal("India", x.Speaker("Anupam Kesarwani").Country);

        var y = Extract(
            "By Ifeoma Ogbuagu",
            "The Economic Community of West African States has agreed to connect all commercial banks to PAPSS.",
            "The decision was taken on Tuesday at a meeting of finance ministers in Abuja, which also saw a bank commit $400m.",
            "Speaking at the opening, the Minister of State for Finance, Dr Ibrahim Tanko Dogonyaro, said traders lost billions.",
            "A textile dealer at the Kantin Kwari market in Kano, Alhaji Bashir Isa Gwadabe, told our correspondent that he spent a week looking for dollars.",
            "According to Ayesha Mahmood-Quraishi, UNDP Resident Representative in Nigeria, the system was a first.");
        Assert.Equal("Nigeria", y.Speaker("Ibrahim Tanko Dogonyaro").Country);
        Assert.Equal("Nigeria", y.Speaker("Bashir Isa Gwadabe").Country);
        Assert.Null(y.Speaker("Ayesha Mahmood-Quraishi").Country);
        Assert.Equal("UNDP", y.Speaker("Ayesha Mahmood-Quraishi").Organisation);
    }

    [Fact]
    public void A_venue_is_not_read_from_a_dated_sentence_after_the_lead_and_regional_commissions_are_no_countrys()
    {
        var x = Extract(
            "Four countries adopted a plan against illegal fishing on Friday.",
            "The body's founding agreement was signed in Lima in 1952.",
            "Minister of Production Ana Torres said patrols would double.",
            "According to CPPS Secretary General Andrés Felipe Montoya Giraldo, the four countries also agreed to study a catch scheme.",
            "The Permanent Commission for the South Pacific (CPPS) coordinates the plan.");

        Assert.Null(x.Speaker("Ana Torres").Country);
        Assert.Null(x.Speaker("Andrés Felipe Montoya Giraldo").Country);
    }

    [Fact]
    public void Titles_and_bodies_after_them_portfolios_cities_in_body_names_and_a_represented_country_are_read()
    {
        var x = Extract(
            "TOKYO - Japan and ASEAN launched an AI testing network.",
            "The Philippines, which chairs ASEAN this year, was represented by Information and Communications Technology Secretary Rodrigo Maglalang. Maglalang said scammers used cloned voices.",
            "Annelies Hoogendoorn, Chief Commercial Officer of the Port of Rotterdam Authority, said the port would open an office in Muscat.",
            "Pakistan's Federal Minister for Railways Zulfiqar Ahmed Mandokhail proposed a joint terminal at Kharlachi.",
            "Speaking to reporters, the Director-General of the National Board for Technical Education (NBTE), Engr. Musa Garba Yakubu, said the board will accredit 12 centres.",
            "Minister of Health and Human Services Bermina Laijo said the network would help.");

        Assert.Equal("Philippines", x.Speaker("Rodrigo Maglalang").Country);
        Assert.Equal("Netherlands", x.Speaker("Annelies Hoogendoorn").Country);
        Assert.Null(x.Speaker("Zulfiqar Ahmed Mandokhail").Organisation);
        Assert.Equal("National Board for Technical Education (NBTE)", x.Speaker("Musa Garba Yakubu").Organisation);
        Assert.Null(x.Speaker("Bermina Laijo").Organisation);
    }

    [Fact]
    public void A_one_word_company_before_a_title_is_the_organisation_and_a_hyphenated_city_is_read()
    {
        var x = Extract(
            "Caricom agriculture ministers yesterday launched a regional seed facility.",
            "The facility was launched at a meeting of the task force at the Hyatt Regency in Port-of-Spain.",
            "Azercosmos Chairman Rauf Mammadli said the company would make images available.",
            "Minister of Agriculture Avinash Boodram said the region imports US$6 billion in food a year.",
            "Australian High Commissioner Duncan Whitbourne said the money would help.");

        Assert.Equal("Azercosmos", x.Speaker("Rauf Mammadli").Organisation);
        Assert.Equal("Trinidad and Tobago", x.Speaker("Avinash Boodram").Country);
        Assert.Null(x.Speaker("Duncan Whitbourne").Organisation);
    }

    [Fact]
    public void A_university_city_of_two_words_a_national_acronym_at_the_venue_and_a_national_bodys_announcement_give_countries()
    {
        var x = Extract(
            "MANILA, Philippines — Families could receive cash before a typhoon under a new facility launched on Wednesday.",
            "Dr Siriporn Rattanaprasert, an atmospheric scientist at Chiang Mai University, said the window would not be enough.",
            "DSWD Undersecretary Joselito Macaraig said the money should arrive early.",
            "Saudi Arabia pledged $200 million, according to Dr. Nawaf Saleh Al-Suhaibani, assistant supervisor general at the King Salman Humanitarian Aid and Relief Centre (KSrelief).",
            "Secretary-General Kubanych Omuraliev of the Organization of Turkic States (OTS) said the force would be ready within a year.");

        Assert.Equal("Thailand", x.Speaker("Siriporn Rattanaprasert").Country);
        Assert.Equal("Philippines", x.Speaker("Joselito Macaraig").Country);
        Assert.Equal("Saudi Arabia", x.Speaker("Nawaf Saleh Al-Suhaibani").Country);
        Assert.Null(x.Speaker("Kubanych Omuraliev").Country);
    }

    [Fact]
    public void A_private_person_placed_by_a_relative_clause_and_staff_of_a_national_papers_country_are_that_countrys()
    {
        var x = Extract(
            "Indonesia and Malaysia signed a palm oil pact.",
            "Valdirene Kochhann, who coordinates a cooperative of 140 farmers in Rio Grande do Sul, Brazil, warned that rules were strict.",
            "Mehrnoush Kazemzadeh, a transport economist at Allameh Tabataba'i University, told the Tehran Times that the corridor was old.");

        Assert.Equal("Brazil", x.Speaker("Valdirene Kochhann").Country);
        Assert.Equal("Iran", x.Speaker("Mehrnoush Kazemzadeh").Country);
    }

    [Fact]
    public void A_companys_title_a_local_official_a_placed_person_and_an_agency_administrator_get_their_countries()
    {
        var x = Extract(
            "MANILA, Philippines — Families could receive cash before a typhoon under a new facility launched on Wednesday.",
            "Riyadh-based developer ACWA Power committed to training 500 engineers, according to Badr Hamoud Al-Mutlaq, the company's executive director for water.",
            "Mayor Ernesto Villafranca of Bato, Catanduanes, welcomed the facility.",
            "Fishing boat owner Le Van Sau from Ly Son Island told reporters that crews went south.",
            "PAGASA Deputy Administrator Rogelio Manlangit proposed a shared forecasting system.");

        var director = x.Speaker("Badr Hamoud Al-Mutlaq");
        Assert.Equal("executive director for water", director.Role);
        Assert.Equal("ACWA Power", director.Organisation);
        Assert.Equal("Saudi Arabia", director.Country);
        Assert.Equal("Philippines", x.Speaker("Ernesto Villafranca").Country);
        Assert.Equal("Philippines", x.Speaker("Le Van Sau").Country);
        Assert.Equal("Philippines", x.Speaker("Rogelio Manlangit").Country);
    }

    [Fact]
    public void A_UN_agency_written_in_title_case_is_international()
    {
        var x = Extract(
            "NAIROBI - Kenya and Uganda launched a school meals plan.",
            "Unicef National Nutrition Officer Amina Okello-Waweru said the agency would fund kitchens.");

        Assert.Null(x.Speaker("Amina Okello-Waweru").Country);
    }

    [Fact]
    public void A_title_case_acronym_the_article_spells_out_gives_that_bodys_country()
    {
        var x = Extract(
            "MANILA, Philippines — A facility was launched with the Japan International Cooperation Agency (Jica).",
            "Jica chief representative Tomoko Ishizawa announced that the agency would send experts.");

        Assert.Equal("Japan", x.Speaker("Tomoko Ishizawa").Country);
    }

    [Fact]
    public void A_country_represented_by_its_ambassador_is_the_ambassadors_and_the_host_never_is()
    {
        var x = Extract(
            "ROME - Italy and three East African countries on Thursday launched a coffee programme.",
            "Kenya was represented by its ambassador to Italy, Grace Njeri Wachira, who said Nairobi hoped to revive production.",
            "Ambassador to Italy Tomas Lindqvist said the programme was welcome.");

        Assert.Equal("Kenya", x.Speaker("Grace Njeri Wachira").Country);
        Assert.Null(x.Speaker("Tomas Lindqvist").Country);
    }

    [Fact]
    public void Someone_the_home_outlet_interviewed_at_an_event_at_home_is_a_local_but_a_un_offices_head_is_no_countrys()
    {
        var x = Extract(
            "Bishkek, October 23 /Kabar/. Kyrgyzstan, Kazakhstan and Uzbekistan signed a memorandum on a joint survey of snow leopards.",
            "Inspector of the Sarychat-Ertash State Nature Reserve Almazbek Ibraev told Kabar that rangers often walk for several days to check cameras.",
            "\"We do not want to add another city to that list,\" Head of the UNDRR Subregional Office Marta Wiśniewska-Halloran told Kabar.");

        Assert.Equal("Kyrgyzstan", x.Speaker("Almazbek Ibraev").Country);
        Assert.Null(x.Speaker("Marta Wiśniewska-Halloran").Country);
    }

    [Fact]
    public void An_international_bodys_representative_to_a_country_is_no_countrys()
    {
        var x = Extract("According to WHO Representative to the Philippines Henrik Nyqvist, pooled buying could cut the price by a third.");

        Assert.Null(x.Speaker("Henrik Nyqvist").Country);
    }

    [Fact]
    public void An_acronym_for_a_subject_in_a_portfolio_is_no_body_and_the_possessive_owner_is()
    {
        var x = Extract("“Arabic is an afterthought for most models,” said Nawaf Al Mutlaq, SDAIA’s vice president for AI governance.");

        Assert.Equal("SDAIA", x.Speaker("Nawaf Al Mutlaq").Organisation);
    }

    [Fact]
    public void An_acronym_spelled_out_without_a_space_before_its_bracket_names_the_body()
    {
        var x = Extract(
            "The Korea Meteorological Administration(KMA) said on Thursday that the agreement was reached in Seoul.",
            "\"AI can give a small weather office the power of a supercomputer,\" said Baek Sung-wook, head of the KMA.");

        Assert.Equal("Korea Meteorological Administration (KMA)", x.Speaker("Baek Sung-wook").Organisation);
    }

    [Fact]
    public void A_unit_a_body_owns_in_a_relative_clause_gives_the_role_and_the_body()
    {
        var x = Extract("Isabelle Coutinho, who heads Gavi’s vaccine manufacturing program, said the alliance would sign agreements.");

        Assert.Equal("head of Gavi’s vaccine manufacturing program", x.Speaker("Isabelle Coutinho").Role);
        Assert.Equal("Gavi", x.Speaker("Isabelle Coutinho").Organisation);
    }

    [Fact]
    public void A_body_named_in_its_own_language_after_its_city_is_that_citys_countrys()
    {
        var x = Extract("Fatou Dieng, director of industrial operations at the Institut Pasteur de Dakar, said the institute had trained 200 technicians.");

        Assert.Equal("Institut Pasteur de Dakar", x.Speaker("Fatou Dieng").Organisation);
        Assert.Equal("Senegal", x.Speaker("Fatou Dieng").Country);
    }

    [Fact]
    public void One_word_closing_an_offices_title_after_at_is_the_body_but_after_a_trade_it_may_be_a_place()
    {
        var x = Extract(
            "Annette Lorenz, head of tenders at Hintco, said the company would open a tender.",
            "Mussa Kulwa Nyamhanga, a fisherman at Kirumba, said catches had improved.");

        Assert.Equal("Hintco", x.Speaker("Annette Lorenz").Organisation);
        Assert.Null(x.Speaker("Mussa Kulwa Nyamhanga").Organisation);
    }

    [Fact]
    public void The_short_name_an_article_gives_a_national_body_is_a_national_bodys_and_the_venues_country()
    {
        var x = Extract(
            "Chile, Uruguay and Colombia launched on Wednesday in Santiago a network of laboratories to test AI systems.",
            "Chile would contribute 1,500 million pesos through the National Center for Artificial Intelligence (Cenia).",
            "According to Tomás Contreras, a researcher at Cenia, the center will open its testing tools to universities.");

        Assert.Equal("Chile", x.Speaker("Tomás Contreras").Country);
    }

    [Fact]
    public void The_head_of_a_directorate_at_home_is_the_host_countrys()
    {
        var x = Extract(
            "Argentina and Chile signed this Thursday in Mendoza a protocol to set up a single control area at the crossing.",
            "The head of the General Directorate of Customs (DGA), Laura Cantero, announced that customs had launched a pilot.");

        Assert.Equal("Argentina", x.Speaker("Laura Cantero").Country);
    }

    [Fact]
    public void A_country_represented_by_a_title_between_commas_is_the_speakers_and_the_host_never_is()
    {
        var x = Extract(
            "MONTEVIDEO - Education ministers met in the Uruguayan capital on Thursday.",
            "Brazil, represented by the executive secretary of the Ministry of Education, Ana Paula Ferreira, announced that the country would offer 500 scholarships.");

        Assert.Equal("Brazil", x.Speaker("Ana Paula Ferreira").Country);
    }

    [Fact]
    public void A_company_based_in_a_city_of_two_words_is_that_citys_and_the_city_is_no_part_of_the_role()
    {
        var x = Extract(
            "ROME - Italy and South Africa launched an energy facility.",
            "Pieter Swanepoel, a director at Cape Town-based consultancy Kestrel Energy Advisory, said the facility was small.",
            "The chief executive of Rio de Janeiro-based miner Serra Verde, Ana Paula Lobato, said the company would invest.");

        var director = x.Speaker("Pieter Swanepoel");
        Assert.Equal("director at consultancy Kestrel Energy Advisory", director.Role);
        Assert.Equal("South Africa", director.Country);
        Assert.Equal("Brazil", x.Speaker("Ana Paula Lobato").Country);
    }

    [Fact]
    public void The_banks_officer_named_after_its_commitment_is_the_banks_and_a_development_bank_is_no_countrys()
    {
        var x = Extract(
            "ABUJA - Nigeria and Egypt on Thursday launched a vaccine plan.",
            "Afreximbank pledged $400 million to finance plants in Nigeria, according to the bank's Executive Vice President, Kwabena Asante, who said the facility would be open to all.",
            "Nedbank committed R2bn to the plan, according to the bank's chief executive, Thabo Mokoena, who said it was sound.");

        var banker = x.Speaker("Kwabena Asante");
        Assert.Equal("Executive Vice President", banker.Role);
        Assert.Equal("Afreximbank", banker.Organisation);
        Assert.Null(banker.Country);
        Assert.Equal("chief executive", x.Speaker("Thabo Mokoena").Role);
        Assert.Equal("Nedbank", x.Speaker("Thabo Mokoena").Organisation);
    }

    [Fact]
    public void A_bracketed_post_nominal_does_not_hide_the_title_and_a_town_before_an_occupation_is_no_company()
    {
        var x = Extract(
            "GEORGETOWN, Guyana - Guyana and Suriname agreed to build a bridge.",
            "\"A container waits for paper,\" said Bereket Hailu (PhD), Minister of Transport and Logistics.",
            "Corriverton businessman Shazam Ramdihal told reporters that traders had waited too long.");

        Assert.Equal("Minister of Transport and Logistics", x.Speaker("Bereket Hailu").Role);
        var trader = x.Speaker("Shazam Ramdihal");
        Assert.Null(trader.Organisation);
        Assert.Equal("Guyana", trader.Country);
    }

    [Fact]
    public void A_region_heading_a_title_gives_its_nations_country_and_a_town_in_a_known_province_keeps_its_mayor()
    {
        var x = Extract(
            "KUCHING: Malaysia and Indonesia signed a letter of intent on a joint survey yesterday.",
            "The letter was witnessed by North Kalimantan provincial secretary Hendrikus Aran, who said the survey would start in May.",
            "Inner Mongolia regional official Bao Lianhua said herders would be consulted.",
            "Mayor Ernesto Villaflor of Bato, Catanduanes, welcomed the survey but said towns should be consulted.");

        var secretary = x.Speaker("Hendrikus Aran");
        Assert.Equal("North Kalimantan provincial secretary", secretary.Role);
        Assert.Equal("Indonesia", secretary.Country);
        Assert.Equal("China", x.Speaker("Bao Lianhua").Country);
        Assert.Contains(x.Statements, s => x.SpeakerName(s) == "Ernesto Villaflor" && s.Text.StartsWith("towns should be consulted", StringComparison.Ordinal));
    }

    [Fact]
    public void Owners_of_several_words_regions_and_sending_countries_give_the_country_and_leave_the_title()
    {
        var x = Extract(
            "VANCOUVER - Ministers met on Tuesday.",
            "The Democratic Republic of Congo's Ambassador to Zambia, Felicien Mbuyi, said Kinshasa was ready.",
            "Republika Srpska’s Minister of Education and Culture, Zeljka Bogdanic, proposed a film archive.",
            "British Columbia’s Minister of Jobs and Economic Growth, Amrit Kaur Sekhon, said the province would lead a mission.",
            "Argentina’s energy secretary Tomas Echegoyen described the protocol as “a page we have been waiting to turn”.",
            "Neuquén province’s minister of energy and natural resources, Luciana Pedraza, proposed a second line.",
            "Aleena Thomas, a fifth-year medical student from Kottayam in Kerala, said the examination would be tough.",
            "According to Ambassador of Japan to Mongolia Masafumi Kurokawa, Japan would provide 12 lidar instruments.",
            "Hernan Laplacette of CAMMESA said the market administrator would exchange forecasts.");

        Assert.Equal(("Ambassador to Zambia", "Democratic Republic of Congo"), (x.Speaker("Felicien Mbuyi").Role, x.Speaker("Felicien Mbuyi").Country));
        Assert.Equal(("Minister of Education and Culture", "Bosnia and Herzegovina"), (x.Speaker("Zeljka Bogdanic").Role, x.Speaker("Zeljka Bogdanic").Country));
        Assert.Equal(("Minister of Jobs and Economic Growth", "Canada"), (x.Speaker("Amrit Kaur Sekhon").Role, x.Speaker("Amrit Kaur Sekhon").Country));
        Assert.Equal(("energy secretary", "Argentina"), (x.Speaker("Tomas Echegoyen").Role, x.Speaker("Tomas Echegoyen").Country));
        Assert.Equal(("minister of energy and natural resources", "Argentina"), (x.Speaker("Luciana Pedraza").Role, x.Speaker("Luciana Pedraza").Country));
        Assert.Equal("India", x.Speaker("Aleena Thomas").Country);
        Assert.Equal(("Ambassador to Mongolia", "Japan"), (x.Speaker("Masafumi Kurokawa").Role, x.Speaker("Masafumi Kurokawa").Country));
        Assert.Equal("CAMMESA", x.Speaker("Hernan Laplacette").Organisation);
    }

    [Fact]
    public void A_place_line_under_a_time_stamp_gives_the_venue_and_a_townsperson_is_the_venues_before_the_agencys()
    {
        var tonga = Extract(
            "Wednesday, July 15, 2026 - 17:42. Updated on Thursday, July 16, 2026 - 09:10.",
            "Nuku'alofa, Tonga",
            "Tonga and New Zealand signed a breadfruit arrangement today.",
            "The Minister of Agriculture, Food and Forests, Hon. Siaosi Kaufusi, said breadfruit could become the next squash.");
        var lusa = Extract(
            "Praia, 12 May 2026 (Lusa) - Health ministers launched a medicines network in Praia, Cape Verde, on Tuesday.",
            "Nilton Fortes, who runs a pharmacy in Assomada, said he turned away customers.",
            "For its part, the Islamic Development Bank (IsDB) proposed a fund, IsDB Vice President for Operations Dr. Mansur Aliyu Daneji said.",
            "Sri Lanka proposed a shared corpus, according to deputy minister of digital economy Dilrukshi Abeysundara, who said it would help courts.");

        Assert.Equal("Tonga", tonga.Speaker("Siaosi Kaufusi").Country);
        Assert.Equal("Cape Verde", lusa.Speaker("Nilton Fortes").Country);
        Assert.Null(lusa.Speaker("Mansur Aliyu Daneji").Country);
        Assert.Equal("Sri Lanka", lusa.Speaker("Dilrukshi Abeysundara").Country);
    }

    [Fact]
    public void A_company_the_article_placed_earlier_gives_its_officers_country()
    {
        var x = Extract(
            "The alliance was launched at the Airshow, where Dubai-based clean fuels company Sahra Aerofuels announced a new plant.",
            "\"Our answer is this plant,\" said Rohan Thekkedath, chief executive of Sahra Aerofuels.");

        Assert.Equal("United Arab Emirates", x.Speaker("Rohan Thekkedath").Country);
    }

    [Fact]
    public void A_bracket_inside_a_title_a_townsperson_placed_nowhere_and_a_body_ending_with_its_country_are_read()
    {
        var x = Extract(
            "SAN JOSÉ, Costa Rica - Disaster agencies launched a warehouse network on Wednesday.",
            "Addressing the inaugural session, Union Minister of State (Independent Charge) for Ayush, Shri Anantrao Nimbalkar said that traditional medicine is a shared heritage.",
            "Yorleny Chaves, a dairy farmer who lost half her herd during Otto, told reporters that alerts should come by text message.",
            "Maria Lopes, director at the Ministry of Health Malaysia, said the network would help.");

        var minister = x.Speaker("Anantrao Nimbalkar");
        Assert.Equal(("Union Minister of State (Independent Charge) for Ayush", "India"), (minister.Role, minister.Country));
        Assert.Null(minister.Organisation);
        Assert.Equal("Costa Rica", x.Speaker("Yorleny Chaves").Country);
        Assert.Equal("Malaysia", x.Speaker("Maria Lopes").Country);
    }

    [Fact]
    public void A_village_headman_a_french_overseas_region_and_a_ministers_senator_title_are_read()
    {
        var x = Extract(
            "Thailand and Laos launched a flood forecasting pilot on Thursday.",
            "The pilot, unveiled at a meeting in Nakhon Phanom, covers the stretch between Vientiane and Pakse.",
            "In Ban Na Kham, a riverside village, headman Somporn Saenkham said villagers had lost their rice crop three times.",
            "Sabine Grondin, vice-president of the Regional Council of Réunion in charge of the sea economy, welcomed the agreement.",
            "Minister in the Ministry of Finance, Economic Affairs and Investment, Senator Dr Kemar Alleyne, said Barbados had shown the way.");

        Assert.Equal(("headman", "Thailand"), (x.Speaker("Somporn Saenkham").Role, x.Speaker("Somporn Saenkham").Country));
        Assert.Equal("France", x.Speaker("Sabine Grondin").Country);
        Assert.Equal("Minister in the Ministry of Finance, Economic Affairs and Investment", x.Speaker("Kemar Alleyne").Role);
    }

    [Fact]
    public void A_bare_title_then_the_bodies_it_is_held_in_between_commas_is_one_role()
    {
        var x = Extract(
            "NEW DELHI - India and Malaysia signed an MoU.",
            "The MoU was signed by Vaidya Shrikant Ghanekar, Secretary, Ministry of Ayush and Dr. Noraini binti Kamaruzzaman, Director, Traditional and Complementary Medicine Division, Ministry of Health Malaysia.",
            "Ghanekar said the MoU would help. Noraini said Malaysia would share data.");

        var director = x.Speaker("Noraini binti Kamaruzzaman");
        Assert.Equal("Director, Traditional and Complementary Medicine Division, Ministry of Health Malaysia", director.Role);
        Assert.Equal("Malaysia", director.Country);
        Assert.Contains(x.Speakers, s => s.Name == "Shrikant Ghanekar");
    }

    [Fact]
    public void An_agencys_chief_after_a_possessive_country_a_rank_in_abbreviations_and_country_name_variants_are_read()
    {
        var x = Extract(
            "LIMA - Ministers met on Tuesday.",
            "Peru's space agency CONIDA will provide observing time at its Punta Lobos station, according to Maj. Gen. Oscar Villanueva, the agency's chief.",
            "Gabon’s national parks agency, ANPN, will send two hydrologists to the station, according to its deputy director, Sylvere Obiang Mba.",
            "Arash Kamalvand, the Asia-Pacific Space Cooperation Organization's secretary-general, said members get collision warnings they cannot check.",
            "The administrator of ETED, Rafael Valdez, reported that the state transmission company will build a new line.");

        Assert.Equal(("chief", "CONIDA", "Peru"), (x.Speaker("Oscar Villanueva").Role, x.Speaker("Oscar Villanueva").Organisation, x.Speaker("Oscar Villanueva").Country));
        Assert.Equal(("ANPN", "Gabon"), (x.Speaker("Sylvere Obiang Mba").Organisation, x.Speaker("Sylvere Obiang Mba").Country));
        Assert.Null(x.Speaker("Arash Kamalvand").Country);
        Assert.Equal("Rafael Valdez", x.SpeakerName(x.StatementContaining("will build a new line")));
        Assert.Equal("Republic of the Congo", CoopBot.Core.Extraction.Lexicon.Countries.Country("Republic of Congo"));
    }

    [Fact]
    public void A_national_paper_the_article_cites_gives_its_own_officials_country()
    {
        var x = Extract(
            "Guyana and Suriname yesterday agreed to build a bridge across the Corentyne River.",
            "Minister of Public Works Deodat Ramcharitar said the Government would begin acquiring land next month.",
            "\"We are not going to let them wait another thirty years,\" Ramcharitar told Stabroek News.");

        Assert.Equal("Guyana", x.Speaker("Deodat Ramcharitar").Country);
    }

    [Fact]
    public void A_spanish_style_dateline_gives_the_venue_and_a_place_inside_a_quote_does_not()
    {
        var dateline = Extract(
            "Tegucigalpa.- Honduras and El Salvador signed a memorandum on Monday to share a power line.",
            "The Energy Minister, Laura Mejía Zelaya, stated that the line would be ready in 2028.");
        var quoted = Extract(
            "Ghana and Qatar on Thursday launched a pilot to cut the cost of sending money home.",
            "\"Our nurses in Doha should not lose a day's pay to send money home,\" Deputy Governor Abena Owusu-Mensah said at the launch.");

        Assert.Equal("Honduras", dateline.Speaker("Laura Mejía Zelaya").Country);
        Assert.NotEqual("Qatar", quoted.Speaker("Abena Owusu-Mensah").Country);
    }

    [Fact]
    public void An_outlet_interviewing_a_speaker_and_acronyms_spelled_out_with_joining_words_or_full_stops_give_countries()
    {
        var x = Extract(
            "THE BANGKO SENTRAL ng Pilipinas (BSP) and the National Bank of the Kyrgyz Republic (NBKR) signed a memorandum on payments.",
            "Fisheries ministers of the member countries of the Pacific Islands Forum Fisheries Agency (F.F.A.) adopted a standard.",
            "BSP Deputy Governor Ramon T. Lacsamana said the BSP would issue a circular.",
            "Aibek Toktomushev, deputy chairman of the NBKR, said the bank would extend its hours.",
            "The Director-General of the F.F.A., Semisi Havili, said coverage was too low.",
            "Migrant Workers Undersecretary Rosario D. Magbanua said fees would fall, in an interview with BusinessWorld.",
            "The Organisation for the Development of the Senegal River (OMVS) launched a flood warning system.",
            "According to Mamadou Cisse, head of the OMVS hydrology unit, the system was tested in 2025.");

        Assert.Equal("Philippines", x.Speaker("Ramon T Lacsamana").Country);
        Assert.Equal("Philippines", x.Speaker("Rosario D Magbanua").Country);
        Assert.Equal("Kyrgyzstan", x.Speaker("Aibek Toktomushev").Country);
        Assert.Null(x.Speaker("Semisi Havili").Country);
        Assert.Null(x.Speaker("Mamadou Cisse").Country);
    }

    [Fact]
    public void Private_people_by_their_standing_or_trade_before_a_clause_or_place_are_of_the_outlets_country()
    {
        var riga = Extract(
            "The health ministers of Latvia, Lithuania and Estonia signed an agreement in Riga on Thursday.",
            "Agnese Ozola, a Jelgava mother whose son has spinal muscular atrophy, said her family had raised 200,000 euros.");
        var angop = Extract(
            "Ministers of Angola, Brazil and Namibia met on Tuesday.",
            "Rosa Kiala Mbemba, a cassava farmer from the municipality of Cacuso, told ANGOP that prices were low.");
        var edition = Extract(
            "The Maldives, Sri Lanka and Mauritius on Tuesday signed an agreement on vocational qualifications.",
            "Hawwa Naseer, a pastry chef from Fuvahmulah who works at a resort in Baa Atoll, told the Edition that she had waited a year for an employer in Sri Lanka to accept her certificate.");
        var rio = Extract(
            "By Rio Times Staff",
            "Brazil and Paraguay agreed on dredging standards on Tuesday.",
            "Minister of Ports and Airports Carlos Menezes Brandão said the standards were overdue.");

        Assert.Equal("Latvia", riga.Speaker("Agnese Ozola").Country);
        Assert.Null(riga.Speaker("Agnese Ozola").Organisation);
        Assert.Equal("Angola", angop.Speaker("Rosa Kiala Mbemba").Country);
        Assert.Equal("Maldives", edition.Speaker("Hawwa Naseer").Country);
        Assert.Equal("Brazil", rio.Speaker("Carlos Menezes Brandão").Country);
    }

    [Fact]
    public void Its_title_is_of_a_body_glossed_by_its_kind_or_known_by_its_acronym_never_of_a_currency_code()
    {
        var x = Extract(
            "Colombia, Peru and Ecuador signed a memorandum in Lima on Tuesday.",
            "Bancóldex, Colombia’s state-owned development bank, will guarantee half of the exposure, according to its president, Felipe Arango Londoño.",
            "The Food and Agriculture Organization (FAO) committed USD 1.5 million to the seed programme, according to its representative in Angola, Mamadou Lamine Keita.");

        Assert.Equal(("Bancóldex", "Colombia"), (x.Speaker("Felipe Arango Londoño").Organisation, x.Speaker("Felipe Arango Londoño").Country));
        Assert.Equal("Food and Agriculture Organization (FAO)", x.Speaker("Mamadou Lamine Keita").Organisation);
    }

    [Fact]
    public void A_fund_named_after_its_country_a_geologist_at_the_institute_and_a_bare_acronym_in_a_national_agencys_report_are_read()
    {
        var kuna = Extract(
            "KUWAIT, May 14 (KUNA) -- The Arab Coordination Group launched a platform at a meeting hosted by the Kuwait Fund for Arab Economic Development (KFAED).",
            "KFAED Acting Director General Waleed Hamad Al-Sabti said the fund would lend to Benin.",
            "Iceland’s state research institute ÍSOR will send six drilling experts to Djibouti, according to Kolbeinn Ari Sveinsson, a reservoir geologist at the institute.");
        var tatoli = Extract(
            "DILI, 14 August 2026 (TATOLI) - The Ministry of Education today signed agreements with Portugal and Indonesia.",
            "The Executive Director of INFORDEPE, Natalina Soares Belo, said teachers could take courses on their phones.",
            "According to BOBP-IGO Director Subhashini Raghavan, stocks are overfished.");

        Assert.Equal("Kuwait", kuna.Speaker("Waleed Hamad Al-Sabti").Country);
        Assert.Equal(("ÍSOR", "Iceland"), (kuna.Speaker("Kolbeinn Ari Sveinsson").Organisation, kuna.Speaker("Kolbeinn Ari Sveinsson").Country));
        Assert.Equal("Timor-Leste", tatoli.Speaker("Natalina Soares Belo").Country);
        Assert.Null(tatoli.Speaker("Subhashini Raghavan").Country);
    }

    [Fact]
    public void Territories_give_their_state_river_commissions_none_and_a_bodys_acronym_names_its_chief()
    {
        var x = Extract(
            "Norway, Iceland and Greenland on Wednesday signed a rescue protocol in Tromsø.",
            "Greenland's Minister for Infrastructure, Ivalo Berthelsen, proposed a training centre in Nuuk.",
            "The president of the Puerto Rico Energy Bureau, Edwin Colón Rivera, said the bureau would review the cable.",
            "According to Arnfinn Solheim, who heads the Joint Rescue Coordination Centre Northern Norway in Bodø, the centre handled 1,100 incidents.",
            "\"Our helicopters cannot carry hundreds of people,\" the JRCC chief said.",
            "According to Thandeka Dube, Executive Secretary of the Orange-Senqu River Commission (ORASECOM), the Commission will host the data platform.",
            "\"This program helps countries prepare,\" said Annika Lund, World Bank Country Director for Botswana, Lesotho, Namibia and South Africa.");

        Assert.Equal(("Minister for Infrastructure", "Denmark"), (x.Speaker("Ivalo Berthelsen").Role, x.Speaker("Ivalo Berthelsen").Country));
        Assert.Equal("United States", x.Speaker("Edwin Colón Rivera").Country);
        Assert.Equal("Norway", x.Speaker("Arnfinn Solheim").Country);
        Assert.Equal("Arnfinn Solheim", x.SpeakerName(x.StatementContaining("hundreds of people")));
        Assert.Null(x.Speaker("Thandeka Dube").Country);
        Assert.Equal("World Bank Country Director for Botswana, Lesotho, Namibia and South Africa", x.Speaker("Annika Lund").Role);
        Assert.Null(x.Speaker("Annika Lund").Country);
    }

    [Fact]
    public void An_owner_with_d_apostrophe_a_demonym_before_a_companys_kind_a_hospital_and_a_place_with_es_give_countries()
    {
        var x = Extract(
            "Ghana, Togo and Côte d'Ivoire launched a coastal partnership on Tuesday.",
            "Côte d'Ivoire's Minister of Environment, Sustainable Development and Ecological Transition, Mariam Kone-Traoré, said the plan was practical.",
            "The line is being built by Turkish contractor Yapı Merkezi.",
            "Emre Aydınlı, project director at Yapı Merkezi, said the company would train 300 technicians.",
            "Rodrigue Fotso Tchami, a biomedical engineer at Garoua Regional Hospital, said the plants often failed.",
            "Neema Lyimo, operations manager at Dar es Salaam-based freight forwarder Ziwa Logistics, said customers wanted reliable transit times.");

        Assert.Equal("Cote d'Ivoire", x.Speaker("Mariam Kone-Traoré").Country);
        Assert.Equal("Turkey", x.Speaker("Emre Aydınlı").Country);
        Assert.Equal("Cameroon", x.Speaker("Rodrigue Fotso Tchami").Country);
        Assert.Equal(("operations manager at freight forwarder Ziwa Logistics", "Tanzania"), (x.Speaker("Neema Lyimo").Role, x.Speaker("Neema Lyimo").Country));
    }

    [Fact]
    public void A_demonym_or_country_before_a_ministry_in_a_role_gives_the_country_and_leaves_the_role()
    {
        var x = Extract(
            "Baltic ministers met on Monday.",
            "Ilze Kalnina, State Secretary of the Latvian Ministry of Defence, said the sensors would be shared.",
            "Mutale Banda, Permanent Secretary in the Zambian Ministry of Transport and Logistics, said the line would reopen.",
            "Jennifer Taro, Permanent Secretary of the Solomon Islands Ministry of Culture and Tourism, said visitors would come.");

        Assert.Equal(("State Secretary of the Ministry of Defence", "Latvia"), (x.Speaker("Ilze Kalnina").Role, x.Speaker("Ilze Kalnina").Country));
        Assert.Equal(("Permanent Secretary in the Ministry of Transport and Logistics", "Zambia"), (x.Speaker("Mutale Banda").Role, x.Speaker("Mutale Banda").Country));
        Assert.Equal(("Permanent Secretary of the Ministry of Culture and Tourism", "Solomon Islands"), (x.Speaker("Jennifer Taro").Role, x.Speaker("Jennifer Taro").Country));
    }

    [Fact]
    public void A_country_named_dateline_before_a_date_an_envoy_of_the_country_and_french_body_names_give_countries()
    {
        var agn = Extract(
            "Guatemala, 19 Nov (AGN).– The governments of Guatemala, Honduras and El Salvador signed a protocol on Tuesday.",
            "The Minister of Environment and Natural Resources, Rosa Amalia Chavez, indicated that the protocol took two years.",
            "According to the executive secretary of the Trifinio Plan Trinational Commission, Héctor Sagastume, CABEI committed USD 6 million.");
        var bss = Extract(
            "DHAKA, Nov 16, 2026 (BSS) - Bangladesh and the Netherlands today launched a window.",
            "Ambassador of the Netherlands to Bangladesh Marloes Terpstra announced that the Netherlands had pledged 25 million euros.",
            "Serge-Alain Nkodo, a virologist at the Centre Pasteur du Cameroun, warned that data sharing needs trust.");

        Assert.Equal("Guatemala", agn.Speaker("Rosa Amalia Chavez").Country);
        Assert.Null(agn.Speaker("Héctor Sagastume").Country);
        Assert.Equal(("Ambassador to Bangladesh", "Netherlands"), (bss.Speaker("Marloes Terpstra").Role, bss.Speaker("Marloes Terpstra").Country));
        Assert.Equal("Cameroon", bss.Speaker("Serge-Alain Nkodo").Country);
    }

    [Fact]
    public void A_town_of_a_country_the_home_outlets_report_never_names_is_a_namesake_at_home()
    {
        var home = Extract(
            "DUSHANBE, April 8, 2026, Asia-Plus -- Tajikistan and Kyrgyzstan launched a mudflow warning system today.",
            "Sadriddin Rahimov, a resident of the village of Hoit in Rasht district, told Asia-Plus that the last mudflow took his orchard.");
        var named = Extract(
            "DUSHANBE, April 8, 2026, Asia-Plus -- Tajikistan and Iran launched a trade corridor today.",
            "Reza Karimi, a trader from Rasht, told Asia-Plus that the border wait was long.");

        Assert.Equal("Tajikistan", home.Speaker("Sadriddin Rahimov").Country);
        Assert.Equal("Iran", named.Speaker("Reza Karimi").Country);
    }

    [Fact]
    public void With_no_known_outlet_or_venue_a_bare_minister_and_a_local_described_by_a_clause_are_of_the_first_country_named()
    {
        var x = Extract(
            "Mariscal Estigarribia, Jul 15 (IP) – The governments of Paraguay, Argentina and Bolivia launched a flood warning system for the Pilcomayo.",
            "The Minister of Environment and Sustainable Development, Marcelo Insfrán Cabañas, stated that the river changes its course every year.",
            "Argentina's Secretary of Water Resources, Laura Ibarguren, said the stations would be ready by March.",
            "Tomás Chaparro, who fishes out of Pozo Hondo, told IP that his community had lost nearly all its catch.",
            "Rumbidzai Chigwedere, who heads the commission's hydrology programme, said the data would be shared.",
            "Marina administrator Rommel Cabaluna said the memorandum would help.");

        Assert.Equal("Paraguay", x.Speaker("Marcelo Insfrán Cabañas").Country);
        Assert.Equal("Paraguay", x.Speaker("Tomás Chaparro").Country);
        // An office given by a clause, and a body's head (not a minister: "administrator"), may be any party's.
        Assert.Null(x.Speaker("Rumbidzai Chigwedere").Country);
        Assert.Null(x.Speaker("Rommel Cabaluna").Country);
    }

    [Fact]
    public void Myanmars_union_ministers_a_portfolio_of_regions_a_body_named_in_its_own_language_and_the_cook_islands_give_countries()
    {
        var myanmar = Extract(
            "NAY PYI TAW, 8 Sept — Myanmar, Thailand and China signed a memorandum on border malaria.",
            "Union Minister for Health Dr Than Tun Aung said malaria had become a disease of borders.");
        var austria = Extract(
            "Brdo pri Kranju, 20 May (STA) - Slovenia, Austria and Croatia launched a pollinator network.",
            "Austria's State Secretary in the Federal Ministry of Agriculture, Forestry, Regions and Water Management Florian Hinterleitner said Austria had pledged EUR 450,000.",
            "Director of Transportgas Srbija Miloš Jeremić said the company would build a compressor station.");
        var cook = Extract(
            "By Tuaine Marsters",
            "The Cook Islands, Samoa and Fiji have launched a sail cargo pilot.",
            "Minister of Cultural Development Vainetutai Tuara said the forum had shown the navigators' skill.");

        Assert.Equal("Myanmar", myanmar.Speaker("Than Tun Aung").Country);
        Assert.Equal("Austria", austria.Speaker("Florian Hinterleitner").Country);
        Assert.Equal("Serbia", austria.Speaker("Miloš Jeremić").Country);
        Assert.Equal("Cook Islands", cook.Speaker("Vainetutai Tuara").Country);
    }

    [Fact]
    public void Blocs_convention_secretariats_territories_counties_and_a_city_that_heads_the_title_are_read()
    {
        var palau = Extract(
            "By Island Times Staff",
            "KOROR — Environment ministers from Palau, the Federated States of Micronesia and Guam yesterday adopted a coral bleaching plan.",
            "Minister of Agriculture, Fisheries and the Environment Obak Rengulbai said the rangers would double.",
            "FSM's Secretary of the Department of Environment, Kasuo Elymore, proposed a network of coral nurseries.",
            "Joaquin Sablan Taisague, administrator of the Guam Department of Agriculture's Division of Aquatic and Wildlife Resources, said Guam would install loggers.",
            "According to Marieke Roosendaal, Coordinator of the Tehran Convention Interim Secretariat, the Secretariat will convene a working group.",
            "In his opening remarks, the Secretary for Multidimensional Security of the OAS, Álvaro Sotomayor Lindo, said the region was under attack.");
        var copenhagen = Extract(
            "By Freya Lindahl-Marsh",
            "Copenhagen, Nairobi and Bogotá have signed a partnership to get more people on bikes.",
            "Technical and Environmental Mayor Astrid Lyngholm said the City of Copenhagen had committed DKK 4.5 million.",
            "Nairobi County's Executive Committee Member for Mobility, Muthoni Wairimu Kagwima, said Nairobi would build bike lanes.");

        Assert.Equal("Palau", palau.Speaker("Obak Rengulbai").Country);
        Assert.Equal("Micronesia", palau.Speaker("Kasuo Elymore").Country);
        Assert.Equal("United States", palau.Speaker("Joaquin Sablan Taisague").Country);
        Assert.Null(palau.Speaker("Marieke Roosendaal").Country);
        Assert.Null(palau.Speaker("Álvaro Sotomayor Lindo").Country);
        Assert.Equal("Denmark", copenhagen.Speaker("Astrid Lyngholm").Country);
        Assert.Equal("Kenya", copenhagen.Speaker("Muthoni Wairimu Kagwima").Country);
    }

    [Fact]
    public void The_last_guess_reads_only_the_parties_that_open_the_title_or_lead_and_no_ocean()
    {
        var partners = Extract(
            "By Tess McAllister",
            "Territory rangers who have tamed the Top End's wildfires for two decades will take their know-how to Timor-Leste and Indonesia.",
            "Environment Minister Kirsten Maddigan said the Territory would fund four fire officers.");
        var nassau = Extract(
            "Guardian Business Reporter",
            "A Bahamian tourist buying lunch in St Lucia could soon pay with her phone, after three central banks launched a pilot.",
            "Minister of Economic Affairs Delano Rolle said the government welcomed the pilot.");
        var ocean = Extract(
            "By Staff Reporter",
            "Indian Ocean states Mauritius and Seychelles launched an AI skills academy.",
            "Minister of Information Technology Sanjiv Chooramun said the academy would train 500 people.");

        Assert.Null(partners.Speaker("Kirsten Maddigan").Country);
        Assert.Equal("Bahamas", nassau.Speaker("Delano Rolle").Country);
        Assert.Equal("Mauritius", ocean.Speaker("Sanjiv Chooramun").Country);
    }

    [Fact]
    public void Two_places_of_one_country_joined_by_a_hyphen_are_of_that_country()
    {
        var x = Extract(
            "By Sophie De Clercq",
            "Belgium and Latin American ports agreed to share container scans.",
            "According to Liesbeth Goossenaerts, chief security officer at Port of Antwerp-Bruges, the port will install two new scanners.",
            "Juan Pérez, director of the Addis Ababa-Djibouti Railway, said the line was busy.");

        Assert.Equal("Belgium", x.Speaker("Liesbeth Goossenaerts").Country);
        Assert.Null(x.Speaker("Juan Pérez").Country);
    }

    [Fact]
    public void A_clinic_is_of_its_town()
    {
        var x = Extract(
            "By Hilda Anjain-Lang",
            "Four island nations launched a solar vaccine cold chain network.",
            "Neibo Riklon, head nurse at the Ebeye Leroj Kitlang Health Center, said her team had thrown away vaccines after a power cut.");

        Assert.Equal("Marshall Islands", x.Speaker("Neibo Riklon").Country);
    }

    [Fact]
    public void A_demonym_before_a_lower_case_title_or_trade_gives_the_country_even_when_a_clause_places_the_person_abroad()
    {
        var x = Extract(
            "DOHA, March 3 -",
            "Gulf and Central Asian ministers met in Doha to discuss labour mobility.",
            "Omani deputy minister of heritage, tourism and culture Salim Al-Busaidi Rahbi said the sultanate would open two offices.",
            "Chilean mining minister Ignacio Valdebenito Soto said Chile would share its rules on tailings.",
            "Tajik migrant Farrukh Nazarzoda, who works at a warehouse in Dubai, told reporters he had waited months for his papers.");

        Assert.Equal("deputy minister of heritage, tourism and culture", x.Speaker("Salim Al-Busaidi Rahbi").Role);
        Assert.Equal("Oman", x.Speaker("Salim Al-Busaidi Rahbi").Country);
        Assert.Equal("mining minister", x.Speaker("Ignacio Valdebenito Soto").Role);
        Assert.Equal("Chile", x.Speaker("Ignacio Valdebenito Soto").Country);
        Assert.Equal("migrant", x.Speaker("Farrukh Nazarzoda").Role);
        Assert.Equal("Tajikistan", x.Speaker("Farrukh Nazarzoda").Country);
    }

    [Fact]
    public void What_a_person_did_before_gives_no_role_or_organisation_but_may_still_place_them()
    {
        var x = Extract(
            "By Staff Reporter",
            "Baltic ministers agreed to pool funds for a language model.",
            "Rasa Vaitkutė, an editor in Vilnius who has worked for the European Commission for a decade, said the texts mattered most.",
            "Amina Farah Warsame, a herder who fled a camp near Baidoa in Somalia’s Bay region last year, said the rains had failed.");

        Assert.Equal("editor in Vilnius", x.Speaker("Rasa Vaitkutė").Role);
        Assert.Null(x.Speaker("Rasa Vaitkutė").Organisation);
        Assert.Equal("Lithuania", x.Speaker("Rasa Vaitkutė").Country);
        Assert.Equal("herder", x.Speaker("Amina Farah Warsame").Role);
        Assert.Equal("Somalia", x.Speaker("Amina Farah Warsame").Country);
    }

    [Fact]
    public void An_office_managed_at_a_named_body_and_a_body_after_a_titled_name_are_the_persons()
    {
        var x = Extract(
            "By Staff Reporter",
            "Peru and Ecuador set up a joint committee on fruit fly control.",
            "Carmen Huamaní Rojas, who manages fruit fly surveillance at the Peruvian Plant Health Service (SPS), said traps would be doubled.",
            "The accord was signed by Deputy Director Luis Arce Paredes of the Central Reserve Bank of Peru and Deputy Director Nadia Quishpe of the Ecuadorian Customs Service.",
            "Quishpe said checks would be shared.",
            "Arce Paredes said the money would follow.");

        Assert.Equal("manager of fruit fly surveillance at the Peruvian Plant Health Service (SPS)", x.Speaker("Carmen Huamaní Rojas").Role);
        Assert.Equal("Peruvian Plant Health Service (SPS)", x.Speaker("Carmen Huamaní Rojas").Organisation);
        Assert.Equal("Peru", x.Speaker("Carmen Huamaní Rojas").Country);
        Assert.Equal("Ecuadorian Customs Service", x.Speaker("Nadia Quishpe").Organisation);
        Assert.Equal("Ecuador", x.Speaker("Nadia Quishpe").Country);
        Assert.Equal("Central Reserve Bank of Peru", x.Speaker("Luis Arce Paredes").Organisation);
        Assert.Equal("Peru", x.Speaker("Luis Arce Paredes").Country);
    }

    [Fact]
    public void A_name_introduced_in_a_list_after_a_lower_case_title_is_that_titled_person()
    {
        var x = Extract(
            "By Staff Reporter",
            "The agreement was signed by energy minister Simeon Amupolo and Angola's minister of energy and water Eduardo Canjungo Bartolomeu at the commission's meeting.",
            "Bartolomeu said Angola would build the access road on its side of the river.");

        Assert.Equal("minister of energy and water", x.Speaker("Eduardo Canjungo Bartolomeu").Role);
        Assert.Equal("Angola", x.Speaker("Eduardo Canjungo Bartolomeu").Country);
    }

    [Theory]
    [InlineData("The signing took place in the presence of Jordanian Minister of Digital Economy and Entrepreneurship Eng. Rami Dababneh.", "Rami Dababneh", "Minister of Digital Economy and Entrepreneurship")]
    [InlineData("The memorandum was signed by HE Nasser bin Salim Al Mandhari, Minister of Energy and Minerals.", "Nasser bin Salim Al Mandhari", "Minister of Energy and Minerals")]
    [InlineData("The memorandum was signed by HE Eng. Nasser bin Salim Al Mandhari, Minister of Energy and Minerals.", "Nasser bin Salim Al Mandhari", "Minister of Energy and Minerals")]
    public void Honorifics_between_a_title_and_a_name_leave_the_person_introduced(string introduction, string name, string role)
    {
        var x = Extract("By Staff Reporter", introduction, $"{name.Split(' ')[^1]} said the deal would pay for itself.");

        Assert.Equal(role, x.Speaker(name).Role);
    }

    [Theory]
    [InlineData("– nkaulinge@nepc.com.na", "Namibia")]
    [InlineData("Feedback: litia.naivalu@fijisun.com.fj", "Fiji")]
    [InlineData("Contact: editor@example.co", null)] // a domain sold for other uses says nothing
    public void A_reporters_address_under_a_countrys_domain_gives_the_outlets_home(string signOff, string? country)
    {
        var x = Extract(
            "Minister of Mines Tom Shikongo said the new plant would open in May.",
            "The plant will employ 300 people.",
            signOff);

        Assert.Equal(country, x.Speaker("Tom Shikongo").Country);
    }

    [Fact]
    public void A_local_placed_in_a_village_the_lexicon_does_not_know_is_of_where_the_event_is()
    {
        var x = Extract(
            "Chisinau, 23 April /MOLDPRES/ - Moldova and Romania today signed an agreement on modernising 80 rural schools.",
            "The principal of the theoretical lyceum in the village of Cazangic, Leova district, Natalia Andronic, told MOLDPRES that her school had lost half of its pupils.");

        Assert.Equal("Moldova", x.Speaker("Natalia Andronic").Country);
    }

    [Fact]
    public void A_body_of_a_city_named_in_four_words_is_that_citys_countrys()
    {
        var x = Extract("Pham Thanh Tung, vice chairman of the Ho Chi Minh City People’s Committee, said the city would cut the time needed to approve investment certificates.");

        Assert.Equal("Vietnam", x.Speaker("Pham Thanh Tung").Country);
    }

    [Fact]
    public void A_body_spelled_out_in_a_list_with_its_owners_possessive_gives_the_acronyms_country()
    {
        var x = Extract(
            "The agreement was signed by the heads of Argentina's National Agri-Food Health and Quality Service (Senasa), Paraguay's National Animal Quality and Health Service (Senacsa) and Uruguay's General Directorate of Livestock Services.",
            "The president of Senacsa, Gustavo Benegas, proposed extending the system to Bolivia.");

        Assert.Equal("Paraguay", x.Speaker("Gustavo Benegas").Country);
    }

    [Fact]
    public void The_state_named_after_an_acronyms_bracket_owns_the_body()
    {
        var x = Extract(
            "Gaborone, Botswana, 13 November 2026 – SADC health ministers today approved a regional list of medicines.",
            "The service is hosted by the Medical Stores Department (MSD) of the United Republic of Tanzania.",
            "The Director General of MSD, Mr Baraka Kitwana Lyimo, said MSD would issue the first regional tender in February 2027.");

        Assert.Equal("Tanzania", x.Speaker("Baraka Kitwana Lyimo").Country);
    }

    [Theory]
    [InlineData("The World Bank Country Manager for Moldova, Kristina Halvorsen, said that the Bank would present a new loan.")]
    [InlineData("Kristina Halvorsen, World Bank Country Manager for Moldova, said that the Bank would present a new loan.")]
    public void An_international_bodys_officer_for_a_country_is_not_that_countrys(string sentence)
    {
        var x = Extract(sentence);

        Assert.Null(x.Speaker("Kristina Halvorsen").Country);
    }

    [Theory]
    [InlineData("Panama's delegation went further. The National Secretary of Energy, Itzel Castrellón Batista, proposed a regional tender for battery storage.", "Itzel Castrellón Batista", "Panama")]
    [InlineData("For Bangladesh, the priority is training the trainers. Md Tanvir Hossain Sarker, additional secretary at the Ministry of Primary and Mass Education, said the ministry would train 300 master trainers.", "Md Tanvir Hossain Sarker", "Bangladesh")]
    public void A_short_sentence_announcing_a_side_gives_the_next_speaker_its_country(string paragraph, string name, string country)
    {
        var x = Extract("San Salvador, March 20 - Central American energy ministers met in San Salvador on Friday.", paragraph);

        Assert.Equal(country, x.Speaker(name).Country);
    }

    [Fact]
    public void A_private_person_at_a_body_named_by_its_city_is_that_citys_countrys()
    {
        var x = Extract("Vladimir Bošković, head of information security at a Podgorica commercial bank, said that most attacks never reach the state's response team.");

        Assert.Equal("Montenegro", x.Speaker("Vladimir Bošković").Country);
    }

    [Fact]
    public void A_private_person_working_on_a_known_island_is_that_islands_countrys()
    {
        var x = Extract("Ashika Nand, human resources manager at a resort on Denarau Island, welcomed the agreement but said staff needed training.");

        Assert.Equal("Fiji", x.Speaker("Ashika Nand").Country);
    }

    [Fact]
    public void A_title_ending_in_a_bodys_quoted_name_still_introduces_the_name_after_it()
    {
        var x = Extract("Chairman of the Uzbek Handicraftsmen Association \"Hunarmand\" Dilshod Karimberdiyev proposed a travelling exhibition of carpets.");

        var speaker = x.Speaker("Dilshod Karimberdiyev");
        Assert.Equal("Chairman of the Uzbek Handicraftsmen Association \"Hunarmand\"", speaker.Role);
        Assert.Equal("Uzbek Handicraftsmen Association \"Hunarmand\"", speaker.Organisation);
        Assert.Equal("Uzbekistan", speaker.Country);
    }

    [Theory]
    [InlineData("Roland Confait, a fisherman from Baie Sainte Anne on Praslin, told Nation that the new application would only work if someone responded quickly.", "Roland Confait", "Seychelles")]
    [InlineData("Mr Hassan Abdi Gollo, a transporter who runs six trucks between Isiolo and Moyale, welcomed the single clearance, saying a trip takes three days.", "Hassan Abdi Gollo", "Kenya")]
    public void A_known_town_anywhere_in_a_private_persons_description_places_them(string sentence, string name, string country)
    {
        var x = Extract(sentence);

        Assert.Equal(country, x.Speaker(name).Country);
    }

    [Fact]
    public void The_short_names_caribbean_and_balkan_papers_write_are_countries()
    {
        var x = Extract(
            "By Staff Reporter",
            "SVG and Barbados agreed to share a coast guard cutter, and BiH and Montenegro signed a rail accord.",
            "Minister of National Security Dwayne Lewis-Browne said the cutter would patrol from March.");

        Assert.Equal("Saint Vincent and the Grenadines", x.Speaker("Dwayne Lewis-Browne").Country);
        Assert.Equal("Bosnia and Herzegovina", Countries.Country("BiH"));
    }

    [Fact]
    public void The_person_a_passive_names_last_keeps_a_title_whose_portfolio_joins_two_places()
    {
        var x = Extract(
            "By Staff Reporter",
            "Fiji and Tonga agreed to run a weekly ferry.",
            "Tonga's delegation was led by the Minister for Vava'u and Ha'apai Affairs, Sione Latu-Fifita.",
            "Latu-Fifita said the islands depended on the boat.");

        Assert.Equal("Minister for Vava'u and Ha'apai Affairs", x.Speaker("Sione Latu-Fifita").Role);
        Assert.Equal("Tonga", x.Speaker("Sione Latu-Fifita").Country);
    }

    [Fact]
    public void A_title_owned_by_the_region_or_state_is_held_at_the_local_government_the_sentence_named()
    {
        var x = Extract(
            "By Staff Reporter",
            "Finland and Sweden agreed to share ambulance helicopters.",
            "Region Västerbotten is set to base a second helicopter in Umeå from next spring, the region's head of emergency care, Elsa Lindqvist-Moberg, said.",
            "Kano State will pay for the fuel. The state's commissioner for health, Bello Garba Danladi, said the money was ready.");

        Assert.Equal("head of emergency care", x.Speaker("Elsa Lindqvist-Moberg").Role);
        Assert.Equal("Region Västerbotten", x.Speaker("Elsa Lindqvist-Moberg").Organisation);
        Assert.Equal("Sweden", x.Speaker("Elsa Lindqvist-Moberg").Country);
        Assert.Equal("Kano State", x.Speaker("Bello Garba Danladi").Organisation);
        Assert.Equal("Nigeria", x.Speaker("Bello Garba Danladi").Country);
    }

    [Fact]
    public void Grid_operators_weather_agencies_research_councils_and_telecom_incumbents_are_their_countrys()
    {
        var x = Extract(
            "By Staff Reporter",
            "Nordic, Andean and Central African partners agreed to share data on storms.",
            "Mikko Rautiainen, head of system operations at Fingrid, said the cables would be ready.",
            "Dr. Luisa Bautista-Ocampo, who heads volcano monitoring at Phivolcs, said alerts would go out by text.",
            "The Sunat will install scanners at the border, its national superintendent, Ricardo Pezo Quispe, said.",
            "Paul Mbarga Essono, general manager of Camtel, said the fibre link would open in May.",
            "Claire Dufresne-Ouellet, vice-president of NSERC, said the call would open in January.");

        Assert.Equal("Finland", x.Speaker("Mikko Rautiainen").Country);
        Assert.Equal("Philippines", x.Speaker("Luisa Bautista-Ocampo").Country);
        Assert.Equal("Peru", x.Speaker("Ricardo Pezo Quispe").Country);
        Assert.Equal("Cameroon", x.Speaker("Paul Mbarga Essono").Country);
        Assert.Equal("Canada", x.Speaker("Claire Dufresne-Ouellet").Country);
        // A body the lexicon knows by one word is a body, though no head noun says so.
        Assert.Equal("Sunat", x.Speaker("Ricardo Pezo Quispe").Organisation);
        Assert.Equal("national superintendent", x.Speaker("Ricardo Pezo Quispe").Role);
        Assert.Equal("Camtel", x.Speaker("Paul Mbarga Essono").Organisation);
        Assert.Equal("head of volcano monitoring at Phivolcs", x.Speaker("Luisa Bautista-Ocampo").Role);
    }

    [Fact]
    public void Towns_a_report_places_private_people_in_give_their_country()
    {
        var x = Extract(
            "By Staff Reporter",
            "Georgia and Armenia agreed to run joint customs checks, and Italy and Senegal signed a seasonal work pact.",
            "Aram Hovsepyan, a truck driver from Gyumri, said he had waited two nights at the border.",
            "Michele Ruotolo, who grows tomatoes near Foggia, said he had been short of pickers.");

        Assert.Equal("Armenia", x.Speaker("Aram Hovsepyan").Country);
        Assert.Equal("Italy", x.Speaker("Michele Ruotolo").Country);
    }

    [Fact]
    public void Official_country_names_consuls_of_a_country_in_a_city_and_an_international_bodys_representative_in_a_country()
    {
        var x = Extract(
            "VIENTIANE, May 4 -",
            "Laos and its neighbours adopted a roadmap on livestock antibiotics.",
            "At the ceremony, the Kyrgyz Republic’s Minister of Water Resources, Agriculture and Processing Industry, Azamat Beishenaliev, and Tajikistan’s Minister of Energy, Farrukh Sharipov-Rahimov, signed the grant.",
            "Beishenaliev said the council would meet every quarter.",
            "Consul General of the Islamic Republic of Iran in Peshawar Reza Karimi-Sadr said the consulate would issue visas within two days.",
            "“Every dose counts,” said Abena Owusu-Darko, FAO Representative in the Lao People’s Democratic Republic.",
            "“Water can hold communities together,” said ADB Director General for Central and West Asia Ioana Petrescu-Vlad.");

        Assert.Equal("Minister of Water Resources, Agriculture and Processing Industry", x.Speaker("Azamat Beishenaliev").Role);
        Assert.Equal("Kyrgyzstan", x.Speaker("Azamat Beishenaliev").Country);
        Assert.Equal("Consul General in Peshawar", x.Speaker("Reza Karimi-Sadr").Role);
        Assert.Equal("Iran", x.Speaker("Reza Karimi-Sadr").Country);
        Assert.Null(x.Speaker("Abena Owusu-Darko").Country);
        Assert.Equal("ADB Director General for Central and West Asia", x.Speaker("Ioana Petrescu-Vlad").Role);
    }

    [Fact]
    public void A_term_spelt_out_is_no_international_body_and_the_staff_of_the_D8_and_the_Gulf_Health_Council_are_no_hosts()
    {
        var x = Extract(
            "ICT ministers of the Caribbean Telecommunications Union (CTU) adopted a framework on artificial intelligence (AI) on Tuesday.",
            "The framework was adopted at the Hyatt Regency in Port of Spain.",
            "Public Administration and AI Minister Devant Rampersad said the Government would put the framework into law.",
            "Suleiman Oyelaran, the D-8 secretary-general, said the secretariat would publish the product lists.",
            "Dr Nasser Al Qahtani, director-general of the Gulf Health Council, said the council would run a joint tender.");

        Assert.Equal("Trinidad and Tobago", x.Speaker("Devant Rampersad").Country);
        Assert.Null(x.Speaker("Suleiman Oyelaran").Country);
        Assert.Null(x.Speaker("Nasser Al Qahtani").Country);
    }

    [Fact]
    public void A_body_named_for_its_country_or_by_a_word_and_its_country_is_that_countrys_and_an_outlet_above_the_report_is_read()
    {
        var x = Extract(
            "Business reporter·NZ Herald·",
            "Digital trade ministers met in Auckland on Thursday.",
            "Declan Farrelly, chief executive of Medicines for Ireland, welcomed the focus on supply.",
            "Mary Poe, chief executive of Tourism Fiji, said the link would help hotels.",
            "Deputy Secretary Tom Hale said the ministry would publish the rules.");

        Assert.Equal(("Medicines for Ireland", "Ireland"), (x.Speaker("Declan Farrelly").Organisation, x.Speaker("Declan Farrelly").Country));
        Assert.Equal("Fiji", x.Speaker("Mary Poe").Country);
        Assert.Equal("New Zealand", NewsAgencies.HomeCountryOfHeaderLines(["Business reporter·NZ Herald·"]));
        Assert.Equal("New Zealand", x.Speaker("Tom Hale").Country);
    }

    [Fact]
    public void An_outlet_named_after_its_country_on_a_line_above_the_report_is_that_countrys_for_its_officials()
    {
        var x = Extract(
            "The Japan Agricultural News",
            "HANOI — Japan and Vietnam signed a smart farming pact on Wednesday.",
            "Parliamentary Vice-Minister of Agriculture, Forestry and Fisheries Kazuya Ryuzaki said the forecasts would reach farmers by May.");

        Assert.Equal("Japan", x.Speaker("Kazuya Ryuzaki").Country);
        Assert.Equal("Japan", NewsAgencies.HomeCountryOfHeaderLines(["The Japan Agricultural News"]));
        Assert.Equal("Turkey", NewsAgencies.HomeCountryOfHeaderLines(["Türkiye Today"]));
        Assert.Null(NewsAgencies.HomeCountryOfHeaderLines(["The Asian Age"]));
        Assert.Null(NewsAgencies.HomeCountryOfHeaderLines(["Japan signs the pact today"]));
    }

    [Fact]
    public void A_body_named_after_a_territory_is_its_sovereigns_even_when_the_lead_names_the_territory_as_a_party()
    {
        var x = Extract(
            "The tourism agencies of Guam and Palau launched a joint island-hopper fare in Seoul on Tuesday.",
            "Guam Visitors Bureau President Raymond Cruz Taitague said GVB would open a shared sales desk.",
            "Hong Kong Monetary Authority chief executive Eddie Yue said the link would open next year.");

        Assert.Equal("United States", x.Speaker("Raymond Cruz Taitague").Country);
        Assert.Equal("China", x.Speaker("Eddie Yue").Country);
    }

    [Fact]
    public void A_research_laboratory_named_after_its_city_is_that_city_s_country()
    {
        var x = Extract(
            "SHANGHAI, July 9 -- China and five Mekong countries launched an AI translation platform on Wednesday.",
            "\"We built the first version in six months,\" said Zou Yiming, a researcher at the Shanghai Artificial Intelligence Laboratory who leads the technical team.");

        Assert.Equal("China", x.Speaker("Zou Yiming").Country);
    }

    [Fact]
    public void A_body_based_in_a_city_is_not_that_city_s_country_when_it_is_international_or_named_after_a_bloc()
    {
        var x = Extract(
            "DUBAI: The UAE, Jordan, Oman and Egypt on Thursday launched a regional programme to grow salt-tolerant crops, together with the Dubai-based International Center for Biosaline Agriculture (ICBA).",
            "Dr Tarek Wahbi, ICBA’s director general, said: “Salicornia can be irrigated with water that would kill most crops.”",
            "According to Ratih Wulandari, a senior analyst at the Jakarta-based ASEAN Centre for Energy (ACE), the centre will publish a study of wheeling charges by March.",
            "Kamau Njoroge, an economist at the Nairobi-based Kenya Institute for Public Policy, said prices would fall.");

        Assert.Null(x.Speaker("Tarek Wahbi").Country);
        Assert.Null(x.Speaker("Ratih Wulandari").Country);
        Assert.Equal("Kenya", x.Speaker("Kamau Njoroge").Country);
    }

    [Fact]
    public void A_name_closed_by_a_country_s_where_someone_works_is_that_country_s_body()
    {
        var x = Extract(
            "KUALA LUMPUR: Malaysia, Indonesia, Brunei and Singapore agreed to build an open AI model for Malay.",
            "Wong Kai Xiang, a director at AI Singapore, the national AI programme, said his team had learnt a great deal.",
            "Dewi Lestari, an economist at Bank Indonesia, said rates would hold.");

        Assert.Equal(("AI Singapore", "Singapore"), (x.Speaker("Wong Kai Xiang").Organisation, x.Speaker("Wong Kai Xiang").Country));
        Assert.Equal("Bank Indonesia", x.Speaker("Dewi Lestari").Organisation);
    }

    [Fact]
    public void An_acronym_spelled_out_after_a_country_s_possessive_is_that_country_s_body()
    {
        var x = Extract(
            "DUBAI: The UAE, Jordan, Oman and Egypt on Thursday launched a regional programme to grow salt-tolerant crops.",
            "ICBA and Egypt’s Agricultural Research Center (ARC) also signed a memorandum of understanding on quinoa seed.",
            "Hazem Sallam, a researcher at the ARC, warned that farmers would not switch crops unless buyers were ready to pay for them.");

        Assert.Equal("Egypt", x.Speaker("Hazem Sallam").Country);
    }

    [Fact]
    public void Officers_of_regional_blocs_such_as_COMESA_are_no_host_s_and_the_bloc_is_a_party()
    {
        var x = Extract(
            "LUSAKA, Zambia – COMESA ministers approved a digital trade portal for small-scale cross-border traders.",
            "The COMESA Assistant Secretary General (Programmes), Dr. Fikadu Amsalu, said the Secretariat had committed US$1.8 million to train customs officers.");

        var officer = x.Speaker("Fikadu Amsalu");
        Assert.Equal(("COMESA", null), (officer.Organisation, officer.Country));
        Assert.Equal(["COMESA"], x.OutcomeContaining("digital trade portal").Parties);
    }

    [Fact]
    public void A_title_owned_by_Its_opening_the_sentence_is_the_country_the_sentence_before_opens_with()
    {
        var x = Extract(
            "LONDON - Britain and three countries launched a drive to make hepatitis C cures cheaper.",
            "Egypt, which tested tens of millions of people in a national campaign launched in 2018, is widely seen as a model for other countries.",
            "Its deputy health minister, Hesham Abdelaziz, proposed a joint tender for hepatitis C medicines.");

        var minister = x.Speaker("Hesham Abdelaziz");
        Assert.Equal(("deputy health minister", "Egypt"), (minister.Role, minister.Country));
    }

    [Fact]
    public void The_dateline_of_the_report_below_a_standfirst_and_a_byline_gives_the_host()
    {
        var x = Extract(
            "Move aims to end repeated testing of fruit, vegetables and spices at land ports.",
            "Sanya Mehrotra",
            "18 November, 2026 07:20 pm IST",
            "New Delhi: India, Nepal and Bangladesh agreed Wednesday to accept each other's laboratory test reports.",
            "Ritu Kapoor, additional secretary in the Department of Commerce, said laboratories at land ports would be upgraded.");

        Assert.Equal("India", x.Speaker("Ritu Kapoor").Country);
    }

    [Fact]
    public void An_outlet_named_by_its_web_address_in_a_staff_line_is_the_home_outlet()
    {
        var x = Extract(
            "Staff Correspondent, bdnews24.com",
            "Published : 27 Jan 2026, 07:12 PM",
            "Bangladesh, Denmark and the European Union have launched a financing facility to help garment factories install solar panels.",
            "Mohammad Abdul Ahad, senior secretary of the Power Division, said the government would issue new rules by June.");

        Assert.Equal("Bangladesh", x.Speaker("Mohammad Abdul Ahad").Country);
    }

    [Fact]
    public void A_country_s_acronym_written_with_a_small_letter_inside_but_ending_in_a_capital_is_still_the_country()
    {
        var x = Extract(
            "HANOI - Vietnam, Japan and the RoK launched a network to train semiconductor engineers.",
            "RoK Ambassador to Vietnam Seo Yun-seok proposed setting up a joint chip design centre in Hanoi.");

        var ambassador = x.Speaker("Seo Yun-seok");
        Assert.Equal(("South Korea", null), (ambassador.Country, ambassador.Organisation));
    }

    [Fact]
    public void Where_someone_of_a_trade_comes_from_is_a_place_even_when_a_body_elsewhere_has_its_name()
    {
        var x = Extract(
            "MANAMA: Bahrain, Kuwait and Qatar agreed on a closed season for hamour.",
            "Jaffar Radhi, a fisherman from Sitra, welcomed the closed season but said the Government should compensate fishermen.");

        var fisherman = x.Speaker("Jaffar Radhi");
        Assert.Equal((null, "Bahrain"), (fisherman.Organisation, fisherman.Country));
    }

    [Fact]
    public void Active_Ageing_ends_a_portfolio_and_Centers_heads_a_body()
    {
        var x = Extract(
            "VALLETTA - Malta, Cyprus and Greece agreed to negotiate prices together.",
            "The meeting, which was chaired by Minister for Health and Active Ageing Josianne Ellul, brought together countries that have cooperated on medicine pricing.",
            "“We will pay less,” Ellul said.",
            "\"Sewage does not lie,\" said Dr. Nathan Whitacre, head of the wastewater surveillance program at the Centers for Disease Control and Prevention.");

        Assert.Equal("Minister for Health and Active Ageing", x.Speaker("Josianne Ellul").Role);
        Assert.Equal("Centers for Disease Control and Prevention", x.Speaker("Nathan Whitacre").Organisation);
    }

    [Fact]
    public void The_city_of_the_gathering_is_the_venue_and_a_city_inside_a_workplaces_name_places_its_staff()
    {
        var x = Extract(
            "Korea and the United Arab Emirates on Tuesday signed a memorandum of understanding to build an AI data center in Abu Dhabi.",
            "The memorandum was signed at the Korea-Middle East AI Forum in Seoul, which brought together officials from Korea, the UAE and Saudi Arabia.",
            "\"It is the start of a partnership,\" First Vice Minister of Science and ICT Oh Tae-sik said.",
            "Priya Subramanian, an environmental engineer at UC San Diego, welcomed the agreement but warned that the river remained a risk.");

        Assert.Equal("South Korea", x.Speaker("Oh Tae-sik").Country);
        Assert.Equal("United States", x.Speaker("Priya Subramanian").Country);
    }

    [Fact]
    public void Staff_of_a_body_the_national_outlet_calls_state_owned_are_its_countrys()
    {
        var x = Extract(
            "Staff Correspondent, bdnews24.com",
            "Bangladesh, Denmark and the European Union have launched a financing facility for rooftop solar.",
            "It will be managed by the state-owned Infrastructure Development Company Limited (IDCOL), which will lend to factories.",
            "IDCOL Managing Director Nazmul Haque told bdnews24 that the company would offer the first loans in April.");

        Assert.Equal("Bangladesh", x.Speaker("Nazmul Haque").Country);
    }

    [Fact]
    public void A_state_secretary_a_provincial_director_and_staff_of_a_body_described_by_a_demonym_get_countries()
    {
        var austria = Extract(
            "Austria and its neighbours agreed to track ticks together.",
            "“Ticks do not stop at borders,” said Health State Secretary Johanna Eberharter (SPÖ) at the opening of the meeting.");
        var solomons = Extract(
            "The MoU was signed in Honiara today by the Permanent Secretary of the Ministry of Health, Dr Moses Riumana, and PNG's Deputy Secretary for Health, Dr Sebastian Tovue.",
            "Similar sentiments were shared by Western Provincial Health Director Dr Ezekiel Zama, who said malaria cases near the border had risen.");
        var france = Extract(
            "According to Thomas Fauvel, deputy head of Viginum, the French agency that tracks foreign digital interference, the agency will publish a database of deepfakes.");

        Assert.Equal("Austria", austria.Speaker("Johanna Eberharter").Country);
        Assert.Equal("Solomon Islands", solomons.Speaker("Ezekiel Zama").Country);
        Assert.Equal("France", france.Speaker("Thomas Fauvel").Country);
    }

    [Fact]
    public void A_place_opening_the_titles_list_of_parties_is_the_outlets_own()
    {
        var text = "date 2026-08-18 Hawaii And Its Micronesian Neighbors Team Up Against The Coconut Rhinoceros Beetle\n\n"
            + "Agriculture officials from Hawaii, Guam, Palau and the Federated States of Micronesia agreed to set up a surveillance network.\n\n"
            + "Kimo Palakiko, a farmer who grows coconuts on a small plot in Waimanalo, welcomed the network.";
        var x = new ArticleExtractor().Extract(ArticleParser.ParseText(text).Article!);

        Assert.Equal("United States", x.Speaker("Kimo Palakiko").Country);
    }

    [Fact]
    public void A_host_named_as_an_owner_in_the_lead_gives_its_officials_the_venues_country()
    {
        var x = Extract(
            "COLOMBO (News 1st); Japan and South Korea on Thursday (08) pledged a total of US$ 85 million to restore village tank cascades in Sri Lanka's Dry Zone, at a donor meeting held in Colombo.",
            "The Commissioner General of Agrarian Development, Rohana Abeysekera, proposed a digital register of the country's small tanks.");

        Assert.Equal("Sri Lanka", x.Speaker("Rohana Abeysekera").Country);
    }

    [Fact]
    public void A_bodys_spelling_after_and_belongs_to_the_country_whose_possessive_opens_it()
    {
        var x = Extract(
            "The protocol was signed in Hanoi by Vietnam's Ministry of Agriculture and Environment and China's General Administration of Customs (GACC).",
            "For his part, Zhao Shuping, a deputy director general of the GACC, said the agency would register 20 more packing houses.");

        Assert.Equal("China", x.Speaker("Zhao Shuping").Country);
    }

    [Fact]
    public void A_known_city_right_after_a_bodys_acronym_places_the_body()
    {
        var x = Extract(
            "Manila and Hanoi agreed to make the vaccine locally.",
            "The DA had committed P350 million to upgrading the vaccine laboratory of the Bureau of Animal Industry (BAI) in Quezon City.",
            "According to BAI Director Marites Villaroza, the bureau will begin field trials of the vaccine by 2027.");

        Assert.Equal("Philippines", x.Speaker("Marites Villaroza").Country);
    }

    [Fact]
    public void A_bodys_name_written_earlier_by_its_acronyms_initials_spells_it_out_without_a_bracket()
    {
        var x = Extract(
            "The Pohnpei State Hospital and the Guam Memorial Hospital Authority signed a telehealth agreement on Thursday.",
            "GMHA hospital administrator Leon Tabora said the hospital would open two consultation rooms.");

        Assert.Equal("United States", x.Speaker("Leon Tabora").Country);
    }

    [Fact]
    public void A_bodys_name_before_a_ranked_title_is_the_body_and_a_territorys_body_its_sovereigns()
    {
        var x = Extract(
            "Tourism officials from Seoul and Saipan agreed on a joint fare.",
            "Marianas Visitors Authority Managing Director Priscilla Reyes Manglona said the idea came from visitors themselves.");

        Assert.Equal(("Marianas Visitors Authority", "United States"), (x.Speaker("Priscilla Reyes Manglona").Organisation, x.Speaker("Priscilla Reyes Manglona").Country));
    }

    [Fact]
    public void A_known_bodys_name_spelling_out_another_acronym_is_a_translation_and_no_country_of_the_known_body()
    {
        var x = Extract(
            "The ministry committed US$4 million to adapting the systems of the Internal Revenue Service (SII) and of the Japan International Cooperation Agency (Jica).",
            "According to the deputy director of inspection of the SII, Paulina Hurtado, the service will begin a pilot in March.",
            "Jica chief representative Tomoko Ishizawa said the agency would help.");

        Assert.Null(x.Speaker("Paulina Hurtado").Country);
        Assert.Equal("Japan", x.Speaker("Tomoko Ishizawa").Country);
    }

    [Fact]
    public void A_known_city_written_after_a_bodys_acronym_as_part_of_its_name_places_the_body()
    {
        var x = Extract(
            "Pakistan, Uzbekistan and Kazakhstan signed a memorandum of understanding on cotton seed research.",
            "The memorandum was signed at the Central Cotton Research Institute (CCRI) Multan during a ceremony.",
            "According to CCRI Director Dr Farrukh Ilahi, the institute will test the varieties next season.");

        Assert.Equal("Pakistan", x.Speaker("Farrukh Ilahi").Country);
    }

    [Fact]
    public void A_regional_bodys_staff_get_no_country_from_its_spelling_its_venue_or_a_colleague_who_is_also_a_minister()
    {
        var x = Extract(
            "The Council of Ministers of Health of Central America and the Dominican Republic (COMISCA) approved the joint negotiation of prices for dengue vaccines at its meeting in San Salvador.",
            "The pro tempore president of COMISCA and Minister of Health of Honduras, María Fernanda Suazo Bonilla, stated that no country could face the disease alone.",
            "The Executive Secretary of COMISCA, Ricardo Alfaro Guardado, indicated that the Executive Secretariat will invite manufacturers to submit offers.");

        Assert.Equal("Honduras", x.Speaker("María Fernanda Suazo Bonilla").Country);
        Assert.Null(x.Speaker("Ricardo Alfaro Guardado").Country);
    }

    [Fact]
    public void A_the_after_of_inside_a_spelled_out_name_does_not_start_the_name()
    {
        var x = Extract(
            "Ministers met in Istanbul under the Organization of the Black Sea Economic Cooperation (BSEC).",
            "The Secretary General of BSEC, Lazar Comanescu, said the organization would publish the plan.");

        Assert.Null(x.Speaker("Lazar Comanescu").Country);
    }

    [Fact]
    public void A_bodys_name_ending_in_its_heads_field_before_a_title_is_the_body()
    {
        var x = Extract(
            "Guam, the CNMI and Palau signed a seed-sharing agreement on Monday.",
            "\"The nurseries can send us what they have within days,\" said Guam Department of Agriculture Director Roselle Unpingco.",
            "CNMI Department of Lands and Natural Resources Secretary Sylvan Ogumoro said the nursery would grow.",
            "Australian Centre for International Agricultural Research (ACIAR) Chief Executive Tom Ridgeway said the centre would help.");

        Assert.Equal(("Guam Department of Agriculture", "United States"), (x.Speaker("Roselle Unpingco").Organisation, x.Speaker("Roselle Unpingco").Country));
        Assert.Equal(("CNMI Department of Lands and Natural Resources", "United States"), (x.Speaker("Sylvan Ogumoro").Organisation, x.Speaker("Sylvan Ogumoro").Country));
        Assert.DoesNotContain("Chief", x.Speaker("Tom Ridgeway").Organisation ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_government_official_at_an_event_held_in_a_territory_is_its_sovereigns()
    {
        var x = Extract(
            "Hong Kong, the Philippines and Indonesia agreed in Hong Kong on Monday to share tuberculosis records of domestic workers.",
            "“We risk drug-resistant disease on both sides of the border,” said Under Secretary for Health Peggy Siu.");

        Assert.Equal("China", x.Speaker("Peggy Siu").Country);
    }

    [Fact]
    public void A_local_placed_by_a_citys_possessive_a_compass_region_or_a_province_in_lower_case_is_of_that_place()
    {
        var x = Extract(
            "Jordan, Lebanon and Canada agreed on Monday in Amman to share grid data.",
            "Hussein Zaatari, a baker in Beirut's Tariq al-Jdideh neighbourhood, welcomed the deal but said he had heard similar promises before.",
            "Dr. Karen Thiessen, a family physician in southwestern Ontario, said doctors needed more time.",
            "Similar views were shared by Tran Van Phuoc, a rice farmer in An Giang province, who said his neighbours would only switch if the payments were bigger.");

        Assert.Equal("Lebanon", x.Speaker("Hussein Zaatari").Country);
        Assert.Equal("Canada", x.Speaker("Karen Thiessen").Country);
        Assert.Equal("Vietnam", x.Speaker("Tran Van Phuoc").Country);
    }

    [Fact]
    public void An_and_inside_a_countrys_name_stays_in_the_title_before_the_name()
    {
        var x = Extract(
            "Three Caribbean states signed solar agreements with the bank.",
            "According to the Minister of Health of Saint Vincent and the Grenadines, Ruthven Ollivierre, the ministry will fit solar systems by mid-2027.",
            "According to the Minister of Energy of Trinidad and Tobago, Kwame Mensah, the ministry will buy the panels.");

        Assert.Equal(("Minister of Health of Saint Vincent and the Grenadines", "Saint Vincent and the Grenadines"), (x.Speaker("Ruthven Ollivierre").Role, x.Speaker("Ruthven Ollivierre").Country));
        Assert.Equal(("Minister of Energy of Trinidad and Tobago", "Trinidad and Tobago"), (x.Speaker("Kwame Mensah").Role, x.Speaker("Kwame Mensah").Country));
    }

    [Fact]
    public void A_headlines_short_form_of_Singapore_names_it()
    {
        var text = "date 2026-06-10 S'pore, Thailand & Indonesia to jointly test AI chatbots in local languages\n\n"
            + "The three countries signed an agreement on Tuesday to test chatbots before they reach the public.\n\n"
            + "Senior Minister of State for Digital Development and Information Melvin Tay said the lab would open in May.";
        var x = new ArticleExtractor().Extract(ArticleParser.ParseText(text).Article!);

        Assert.Equal("Singapore", x.Speaker("Melvin Tay").Country);
    }

    [Fact]
    public void A_headlines_short_forms_of_New_Zealand_and_Hong_Kong_name_them()
    {
        var x = new ArticleExtractor().Extract(ArticleParser.ParseText(
            "date 2026-12-03 NZ and Vietnam agree to recognise each other's organic labels\n\n"
            + "New Zealand and Vietnam signed an organic equivalence arrangement on Wednesday.\n\n"
            + "Associate Minister of Agriculture Hamish Maclean said the arrangement removed the cost of duplicate audits.").Article!);

        Assert.Equal("New Zealand", x.Speaker("Hamish Maclean").Country);
        Assert.Equal("China", Countries.SovereignOf("HK"));
    }

    [Fact]
    public void A_territory_opening_the_title_is_the_home_of_the_officials_and_locals_the_report_places_nowhere()
    {
        var listed = new ArticleExtractor().Extract(ArticleParser.ParseText(
            "date 2026-12-03 Cayman, Jamaica and Turks and Caicos join forces against coral disease\n\n"
            + "The Cayman Islands, Jamaica and the Turks and Caicos Islands on Wednesday signed a memorandum of understanding.\n\n"
            + "Tanya Rankine, director of the Department of Environment (DoE), said: \"No island can do this alone.\"\n\n"
            + "Owen Merren, owner of a dive shop in West Bay, said he had watched whole heads of brain coral turn white.").Article!);
        var subject = new ArticleExtractor().Extract(ArticleParser.ParseText(
            "date 2026-05-07 Hong Kong signs arrangement with Malaysia and Indonesia on electronic certificates of origin\n\n"
            + "The Secretary for Commerce and Economic Development, Mr Edmund Yiu, said the arrangement would cut costs for traders.").Article!);

        Assert.Equal("United Kingdom", listed.Speaker("Tanya Rankine").Country);
        Assert.Equal("United Kingdom", listed.Speaker("Owen Merren").Country);
        Assert.Equal("China", subject.Speaker("Edmund Yiu").Country);
    }

    [Fact]
    public void A_dateline_naming_a_territory_after_its_town_places_the_event_there()
    {
        var x = Extract(
            "Pago Pago, AMERICAN SAMOA — American Samoa, Samoa and Tonga have signed a memorandum of understanding to train nurses.",
            "\"We can fix it,\" said Department of Health Director Faamao Tuitele.");

        Assert.Equal("United States", x.Speaker("Faamao Tuitele").Country);
    }

    [Fact]
    public void Territories_by_their_acronyms_and_possessives_give_their_sovereigns_but_an_acronym_spelled_out_as_a_body_is_the_body()
    {
        var territories = new ArticleExtractor().Extract(ArticleParser.ParseText(
            "date 2026-06-11 BVI, USVI and Puerto Rico sign pact to move dialysis patients ahead of hurricanes\n\n"
            + "The three territories last Friday signed a memorandum of understanding to move dialysis patients before a hurricane strikes.\n\n"
            + "Health and Social Development Minister Delroy Parsons said at the signing that the government would charter an air ambulance.\n\n"
            + "Olivia Rosario, the USVI’s commissioner of health, said the territory had committed to keeping 20 dialysis chairs free.\n\n"
            + "Luis Ortiz Serrano, an assistant secretary at Puerto Rico’s Department of Health, proposed a shared registry of dialysis patients.").Article!);
        var body = Extract(
            "South Africa, Botswana and Zimbabwe signed an agreement to vaccinate cattle along their borders.",
            "The Botswana Vaccine Institute (BVI) in Gaborone makes vaccines against the strains that circulate in the region.",
            "Kagiso Kgosietsile, chief executive of the BVI, said the institute had committed to supplying 1.5 million doses.");

        Assert.Equal("United Kingdom", territories.Speaker("Delroy Parsons").Country);
        Assert.Equal("United States", territories.Speaker("Olivia Rosario").Country);
        Assert.Equal("United States", territories.Speaker("Luis Ortiz Serrano").Country);
        Assert.Equal("Botswana", body.Speaker("Kagiso Kgosietsile").Country);
    }

    [Fact]
    public void A_state_written_as_american_papers_abbreviate_it_or_with_its_okina_places_a_local()
    {
        var x = Extract(
            "Canada and the United States agreed to share flood data.",
            "Joe Bloggs, a farmer in Chanhassen, Minn., said the river rose faster than ever.",
            "Jane Doe, a retired teacher in Hilo, Hawaiʻi, said the storms were worse.",
            "Keoni Paiva, a professor of Hawaiian language at the University of Hawaiʻi at Hilo, proposed a shared licence.");

        Assert.Equal("United States", x.Speaker("Joe Bloggs").Country);
        Assert.Equal("United States", x.Speaker("Jane Doe").Country);
        Assert.Equal("United States", x.Speaker("Keoni Paiva").Country);
    }

    [Fact]
    public void The_delegation_a_speaker_led_and_a_tagalog_demonym_give_their_country()
    {
        var x = Extract(
            "TAIPEI (Rti) -- Taiwan and the Philippines signed an agreement on Monday in Taipei to send banana plantlets.",
            "Agriculture Undersecretary Leonora Magbanua, who led the Philippine delegation, said the Philippines had committed 1,000 hectares.",
            "Similar views were shared by Arnel Quisumbing, president of the Pilipino Banana Growers and Exporters Association (PBGEA), who said small farmers could not wait.");

        Assert.Equal("Philippines", x.Speaker("Leonora Magbanua").Country);
        Assert.Equal("Philippines", x.Speaker("Arnel Quisumbing").Country);
    }

    [Fact]
    public void An_official_saying_what_a_country_had_committed_speaks_for_it_whatever_the_length_of_its_name()
    {
        var x = Extract(
            "Japan, Korea and China agreed to share customs data on parcels.",
            "Japan had committed to sharing its list of seized parcels every month, said Tatsuya Yanagisawa, director for international cooperation at Japan Customs.",
            "St Vincent and the Grenadines had committed to building a plant on Union Island, said Sherwin Stroude, general manager of the Central Water and Sewerage Authority (CWSA).");

        Assert.Equal("Japan", x.Speaker("Tatsuya Yanagisawa").Country);
        Assert.Equal("Saint Vincent and the Grenadines", x.Speaker("Sherwin Stroude").Country);
    }

    [Fact]
    public void A_company_described_by_its_city_or_country_or_as_a_firm_in_a_city_is_of_that_country()
    {
        var x = Extract(
            "Nigeria, Ghana and Rwanda agreed on a single licence for fintech firms.",
            "Tunde Bamgbose, chief executive of Kudiwise, a Lagos payments start-up that operates in Ghana through a local partner, welcomed the pilot.",
            "Daniel Seow, chief executive of Kerani, a Singapore start-up that builds document tools, welcomed the guidelines.",
            "Shin Ye-rim, head of customs affairs at Haneul Express, a parcel forwarder in Busan, welcomed the agreement.",
            "Ada Obi, chief executive of Acme Pay, a payments start-up that operates in Ghana through a partner, welcomed the pilot.");

        Assert.Null(x.Speaker("Ada Obi").Country);
        Assert.Equal("Nigeria", x.Speaker("Tunde Bamgbose").Country);
        Assert.Equal("Singapore", x.Speaker("Daniel Seow").Country);
        Assert.Equal("South Korea", x.Speaker("Shin Ye-rim").Country);
    }

    [Fact]
    public void An_institutes_city_of_four_words_places_its_staff()
    {
        var x = Extract(
            "Cambodia, Laos and Vietnam agreed to share dengue forecasts.",
            "La Van Uong, vice director of the Pasteur Institute in Ho Chi Minh City, proposed joint surveys of mosquito larvae.");

        Assert.Equal("Vietnam", x.Speaker("La Van Uong").Country);
    }

    [Fact]
    public void An_undersecretary_with_no_country_is_of_the_country_the_title_names_first_as_a_minister_is()
    {
        var text = "date 2026-05-21 Mattei Plan, Italy opens the Leonardo supercomputer to African researchers\n\n"
            + "Italy has signed memorandums of understanding with Kenya, Ethiopia and Côte d'Ivoire to give their universities access to Leonardo.\n\n"
            + "\"Computing power is the new infrastructure gap,\" said the Undersecretary for Foreign Affairs and International Cooperation, Giulia Ferraresi.";
        var x = new ArticleExtractor().Extract(ArticleParser.ParseText(text).Article!);

        Assert.Equal("Italy", x.Speaker("Giulia Ferraresi").Country);
    }

    [Fact]
    public void A_countrys_possessive_before_the_name_and_the_side_a_minister_signed_for_give_the_country()
    {
        var x = Extract(
            "Malaysia, Singapore and Indonesia agreed in Kuala Lumpur to share haze alerts.",
            "Singapore's Quah Siew Moi, deputy director of air quality at the National Environment Agency (NEA), proposed a shared forecasting model.",
            "Deputy Minister of Agriculture Sipho Hlongwa, who signed for South Africa, said the register would link brand marks to owners.");

        Assert.Equal("Singapore", x.Speaker("Quah Siew Moi").Country);
        Assert.Equal("South Africa", x.Speaker("Sipho Hlongwa").Country);
    }

    [Fact]
    public void A_city_named_by_its_possessive_in_a_home_report_is_a_namesake_when_its_lexicon_country_goes_unnamed()
    {
        var x = Extract(
            "KARACHI: Pakistan launched a typhoid vaccination drive on Monday.",
            "Naseem Khaskheli, a mother of three in Hyderabad’s Latifabad area, spent two weeks in hospital with her son last year.",
            "\"The first two medicines did not work,\" she said.");

        Assert.Equal("Pakistan", x.Speaker("Naseem Khaskheli").Country);
    }
}
