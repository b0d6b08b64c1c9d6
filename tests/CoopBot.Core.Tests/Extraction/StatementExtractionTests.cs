using CoopBot.Core.Extraction;
using static CoopBot.Core.Tests.Extraction.ExtractionTestKit;

namespace CoopBot.Core.Tests.Extraction;

public class StatementExtractionTests
{
    [Fact]
    public void A_title_over_commas_after_the_verb_leads_to_the_name()
    {
        var x = Extract("\"This is a small quantity of power, but a big step in trust,\" said Nepal's Minister for Energy, Water Resources and Irrigation Deepak Raj Adhi.");

        Assert.Equal("Deepak Raj Adhi", x.SpeakerName(x.StatementContaining("big step in trust")));
        Assert.Equal("Nepal", x.Speaker("Deepak Raj Adhi").Country);
    }

    [Fact]
    public void A_role_after_a_name_that_follows_its_verb_is_read()
    {
        var x = Extract(
            "\"We are not teaching them to burn,\" said Dean Gurruw, coordinator of the Yolngu Rangers.",
            "\"The road is ready,\" said Raghunandan, secretary of the Ministry of Roads.");

        Assert.Equal("coordinator of the Yolngu Rangers", x.Speaker("Dean Gurruw").Role);
        Assert.Equal("Ministry of Roads", x.Speaker("Raghunandan").Organisation);
    }

    [Fact]
    public void A_degree_is_no_organisation_and_excise_no_name()
    {
        var x = Extract(
            "Prativa Dula, a fifth-year MBBS student at a medical college in Mymensingh, said she knew seniors who had waited.",
            "Comptroller of Customs and Excise Grenville Dabre said officers would sit side by side.");

        Assert.Null(x.Speaker("Prativa Dula").Organisation);
        Assert.Equal("Comptroller of Customs and Excise", x.Speaker("Grenville Dabre").Role);
    }

    [Fact]
    public void An_interviews_answers_after_the_speakers_name_are_direct_quotes_and_malam_is_an_honorific()
    {
        var x = Extract(
            "The Commission committed €35 million, according to Marjolein Van Dam, the Commission's director for research.",
            "Science|Business spoke to Van Dam after the launch.",
            "Why materials?",
            "Van Dam: Materials are where AI can show results fastest.",
            "Note: the call closes in March.",
            "A cattle trader at Illela market, Malam Abdullahi Tsoh, told Daily Trust that traders had stopped coming.");

        Assert.Equal(StatementKind.Direct, x.StatementContaining("show results fastest").Kind);
        Assert.Equal("Marjolein Van Dam", x.SpeakerName(x.StatementContaining("show results fastest")));
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("call closes", StringComparison.Ordinal));
        Assert.Equal("Abdullahi Tsoh", x.SpeakerName(x.StatementContaining("stopped coming")));
    }

    [Fact]
    public void Goods_ending_in_oes_and_a_route_after_the_goods_make_clean_trades()
    {
        var x = Extract(
            "Vito Scarda, who grows tomatoes near Foggia, said he had been 15 pickers short.",
            "Garth Mappin, who operates a ferry between the two islands, said the new rules would save him a day.");

        Assert.Equal("tomato grower", x.Speaker("Vito Scarda").Role);
        Assert.Equal("ferry operator", x.Speaker("Garth Mappin").Role);
    }

    [Fact]
    public void A_name_after_an_honorific_or_a_description_with_a_time_is_a_person_a_surname_can_find()
    {
        var x = Extract(
            "Kyoto University will train 40 volcanologists in a program led by Prof. Ayumi Kuragawa.",
            "\"Sakurajima erupts almost every day,\" Kuragawa said in an interview.",
            "Phonesavanh Xaysom, 29, who spent five months on a farm in Goesan, North Chungcheong, last year, said he paid a broker.");

        Assert.Equal("Ayumi Kuragawa", x.SpeakerName(x.StatementContaining("Sakurajima erupts")));
        Assert.Equal("Phonesavanh Xaysom", x.SpeakerName(x.StatementContaining("paid a broker")));
    }

    [Fact]
    public void Ruling_out_rejecting_and_putting_forward_are_statements()
    {
        var x = Extract(
            "Lovisa Bengt, the region's director of health care, said a helicopter would be stationed in Kiruna. She ruled out closing the base in Gällivare.",
            "PVMBG head Hendra Wira put forward the idea of a joint ash advisory for airlines.",
            "Minister Tomas Berg rejected calls for a new border fee.");

        Assert.Equal("Lovisa Bengt", x.SpeakerName(x.StatementContaining("closing the base")));
        Assert.Equal("Hendra Wira", x.SpeakerName(x.StatementContaining("joint ash advisory")));
        Assert.Equal("Tomas Berg", x.SpeakerName(x.StatementContaining("calls for a new border fee")));
    }

    [Fact]
    public void Jan_is_a_given_name_not_a_month()
    {
        var x = Extract("Minister Jan Novak said Slovakia would buy new radios.", "On Jan 12, Minister Eva Dvorak said it was fine.");

        Assert.Equal("Minister", x.Speaker("Jan Novak").Role);
        Assert.Equal("Minister", x.Speaker("Eva Dvorak").Role);
    }

    [Fact]
    public void Alderman_is_an_honorific_not_part_of_the_name()
    {
        var x = Extract("“Water security is not a luxury,” said Executive Mayor Alderman Pieter Koegel.");

        Assert.Equal("Pieter Koegel", x.SpeakerName(x.StatementContaining("Water security")));
    }

    [Fact]
    public void People_listed_with_semicolons_a_counterpart_and_the_head_of_a_one_word_body_resolve_as_a_reader_would()
    {
        var x = Extract(
            "COTONOU, Benin - The Bank signed loans with Benin and Togo.",
            "They were signed by Benin's Minister of Finance, Gildas Dossou; Togo's Minister of Economy, Essowè Pali; and the Bank's Director, Aminata Sarr.",
            "Dossou said Benin would build markets near the border.",
            "His Togolese counterpart said Togo would build a 12-kilometre bypass around Aného.",
            "The head of the Minam recalled that deforestation had fallen.");

        Assert.Equal("Gildas Dossou", x.SpeakerName(x.StatementContaining("build markets")));
        Assert.Equal("Essowè Pali", x.SpeakerName(x.StatementContaining("bypass")));
        Assert.DoesNotContain(x.Speakers, s => s.Name == "Minam");
    }

    [Fact]
    public void A_trade_said_in_the_perfect_or_after_a_quantity_is_a_role_and_a_named_place_is_none()
    {
        var x = Extract(
            "In El Guabo, Mercedes Loor, who farms 12 hectares of bananas with her sons, said producers had not been told.",
            "Hedi Ouerghemmi, who has trucked vegetables from Ben Guerdane to Tripoli for 20 years, said he would wait and see.",
            "Zuzana Petrak, who has run the Chata pod Rysmi hut for a decade, said rescuers were welcome.");

        Assert.Equal("banana farmer", x.Speaker("Mercedes Loor").Role);
        Assert.Equal("vegetable trucker", x.Speaker("Hedi Ouerghemmi").Role);
        Assert.Null(x.Speaker("Zuzana Petrak").Role);
    }

    [Fact]
    public void The_banks_title_after_a_list_of_ministers_is_the_banks_and_no_countrys()
    {
        var x = Extract(
            "COTONOU, Benin - The African Development Bank Group on Tuesday signed two loan agreements with Benin and Togo.",
            "They were signed by Benin's Minister of Finance, Gildas Dossou; Togo's Minister of Economy, Essowè Pali; and the Bank's Director General for West Africa, Aminata Sarr.",
            "Sarr said trade should not stop at the border.");

        Assert.Equal("African Development Bank", x.Speaker("Aminata Sarr").Organisation);
        Assert.Null(x.Speaker("Aminata Sarr").Country);
        Assert.Equal(["African Development Bank Group", "Benin", "Togo"], x.OutcomeContaining("two loan agreements").Parties);
    }

    [Fact]
    public void Two_people_introduced_title_first_in_one_list_keep_their_own_titles()
    {
        var x = Extract(
            "Djibouti - Djibouti and Ethiopia signed a port access agreement today.",
            "The agreement was signed by the Minister of Ports, Mr. Hassan Omar Dileita, and the Ambassador of Ethiopia to Djibouti, Mr. Berhanu Tadesse Alemu.",
            "Minister Hassan said the port would handle 2 million tonnes.",
            "Ambassador Berhanu on his part said that Ethiopia would send 40 trucks.",
            "Minister Hassan, for his part, said the road would be repaired.");

        Assert.Equal("Minister of Ports", x.Speaker("Hassan Omar Dileita").Role);
        Assert.Equal("Djibouti", x.Speaker("Hassan Omar Dileita").Country);
        Assert.Equal("Ethiopia", x.Speaker("Berhanu Tadesse Alemu").Country);
        Assert.Equal("Berhanu Tadesse Alemu", x.SpeakerName(x.StatementContaining("40 trucks")));
        Assert.Equal("Hassan Omar Dileita", x.SpeakerName(x.StatementContaining("road would be repaired")));
    }

    [Fact]
    public void A_title_that_is_also_a_given_name_is_the_name_when_a_title_comes_before_or_a_role_after()
    {
        var x = Extract(
            "ABU DHABI – The UAE and India signed a climate finance accord.",
            "Sultan Ahmed Al Jaber, the UAE's Minister of Industry and Advanced Technology, said the accord would mobilise private capital.",
            "Prince Mensah, a cocoa farmer, said prices were too low.",
            "COP28 President Sultan Hamdan Al Mazrouei said the fund was ready.",
            "Crown Prince Salman bin Hamad said Bahrain would join.");

        Assert.Equal("Minister of Industry and Advanced Technology", x.Speaker("Sultan Ahmed Al Jaber").Role);
        Assert.Equal("cocoa farmer", x.Speaker("Prince Mensah").Role);
        Assert.Equal("COP28 President", x.Speaker("Sultan Hamdan Al Mazrouei").Role);
        Assert.Equal("Crown Prince", x.Speaker("Salman bin Hamad").Role);
    }

    [Fact]
    public void A_name_with_a_particle_every_name_reader_knows_keeps_the_who_clause_that_introduces_it()
    {
        // "bint" (as "ibn", "della", "du") is a name particle to the speaker reader; the reader of introductions
        // knew only a shorter list, so "Reem bint Khalid" was never introduced with the office her clause names.
        var x = Extract(
            "JEDDAH – Saudi Arabia and Malaysia signed a data agreement.",
            "Reem bint Khalid Al-Zahrani, who heads the Saudi Data and AI Authority, explained that the platform would send alerts.");

        var speaker = x.Speaker("Reem bint Khalid Al-Zahrani");
        Assert.Equal("head of the Saudi Data and AI Authority", speaker.Role);
        Assert.Equal("Saudi Arabia", speaker.Country);
    }

    [Fact]
    public void Quote_then_said_name_and_title_is_direct_and_gets_the_role()
    {
        var x = Extract("\"We are ready to share our models,\" said Chen Wei, deputy head of China's National Development and Reform Commission.");

        var statement = x.StatementContaining("ready to share");
        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal("We are ready to share our models", statement.Text);
        var speaker = x.Speaker("Chen Wei");
        Assert.Equal("deputy head of the National Development and Reform Commission", speaker.Role);
        Assert.Equal("National Development and Reform Commission", speaker.Organisation);
        Assert.Equal("China", speaker.Country);
    }

    [Fact]
    public void Name_said_colon_quote_is_attributed_at_its_start()
    {
        var x = Extract("Laos Technology and Communications Minister Somphone Keola said: \"Nobody must be left behind. We need partners we can trust.\"");

        var statement = x.StatementContaining("Nobody must be left behind. We need partners");
        Assert.Equal("Somphone Keola", x.SpeakerName(statement));
        Assert.Equal("Laos", x.Speaker("Somphone Keola").Country);
        Assert.Equal("Technology and Communications Minister", x.Speaker("Somphone Keola").Role);
    }

    [Fact]
    public void Name_title_said_quote_without_colon_is_direct()
    {
        var x = Extract("Maria Santos, Brazil's deputy trade minister, said \"open markets serve small exporters best.\"");

        Assert.Equal("Maria Santos", x.SpeakerName(x.StatementContaining("open markets serve")));
        Assert.Equal("Brazil", x.Speaker("Maria Santos").Country);
    }

    [Theory]
    [InlineData("Director General of Climate Financing Policy at the Finance Ministry, Rini Kusumastuti, said the facility would pool grants.", "Rini Kusumastuti", "Director General of Climate Financing Policy at the Finance Ministry")]
    [InlineData("The World Bank's practice manager for education in West Africa, Priya Venkataraman, announced that the bank would add $250 million.", "Priya Venkataraman", "practice manager for education in West Africa")]
    [InlineData("Speaking on the sidelines, the Director-General of the National Board for Technical Education (NBTE), Musa Garba Yakubu, said the board would accredit 12 centres.", "Musa Garba Yakubu", "Director-General of the National Board for Technical Education")]
    public void A_long_title_phrase_before_a_name_between_commas_is_the_speakers_role(string sentence, string speaker, string role)
    {
        var x = Extract(sentence);

        var statement = Assert.Single(x.Statements);
        Assert.Equal(speaker, x.SpeakerName(statement));
        Assert.StartsWith(role, x.Speaker(speaker).Role);
    }

    [Theory]
    [InlineData("The Minister of Commerce, Trade and Industry of the Republic of Zambia, Hon. Mwila Chanda Sikazwe, called for a cold-chain corridor.", "Mwila Chanda Sikazwe", "Minister of Commerce, Trade and Industry of the Republic of Zambia")]
    [InlineData("In his remarks, Théodore Kabanga-Mwamba, Commissioner for Economic Development, Trade, Tourism, Industry and Minerals, underscored that paper procedures remain a barrier.", "Théodore Kabanga-Mwamba", "Commissioner for Economic Development, Trade, Tourism, Industry and Minerals")]
    [InlineData("Federal Minister for National Health Services, Regulations and Coordination Syed Naveed Hassan Bukhari said the virus did not recognise borders.", "Syed Naveed Hassan Bukhari", "Federal Minister for National Health Services, Regulations and Coordination")]
    public void A_title_listing_several_portfolios_keeps_them_all(string sentence, string speaker, string role)
    {
        var x = Extract(sentence);

        Assert.Equal(speaker, x.SpeakerName(Assert.Single(x.Statements)));
        Assert.Equal(role, x.Speaker(speaker).Role);
    }

    [Fact]
    public void A_professional_title_with_a_period_before_a_name_does_not_end_the_sentence()
    {
        var x = Extract("Speaking with reporters, the Director-General of the National Board for Technical Education, Engr. Musa Garba Yakubu, said the board will accredit 12 centres.");

        Assert.Equal("Musa Garba Yakubu", x.SpeakerName(Assert.Single(x.Statements)));
    }

    [Fact]
    public void Reported_content_before_told_an_agency_and_when_and_where_is_the_statement()
    {
        var x = Extract("Space agencies have agreed to share ground stations, Roscosmos Deputy Director General Vadim Koltsov told TASS on Wednesday on the sidelines of the conference in Moscow.");

        var statement = Assert.Single(x.Statements);
        Assert.Equal("Space agencies have agreed to share ground stations", statement.Text);
        Assert.Equal("Vadim Koltsov", x.SpeakerName(statement));
    }

    [Fact]
    public void The_agencys_own_official_is_found_by_demonym_before_the_article_gives_him_the_country()
    {
        var x = Extract(
            "HANOI, May 4 (VNA) – Vietnam, Laos and Cambodia signed a memorandum on rice seed.",
            "Deputy Minister of Agriculture and Environment Ta Quang Vinh affirmed that food security is a pillar of the relationship.",
            "The Vietnamese official said Vietnam will train 200 technicians.");

        Assert.Equal("Ta Quang Vinh", x.SpeakerName(x.StatementContaining("train 200 technicians")));
    }

    [Fact]
    public void A_mononym_after_a_title_with_an_acronym_and_a_company_described_by_its_city_are_read_right()
    {
        var x = Extract(
            "Head of the Peatland and Mangrove Restoration Agency (BRGM) Sudarmini noted that community involvement was the key.",
            "Similar views were shared by Ms. Lindiwe Maseko, Chief Executive Officer of Johannesburg-based TransKaroo Freight, who said that logistics costs were the main obstacle.");

        Assert.Equal("Head of the Peatland and Mangrove Restoration Agency (BRGM)", x.Speaker("Sudarmini").Role);
        Assert.Equal("Lindiwe Maseko", x.SpeakerName(x.StatementContaining("logistics costs")));
        Assert.DoesNotContain(x.Speakers, s => s.Name.Contains("TransKaroo", StringComparison.Ordinal));
        Assert.Equal("Chief Executive Officer of TransKaroo Freight", x.Speaker("Lindiwe Maseko").Role);
        Assert.Equal("South Africa", x.Speaker("Lindiwe Maseko").Country);
    }

    [Fact]
    public void An_arabic_name_with_its_article_written_small_after_HE_is_a_name()
    {
        var x = Extract(
            "The MoU was signed by HE the Minister of Communications and Information Technology Dr Khalid bin Rashid al-Marri.",
            "In his opening speech, HE al-Marri said the digital economy had become a central pillar of Qatar National Vision 2030.");

        var statement = x.StatementContaining("central pillar");
        Assert.Equal("Khalid bin Rashid al-Marri", x.SpeakerName(statement));
        Assert.Equal("Minister of Communications and Information Technology", x.Speaker("Khalid bin Rashid al-Marri").Role);
    }

    [Fact]
    public void Honorifics_of_several_words_and_a_title_before_an_honoured_name_are_read()
    {
        var x = Extract(
            "H.E. Dato’ Sri Mohd Ridzwan Kassimuddin, Minister of Transport of Malaysia, proposed a pilot digital transit permit for trucks.",
            "“A driver should not need a folder full of paper,” Dato’ Sri Ridzwan said.",
            "Liberia's Minister of Education, Dr Musu Kollie-Gbarbea, described the agreement as \"a practical answer to a practical problem\".");

        Assert.Equal("Mohd Ridzwan Kassimuddin", x.SpeakerName(x.StatementContaining("folder full of paper")));
        Assert.Equal(("Minister of Education", "Liberia"), (x.Speaker("Musu Kollie-Gbarbea").Role, x.Speaker("Musu Kollie-Gbarbea").Country));
        Assert.Contains("practical answer", x.StatementContaining("the agreement as").Text);
    }

    [Fact]
    public void A_middle_initial_is_part_of_the_name()
    {
        var x = Extract(
            "The meeting was chaired by H.E. Rogelio B. Villamayor, Secretary of Transportation of the Philippines.",
            "In his opening remarks, H.E. Villamayor said that the roadmap would turn plans into supply chains.");

        // The initial's full stop is punctuation, as everywhere in names ("Rogelio B Villamayor").
        Assert.Equal("Rogelio B Villamayor", x.SpeakerName(Assert.Single(x.Statements)));
    }

    [Fact]
    public void A_title_word_that_is_a_given_name_inside_a_name_stays_in_it()
    {
        var x = Extract("“Every family must get a warning in time,” said Dr Hessa Sultan Al Nuaimi, Assistant Minister for Climate Affairs.");

        Assert.Equal("Hessa Sultan Al Nuaimi", x.SpeakerName(Assert.Single(x.Statements)));
    }

    [Fact]
    public void An_attribution_before_a_title_is_not_part_of_the_role()
    {
        var x = Extract("The European Union committed 420 million euros, according to its humanitarian envoy, Pieter-Jan de Wilde, who told reporters that part of the money would support farmers.");

        Assert.Equal("humanitarian envoy", x.Speaker("Pieter-Jan de Wilde").Role);
    }

    [Fact]
    public void A_quote_attributed_after_a_long_title_and_a_capitalised_title_reference_are_direct()
    {
        var x = Extract(
            "\"Korea imports almost all of its nickel. We cannot wait,\" Hwang Ye-rin, director general for resource security at South Korea's Ministry of Trade, Industry and Energy, said after the meeting.",
            "In his remarks, Théodore Kabanga-Mwamba, Commissioner for Economic Development, underscored that procedures remain a barrier.",
            "“A trader should not queue for a stamp. With this platform, the certificate travels in minutes,” the Commissioner stated.");

        var nickel = x.StatementContaining("nickel");
        Assert.Equal((StatementKind.Direct, "Hwang Ye-rin"), (nickel.Kind, x.SpeakerName(nickel)));
        var stamp = x.StatementContaining("queue for a stamp");
        Assert.Equal((StatementKind.Direct, "Théodore Kabanga-Mwamba"), (stamp.Kind, x.SpeakerName(stamp)));
        Assert.Contains("travels in minutes", stamp.Text);
    }

    [Fact]
    public void Content_then_said_and_the_speaker_is_reported_speech()
    {
        var x = Extract("Montenegro will present a coal phase-out plan by the end of the year, said Milica Radunović, state secretary at Montenegro’s Ministry of Energy and Mining.");

        var statement = Assert.Single(x.Statements);
        Assert.Equal("Montenegro will present a coal phase-out plan by the end of the year", statement.Text);
        Assert.Equal("Milica Radunović", x.SpeakerName(statement));
    }

    [Fact]
    public void Places_and_bodies_are_not_speakers()
    {
        var x = Extract(
            "Several operators in Chiang Mai said they were worried about the roads.",
            "Henrik Ståhlberg, an adviser at the Bank for International Settlements (BIS) Innovation Hub, who attended as an observer, said the model could learn from Project Nexus.");

        Assert.DoesNotContain(x.Speakers, s => s.Name is "Chiang Mai" or "Hub");
        Assert.Equal("Henrik Ståhlberg", x.SpeakerName(x.StatementContaining("Project Nexus")));
    }

    [Fact]
    public void Pronoun_quote_is_attributed_to_the_last_named_speaker()
    {
        var x = Extract(
            "Foreign Minister Ana Ruiz of Chile opened the session.",
            "\"This is a turning point,\" she said.");

        Assert.Equal("Ana Ruiz", x.SpeakerName(x.StatementContaining("turning point")));
    }

    [Fact]
    public void Quote_over_two_paragraphs_is_one_statement_attributed_at_its_end()
    {
        var x = Extract(
            "\"We know the region is exposed. We have seen what a single drought does.",
            "\"That is why the reserve matters,\" said Kenyan Agriculture Minister Joseph Kamau.");

        var statement = x.StatementContaining("We know the region is exposed");
        Assert.Contains("That is why the reserve matters", statement.Text);
        Assert.Equal("Joseph Kamau", x.SpeakerName(statement));
    }

    [Fact]
    public void Follow_on_quote_paragraph_continues_the_previous_speaker()
    {
        var x = Extract(
            "\"The centre is open to all,\" said Indonesian Deputy Minister Rina Hartono.",
            "\"Our engineers will train here first.\"");

        Assert.Equal("Rina Hartono", x.SpeakerName(x.StatementContaining("Our engineers will train")));
    }

    [Fact]
    public void Interrupted_quote_gives_two_statements_of_one_speaker()
    {
        var x = Extract("\"The money is there,\" Minister Tomas Berg said. \"Now it must reach the farmers.\"");

        Assert.Equal("Tomas Berg", x.SpeakerName(x.StatementContaining("The money is there")));
        Assert.Equal("Tomas Berg", x.SpeakerName(x.StatementContaining("Now it must reach")));
    }

    [Fact]
    public void Partial_quote_stays_inside_reported_speech()
    {
        var x = Extract("Ambassador Li Na said the plan was \"a bridge between laboratories and markets\" for the region.");

        var statement = x.StatementContaining("a bridge between laboratories");
        Assert.Equal(StatementKind.Reported, statement.Kind);
        Assert.StartsWith("the plan was", statement.Text);
    }

    [Fact]
    public void According_to_name_reports_the_rest_of_the_sentence()
    {
        var x = Extract("According to Ananda Perera, deputy secretary-general of ASEAN, the digital economy could double by 2030.");

        var statement = x.StatementContaining("digital economy could double");
        Assert.Equal("the digital economy could double by 2030", statement.Text);
        Assert.Equal("ASEAN", x.Speaker("Ananda Perera").Organisation);
        Assert.Null(x.Speaker("Ananda Perera").Country);
    }

    [Fact]
    public void Told_reporters_that_skips_the_listener()
    {
        var x = Extract("Arif Nugroho, minister counselor at the embassy of Indonesia in China, told reporters that Indonesian firms were keen to join.");

        Assert.Equal("Indonesian firms were keen to join", x.StatementContaining("keen to join").Text);
        var speaker = x.Speaker("Arif Nugroho");
        Assert.Equal("Indonesia", speaker.Country);
        Assert.Equal("embassy of Indonesia in China", speaker.Organisation);
    }

    [Fact]
    public void Adding_that_starts_a_second_statement_of_the_same_speaker()
    {
        var x = Extract("Singapore's Minister of State Tan Mei Ling said the pact was practical, adding that small firms would gain most.");

        Assert.Equal("the pact was practical", x.StatementContaining("pact was practical").Text);
        Assert.Equal("small firms would gain most", x.StatementContaining("small firms would gain").Text);
        Assert.Equal("Singapore", x.Speaker("Tan Mei Ling").Country);
    }

    [Fact]
    public void Welcomed_but_urged_gives_two_object_statements()
    {
        var x = Extract("Philippine Health Secretary Carmen Villanueva welcomed the agreement but urged members to move quickly on funding.");

        Assert.Contains(x.Statements, s => s.Text == "the agreement");
        Assert.Equal("members to move quickly on funding", x.StatementContaining("move quickly").Text);
    }

    [Fact]
    public void Similar_views_shared_by_then_she_said_resolves_to_that_person()
    {
        var x = Extract(
            "Zhou Ming, deputy head of China's commerce ministry, said trade would grow.",
            "Similar views were shared by Dang Thu Ha, deputy director general of Vietnam's Ministry of Science and Technology. She said Vietnam hoped to build language models with Chinese partners.");

        Assert.Equal("Dang Thu Ha", x.SpeakerName(x.StatementContaining("Vietnam hoped")));
        Assert.Equal("Vietnam", x.Speaker("Dang Thu Ha").Country);
    }

    [Fact]
    public void Surname_and_title_mentions_resolve_to_the_person_already_named()
    {
        var x = Extract(
            "Indonesian Health Minister Budi Gunadi Sadikin chaired the meeting.",
            "Sadikin said the stockpile would start with measles vaccines.",
            "The Indonesian official stressed that funding must follow.");

        Assert.Equal("Budi Gunadi Sadikin", x.SpeakerName(x.StatementContaining("stockpile would start")));
        Assert.Equal("Budi Gunadi Sadikin", x.SpeakerName(x.StatementContaining("funding must follow")));
        Assert.Equal("Indonesia", x.Speaker("Budi Gunadi Sadikin").Country);
    }

    [Theory]
    [InlineData("Officials said the talks would continue next month.")]
    [InlineData("Participants said the centre was a milestone.")]
    [InlineData("A joint statement said ministers had agreed on a road map.")]
    [InlineData("Analysts say the pledges remain small.")]
    [InlineData("\"AI for all,\" read a banner across the hall.")]
    public void Sayings_of_unnamed_groups_documents_and_slogans_are_not_statements(string sentence)
    {
        Assert.Empty(Extract(sentence).Statements);
    }

    [Fact]
    public void The_said_mechanism_and_said_to_be_are_not_attributions()
    {
        var x = Extract("Under the said mechanism, doses would be shared. The terminal, said to be the largest in Africa, will open in 2029.");

        Assert.Empty(x.Statements);
    }

    [Fact]
    public void Same_person_in_two_articles_gets_the_same_speaker_id()
    {
        var a = Extract("\"We are ready,\" said Kenyan Trade Minister Joseph Kamau.");
        var b = Extract("Joseph Kamau, Kenya's trade minister, said exports had doubled.");

        Assert.Equal(a.Speaker("Joseph Kamau").Id, b.Speaker("Joseph Kamau").Id);
    }

    [Fact]
    public void Honorifics_are_not_part_of_the_name()
    {
        var x = Extract("Malaysia's Trade Minister Datuk Seri Azlan Yusof said the framework would cut costs.");

        Assert.Equal("Azlan Yusof", x.SpeakerName(x.StatementContaining("cut costs")));
        Assert.Equal("Malaysia", x.Speaker("Azlan Yusof").Country);
    }

    [Fact]
    public void A_figures_source_another_sides_words_and_the_speakers_pledge_are_not_part_of_a_reported_statement()
    {
        var x = Extract(
            "Trade Secretary Ana Villalobos pointed out that trade between the two countries reached $4 billion last year, according to official data.",
            "Water Minister Dorji Wangchuk proposed joint training for forecasters, while the Indian side suggested a regional insurance pool.");

        Assert.Equal("trade between the two countries reached $4 billion last year", x.StatementContaining("$4 billion").Text);
        Assert.Equal("Panama for hosting the talks", Extract("Vice-Minister Ana Castillo praised Panama for hosting the talks and pledged US$2 million to the fund.").StatementContaining("Panama").Text);
        Assert.Equal("joint training for forecasters", x.StatementContaining("forecasters").Text);
    }

    [Fact]
    public void A_name_followed_by_the_body_it_is_of_is_the_speaker()
    {
        var x = Extract(
            "Dr Amina Yusuf Garba of the University of Ibadan said the data were incomplete.",
            "Commissioner Ramon Villareal Cruz of the Philippines’ Maritime Safety Commission (MSC) proposed a shared registry.",
            "Minister Tariq Hassan Malik of Pakistan said the corridor would open next year.");

        Assert.Equal("Amina Yusuf Garba", x.SpeakerName(x.StatementContaining("data were incomplete")));
        var cruz = x.Speaker("Ramon Villareal Cruz");
        Assert.Equal("Maritime Safety Commission (MSC)", cruz.Organisation);
        Assert.Equal("Philippines", cruz.Country);
        Assert.Equal("Pakistan", x.Speaker("Tariq Hassan Malik").Country);
        Assert.DoesNotContain(x.Speakers, s => s.Name.Contains("Ibadan", StringComparison.Ordinal));
    }

    [Fact]
    public void According_to_a_name_then_a_lower_case_clause_is_what_was_said_not_an_appositive()
    {
        var x = Extract(
            "Ratu Josefa Naulumatua Vosabeci, Fiji's Permanent Secretary for Housing, said 12 villages had applied.",
            "According to Ratu Josefa, each move has cost far more than planned because of roads, water and schools.",
            "According to Lena Ortmann, the agency's chief economist, costs would fall.");

        Assert.Equal("each move has cost far more than planned because of roads, water and schools", x.StatementContaining("each move").Text);
        Assert.Equal("Josefa Naulumatua Vosabeci", x.SpeakerName(x.StatementContaining("each move")));
        Assert.Equal("costs would fall", x.StatementContaining("costs would fall").Text);
    }

    [Fact]
    public void A_rank_before_the_name_in_an_appositive_is_not_an_appositive_of_its_own()
    {
        var x = Extract(
            "Indonesia’s deputy navy chief, Rear Admiral Bagus Wicaksono, confirmed that patrols would double.",
            "Dr. Adaeze Okonkwo-Bello, Executive Vice President of Afrexim Capital, said: “Credit is the bottleneck.”");

        Assert.Equal("Bagus Wicaksono", x.SpeakerName(x.StatementContaining("patrols would double")));
        Assert.Equal("Indonesia", x.Speaker("Bagus Wicaksono").Country);
        Assert.Equal("deputy navy chief", x.Speaker("Bagus Wicaksono").Role);
        Assert.Equal("Adaeze Okonkwo-Bello", x.SpeakerName(x.StatementContaining("Credit is the bottleneck")));
    }

    [Fact]
    public void The_demonym_head_of_a_body_refers_to_that_countrys_official_named_before()
    {
        var x = Extract(
            "Peruvian Minister of Health Dr. Luisa Carranza Vidal said the programme would double.",
            "Marlon Baptiste, director of surveillance at the Caribbean Public Health Agency, warned of dengue.",
            "The Peruvian head of Health confirmed that Peru would send 80 doctors to Bolivia.");

        Assert.Equal("Luisa Carranza Vidal", x.SpeakerName(x.StatementContaining("80 doctors")));
    }

    [Fact]
    public void Maintained_contended_and_hailed_are_verbs_of_saying()
    {
        var x = Extract(
            "Deputy Secretary-General Aigerim Seitkali reiterated that the body would stay small, and maintained that teams would remain under national command.",
            "AFAD President Emre Yavuzer contended that the platform would cut response times.",
            "Minister Rauf Mammadli hailed the agreement as a turning point.");

        Assert.Equal("the body would stay small", x.StatementContaining("stay small").Text);
        Assert.Equal("teams would remain under national command", x.StatementContaining("national command").Text);
        Assert.Equal("Emre Yavuzer", x.SpeakerName(x.StatementContaining("cut response times")));
        Assert.Equal("Rauf Mammadli", x.SpeakerName(x.StatementContaining("turning point")));
    }

    [Fact]
    public void According_to_a_title_then_a_name_takes_the_title_as_the_role_and_the_clause_as_the_statement()
    {
        var x = Extract(
            "According to Chile’s ambassador to Peru, Renata Valdivieso Ortúzar, the Chilean Space Agency will send three engineers to Lima.",
            "Md Anisur Rahman Chowdhury, a farmer from Sylhet who was invited to speak, said floods came earlier every year.");

        var statement = x.StatementContaining("three engineers");
        Assert.Equal("Renata Valdivieso Ortúzar", x.SpeakerName(statement));
        Assert.Equal("the Chilean Space Agency will send three engineers to Lima", statement.Text);
        Assert.Equal("ambassador to Peru", x.Speaker("Renata Valdivieso Ortúzar").Role);
        Assert.Equal("Chile", x.Speaker("Renata Valdivieso Ortúzar").Country);
        Assert.Contains("farmer from Sylhet", x.Speaker("Md Anisur Rahman Chowdhury").Role, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_quote_after_reported_speech_in_the_same_paragraph_is_that_speakers()
    {
        var x = Extract(
            "Minister Karim Abdullayev said the deal was good.",
            "EU Ambassador to Georgia Henrik Lindqvist-Berg said the Union would fund new laboratories. \"Clean water is where cooperation starts,\" he said.",
            "Marta Oliveira Santos, who runs a cooperative of 90 farmers, warned that rules were too strict. “The law opened the door,” she said.");

        Assert.Equal("Henrik Lindqvist-Berg", x.SpeakerName(x.StatementContaining("Clean water")));
        Assert.Equal("Marta Oliveira Santos", x.SpeakerName(x.StatementContaining("opened the door")));
    }

    [Fact]
    public void A_name_of_a_body_with_an_appositive_and_a_title_with_portfolios_after_said_are_read()
    {
        var x = Extract(
            "Priya Ramaswamy of the Centre for Digital Commons, a policy think tank, said the compact lacked rules.",
            "“No country can fight a mega-fire alone,” said Portugal’s Minister for Climate Action and Civil Protection, Rui Tavares Gomes.");

        Assert.Equal("Priya Ramaswamy", x.SpeakerName(x.StatementContaining("lacked rules")));
        Assert.Equal("Rui Tavares Gomes", x.SpeakerName(x.StatementContaining("mega-fire")));
        Assert.Equal("Portugal", x.Speaker("Rui Tavares Gomes").Country);
    }

    [Fact]
    public void Titles_held_towards_a_country_portfolios_and_honorifics_before_a_name_stay_out_of_the_name()
    {
        var x = Extract(
            "German Ambassador to Jordan Friederike Lautenschläger said workers would keep their right to return.",
            "Deputy Minister of Construction Nguyen Duc Thang said the line would open in 2030.",
            "Energy and Power Development Minister Cde Farai Dzvairo said the two Governments would each take a stake.",
            "ZRA chief executive Eng Chipo Mhlanga-Ndlovu said the authority would commission a study. “The Zambezi is generous,” said Eng Mhlanga-Ndlovu.",
            "Mr Eng Teck Leong, a trade official, said the rules were clear.");

        var ambassador = x.Speaker("Friederike Lautenschläger");
        Assert.Equal("Ambassador to Jordan", ambassador.Role);
        Assert.Equal("Germany", ambassador.Country);
        Assert.Equal("Deputy Minister of Construction", x.Speaker("Nguyen Duc Thang").Role);
        Assert.Equal("Farai Dzvairo", x.SpeakerName(x.StatementContaining("each take a stake")));
        Assert.Equal("chief executive", x.Speaker("Chipo Mhlanga-Ndlovu").Role);
        Assert.Equal("ZRA", x.Speaker("Chipo Mhlanga-Ndlovu").Organisation);
        Assert.Equal("Chipo Mhlanga-Ndlovu", x.SpeakerName(x.StatementContaining("Zambezi is generous")));
        Assert.Equal("Eng Teck Leong", x.SpeakerName(x.StatementContaining("rules were clear")));
    }

    [Fact]
    public void A_name_of_a_body_with_no_title_gives_the_body_as_organisation_and_its_description_is_no_role()
    {
        var x = Extract(
            "Tran Thi Mai Huong of the Vietnam Logistics Business Association said exporters lose fruit to delays.",
            "Meghna Tirodkar of the Centre for Digital Futures, a policy think tank, said the compact was overdue.",
            "Daniel Okafor of the Lagos Business School, a senior fellow at its trade centre, said tariffs would fall.");

        var association = x.Speaker("Tran Thi Mai Huong");
        Assert.Null(association.Role);
        Assert.Equal("Vietnam Logistics Business Association", association.Organisation);
        Assert.Equal("Vietnam", association.Country);
        var thinkTank = x.Speaker("Meghna Tirodkar");
        Assert.Null(thinkTank.Role);
        Assert.Equal("Centre for Digital Futures", thinkTank.Organisation);
        Assert.Equal("senior fellow at its trade centre", x.Speaker("Daniel Okafor").Role);
    }

    [Fact]
    public void An_organisation_known_by_its_acronym_is_named_as_the_article_spelt_it_out()
    {
        var x = Extract(
            "KAMPALA – The Dairy Development Authority (DDA) will train milk collectors.",
            "The executive director of the DDA, Moses Tumwine, told New Vision that the authority would train 300 operators.",
            "Evans Otieno of the LVFO said the patrols would start in July.");

        Assert.Equal("Dairy Development Authority (DDA)", x.Speaker("Moses Tumwine").Organisation);
        Assert.Equal("LVFO", x.Speaker("Evans Otieno").Organisation); // never spelt out here
    }

    [Fact]
    public void A_plural_title_before_a_pair_of_names_introduces_both()
    {
        var x = Extract(
            "The memorandum was signed by the heads of the emergency agencies of St. Lucia and of Grenada, Marcus Charles and Kendall Baptiste.",
            "Baptiste proposed extending the cooperation to volcano monitoring.");

        Assert.Equal("Kendall Baptiste", x.SpeakerName(x.StatementContaining("volcano monitoring")));
        Assert.Equal("head", x.Speaker("Kendall Baptiste").Role);
    }

    [Fact]
    public void A_title_placed_by_where_its_holder_comes_from_picks_that_countrys_official()
    {
        var x = Extract(
            "KINSHASA – The two Congos signed an agreement on a joint archive of rumba.",
            "The DRC Minister of Culture, Madeleine Kasongo, said the archive would open in 2027.",
            "For his part, the Minister of Culture and Arts of Congo-Brazzaville, Gaston Okemba, welcomed the agreement.",
            "The Congolese minister from Brazzaville indicated that his government would contribute 300 million CFA francs to the joint fund.");

        Assert.Equal("Gaston Okemba", x.SpeakerName(x.StatementContaining("300 million CFA francs")));
    }

    [Fact]
    public void A_title_held_at_a_body_named_after_its_owner_keeps_the_title()
    {
        var x = Extract("Director at the European Commission's Directorate-General for Mobility and Transport Isabelle Durand said that the Commission had committed EUR 120 million.");

        Assert.StartsWith("Director at the Directorate-General for Mobility and Transport", x.Speaker("Isabelle Durand").Role);
    }

    [Fact]
    public void A_relative_clause_that_heads_or_chairs_a_body_named_by_its_kind_gives_the_office()
    {
        var x = Extract(
            "KAMPALA – Uganda and Kenya signed a dairy trade deal.",
            "Gideon Mugisha, who keeps 80 Friesian cows in Kiruhura district and chairs a dairy cooperative, welcomed the deal.",
            "Forecasts will be extended to 42 days, according to Ellen de Wit, who heads the agency's river management department.",
            "Veteran sprint coach Orville Grant, who attended the signing, welcomed the agreement.");

        Assert.Equal("chair of a dairy cooperative", x.Speaker("Gideon Mugisha").Role);
        Assert.Equal("head of the river management department", x.Speaker("Ellen de Wit").Role);
        Assert.Contains("coach", x.Speaker("Orville Grant").Role);
    }

    [Fact]
    public void Titles_of_bodies_that_run_into_the_name_without_a_comma_end_before_the_name()
    {
        var x = Extract(
            "BISHKEK (Kabar) – Five countries signed a memorandum on a snow leopard survey.",
            "Minister of Natural Resources, Ecology and Technical Supervision Nurbek Toktobaev noted that the number of snow leopards had grown.",
            "Chairman of the Committee for Environmental Protection under the Government of the Republic of Tajikistan Firdavs Rahimzoda proposed creating a protected area.",
            "Chairman of the Association of Hazelnut Producers and Exporters Zaur Mammadli said that the memorandum was late.");

        Assert.Equal("Minister of Natural Resources, Ecology and Technical Supervision", x.Speaker("Nurbek Toktobaev").Role);
        Assert.StartsWith("Chairman of the Committee for Environmental Protection under the Government", x.Speaker("Firdavs Rahimzoda").Role);
        Assert.Equal("Zaur Mammadli", x.SpeakerName(x.StatementContaining("memorandum was late")));
    }

    [Fact]
    public void A_body_and_a_lower_case_title_after_the_content_and_a_comma_are_the_speakers()
    {
        var x = Extract("Finland's foreign ministry has committed €6 million to the project, GTK director of international services Outi Laaksonen said.");

        var speaker = x.Speaker("Outi Laaksonen");
        Assert.Equal("director of international services", speaker.Role);
        Assert.Equal("GTK", speaker.Organisation);
        Assert.Equal("Finland's foreign ministry has committed €6 million to the project", x.StatementContaining("€6 million").Text);
    }

    [Fact]
    public void According_to_a_pronoun_takes_no_description_from_the_content_that_follows()
    {
        var x = Extract(
            "Dr Mohamed Kamara, the chief medical officer, said the countries had agreed.",
            "According to him, the Kenema Government Hospital, which has treated patients for decades, will serve as the reference laboratory.");

        Assert.Equal("Mohamed Kamara", x.SpeakerName(x.StatementContaining("reference laboratory")));
    }

    [Fact]
    public void According_to_a_title_naming_someone_introduced_takes_no_description_either()
    {
        var x = Extract(
            "The document was signed by the Minister of Agriculture and Livestock, Carlos Henrique Lins.",
            "According to the minister, the agreement removes one of the last paper bottlenecks in regional trade in meat, eggs and dairy products.");

        var statement = x.StatementContaining("bottlenecks");
        Assert.Equal("Carlos Henrique Lins", x.SpeakerName(statement));
        Assert.Equal("the agreement removes one of the last paper bottlenecks in regional trade in meat, eggs and dairy products", statement.Text);
    }

    [Fact]
    public void The_head_of_the_portfolio_is_the_minister_named_before()
    {
        var x = Extract(
            "The Minister of Health and Social Protection, Jaime Andrés Cárdenas Leal, signed the plan with his counterparts.",
            "The head of the portfolio announced that Colombia will apply 1.2 million doses in the border municipalities before the end of the year.");

        Assert.Equal("Jaime Andrés Cárdenas Leal", x.SpeakerName(x.StatementContaining("1.2 million doses")));
    }

    [Fact]
    public void For_a_named_person_then_a_clause_is_that_persons_view()
    {
        var x = Extract(
            "Brazil and its Mercosur partners signed an agreement on electronic veterinary certificates.",
            "For the president of the Brazilian Animal Protein Association (ABPA), Ricardo Guaraldo, the change will reduce costs for exporters and make fraud more difficult.",
            "For years, exporters have waited at the border for stamps.",
            "For the ministry, the agreement is a milestone.");

        var statement = Assert.Single(x.Statements);
        Assert.Equal("Ricardo Guaraldo", x.SpeakerName(statement));
        Assert.Equal("the change will reduce costs for exporters and make fraud more difficult", statement.Text);
        Assert.Equal("president of the Brazilian Animal Protein Association (ABPA)", x.Speaker("Ricardo Guaraldo").Role);
    }

    [Fact]
    public void The_korean_surname_park_is_a_name_not_a_park()
    {
        var x = Extract(
            "Vice Minister Park Myung-soo said the secretariat would publish a joint guide.",
            "Park said the guide would be free of charge.");

        Assert.Equal("Park Myung-soo", x.SpeakerName(x.StatementContaining("joint guide")));
        Assert.Equal("Park Myung-soo", x.SpeakerName(x.StatementContaining("free of charge")));
    }

    [Fact]
    public void Portfolios_of_competition_and_industrialisation_end_a_title_before_the_name()
    {
        var x = Extract(
            "Deputy Minister of Trade, Industry and Competition Thulani Gumede said South Africa would host the first round.",
            "Namibia's deputy minister of industrialisation and trade, Helena Amutenya, welcomed the talks.");

        Assert.Equal("Thulani Gumede", x.SpeakerName(x.StatementContaining("first round")));
        Assert.Equal("Deputy Minister of Trade, Industry and Competition", x.Speaker("Thulani Gumede").Role);
        Assert.Equal("deputy minister of industrialisation and trade", x.Speaker("Helena Amutenya").Role);
    }

    [Fact]
    public void A_country_a_title_is_for_is_no_part_of_the_name_after_it()
    {
        var x = Extract("\"Every rooftop counts,\" said ADB Country Director for Sri Lanka Carmen Delgado.");

        Assert.Equal("Carmen Delgado", x.SpeakerName(x.StatementContaining("rooftop")));
    }

    [Fact]
    public void A_lower_case_title_after_the_content_and_a_comma_is_the_speakers_not_the_contents()
    {
        var x = Extract(
            "The CNMI has committed to sending mosquito samples every two weeks, Commonwealth Healthcare Corporation medical director for public health Ramon Olopai said.\n\n" +
            "Guam will open the shared laboratory by March, medical director Bena Cruz said.");

        var samples = x.StatementContaining("mosquito samples");
        Assert.Equal("The CNMI has committed to sending mosquito samples every two weeks", samples.Text);
        Assert.EndsWith("medical director for public health", x.Speaker("Ramon Olopai").Role);
        Assert.Equal("Commonwealth Healthcare Corporation", x.Speaker("Ramon Olopai").Organisation);
        Assert.Equal("Guam will open the shared laboratory by March", x.StatementContaining("laboratory").Text);
        Assert.Equal("medical director", x.Speaker("Bena Cruz").Role);
    }

    [Fact]
    public void A_quote_resumed_after_its_attribution_and_a_comma_is_the_same_speakers_second_quote()
    {
        var x = Extract(
            "\"Resistant bacteria are the most efficient travellers,\" explained Roberto Caruso, director of the Department of Infectious Diseases of the ISS, " +
            "\"because they move with patients who are transferred between hospitals.\" Caruso added that the ISS would train microbiologists.\n\n" +
            "\"The data must flow,\" said Anna Bianchi, \"or the network will fail.\"");

        Assert.Equal(("Roberto Caruso", StatementKind.Direct), (x.SpeakerName(x.StatementContaining("because they move")), x.StatementContaining("because they move").Kind));
        Assert.Equal("Roberto Caruso", x.SpeakerName(x.StatementContaining("efficient travellers")));
        Assert.Equal("Anna Bianchi", x.SpeakerName(x.StatementContaining("or the network will fail")));
    }

    [Fact]
    public void A_partys_tag_after_a_name_after_the_verb_does_not_hide_the_title_after_it()
    {
        var x = Extract("\"We have subsidies, but we do not have enough hands,\" said Tobias Baumann (SPD), Parliamentary State Secretary at the Federal Ministry for Economic Affairs and Energy.");

        Assert.Equal("Parliamentary State Secretary at the Federal Ministry for Economic Affairs and Energy", x.Speaker("Tobias Baumann").Role);
        Assert.Equal("Federal Ministry for Economic Affairs and Energy", x.Speaker("Tobias Baumann").Organisation);
    }

    [Fact]
    public void Through_an_interpreter_after_the_attribution_says_how_not_what()
    {
        var x = Extract(
            "Haneul AI has committed to training 60 radiologists, the company's chief executive, Ryu So-yeon, said through an interpreter.\n\n" +
            "He said through an interpreter that Japan would train Pacific cable engineers.");

        Assert.Equal("Haneul AI has committed to training 60 radiologists", x.StatementContaining("radiologists").Text);
        Assert.Equal("Ryu So-yeon", x.SpeakerName(x.StatementContaining("radiologists")));
        Assert.Equal("Japan would train Pacific cable engineers", x.StatementContaining("cable engineers").Text);
    }

    [Fact]
    public void A_one_word_body_after_of_or_for_before_a_name_is_no_part_of_the_name()
    {
        var x = Extract(
            "Deputy Director of Kyrgyzhydromet Temirlan Zhoroev noted that mudflows often reach villages downstream within hours.\n\n" +
            "\"Water does not ask for a visa,\" said Director of the Agency for Hydrometeorology Sharif Mirzozoda.\n\n" +
            "Deputy Minister of Construction of Viet Nam H.E. Dinh Cong Khoat stated: \"The corridors connect our provinces to the sea.\"");

        Assert.Equal("Temirlan Zhoroev", x.SpeakerName(x.StatementContaining("mudflows")));
        Assert.Equal("Sharif Mirzozoda", x.SpeakerName(x.StatementContaining("visa")));
        Assert.Equal("Dinh Cong Khoat", x.SpeakerName(x.StatementContaining("corridors")));
    }

    [Fact]
    public void Commas_between_portfolios_after_the_verb_are_the_titles_and_the_name_follows_the_last()
    {
        var x = Extract("\"We cannot just import models,\" said the Minister of Science, Technology, Knowledge and Innovation, Javiera Correa Alvear.");

        Assert.Equal("Minister of Science, Technology, Knowledge and Innovation", x.Speaker("Javiera Correa Alvear").Role);
    }

    [Fact]
    public void A_countrys_acronym_written_as_a_name_is_a_family_name()
    {
        var x = Extract("IMDA Deputy Chief Executive Png Li Ting said IMDA would open its AI testing toolkit.");

        Assert.Equal("Png Li Ting", x.SpeakerName(x.StatementContaining("testing toolkit")));
    }

    [Fact]
    public void Commas_between_portfolios_in_an_according_to_appositive_are_the_titles()
    {
        var x = Extract("According to Firdavs Sattorzoda, head of Tajikistan's Agency for Standardization, Metrology, Certification and Trade Inspection (Tajikstandard), several laboratories will need new equipment.");

        Assert.Equal("several laboratories will need new equipment", x.StatementContaining("laboratories").Text);
    }

    [Fact]
    public void A_lower_case_title_of_a_minister_of_state_runs_to_the_portfolio_joined_by_and()
    {
        var x = Extract("\"Nobody will build these models for us,\" Union minister of state for electronics and IT Anand Mohan Bhadauria said.");

        var speaker = x.Speaker("Anand Mohan Bhadauria");
        Assert.Equal("Union minister of state for electronics and IT", speaker.Role);
        Assert.Null(speaker.Organisation);
        Assert.Equal(StatementKind.Direct, x.StatementContaining("Nobody").Kind);
    }

    [Fact]
    public void A_family_name_that_is_a_country_is_the_persons_once_named_and_the_country_otherwise()
    {
        var x = Extract(
            "Fernanda Coutinho Malta, executive secretary of Brazil's Ministry of Education, said the country would offer 500 scholarships.",
            "\"Your diploma no longer stops at the border,\" Malta said.",
            "Jordan said it would host the next meeting.");

        Assert.Equal("Fernanda Coutinho Malta", x.SpeakerName(x.StatementContaining("500 scholarships")));
        Assert.Equal("Fernanda Coutinho Malta", x.SpeakerName(x.StatementContaining("stops at the border")));
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("next meeting"));
    }

    [Fact]
    public void A_portfolio_ending_in_care_is_no_part_of_the_name_after_it()
    {
        var x = Extract("\"Resistant bacteria do not respect borders,\" says Minister for Health Care Elisabet Norling.");

        Assert.Equal("Elisabet Norling", x.SpeakerName(x.StatementContaining("Resistant bacteria")));
    }

    [Fact]
    public void An_honorific_that_is_also_a_name_inside_a_full_name_is_part_of_it()
    {
        var x = Extract("The IGAD Director of Health, Dr. Fozia Haji Warsame, said that too many refugee children were out of school.");

        Assert.Equal("Fozia Haji Warsame", x.SpeakerName(x.StatementContaining("refugee children")));
    }

    [Fact]
    public void A_title_phrase_ending_in_its_place_before_the_name_is_the_title()
    {
        var x = Extract(
            "KYIV – Ukraine and Poland signed a memorandum on training prosthetists.",
            "Head of the prosthetics department of a rehabilitation center in Lviv Oksana Melnyk said that specialists must be ready.");

        Assert.Equal("Oksana Melnyk", x.SpeakerName(x.StatementContaining("specialists must be ready")));
        Assert.Equal("Head of the prosthetics department of a rehabilitation center in Lviv", x.Speaker("Oksana Melnyk").Role);
    }

    [Fact]
    public void Considered_that_reports_a_view()
    {
        var x = Extract("Wendy Morales, a researcher at the University of San Carlos, warned that the barriers stop only floating waste. She considered that the solution lies in the municipalities.");

        Assert.Equal("Wendy Morales", x.SpeakerName(x.StatementContaining("solution lies in the municipalities")));
    }

    [Fact]
    public void A_name_glossed_in_its_own_script_is_read_as_the_romanised_name_and_the_sentence_keeps_its_index()
    {
        var x = Extract(
            "Taipei, Nov. 12 (CNA) Taiwan signed an earthquake warning pact with Guatemala.",
            "The ministry will fund the sensors, Deputy Foreign Minister Yeh Ming-hsuan (葉明軒) said.",
            "Wang Yu-ting (王郁婷), a seismologist at National Central University, said the islands lie close to the faults.");

        var funding = x.StatementContaining("fund the sensors");
        Assert.Equal("Yeh Ming-hsuan", x.SpeakerName(funding));
        Assert.Equal("Deputy Foreign Minister", x.Speaker("Yeh Ming-hsuan").Role);
        Assert.Equal(1, funding.SentenceIndex);
        Assert.Equal("Wang Yu-ting", x.SpeakerName(x.StatementContaining("close to the faults")));
        Assert.StartsWith("seismologist at National Central University", x.Speaker("Wang Yu-ting").Role);
    }

    [Fact]
    public void Content_before_an_attribution_that_a_participle_continues_is_the_speakers_first_statement()
    {
        var x = Extract(
            "The ministry has committed 48 million dollars to the project, Deputy Foreign Minister Lin Wen-hao said at the ceremony, adding that the funds would be administered by the fund.",
            "Almaty sits on one of the most active faults, the minister pointed out, recalling the 1887 earthquake.");

        Assert.Equal("The ministry has committed 48 million dollars to the project", x.StatementContaining("48 million").Text);
        Assert.Equal("the funds would be administered by the fund", x.StatementContaining("administered").Text);
        Assert.All(x.Statements.Where(s => s.Text.Contains("million") || s.Text.Contains("administered")), s => Assert.Equal("Lin Wen-hao", x.SpeakerName(s)));
        Assert.Equal("Lin Wen-hao", x.SpeakerName(x.StatementContaining("Almaty sits")));
    }

    [Fact]
    public void A_semicolon_ends_a_signatorys_description()
    {
        var x = Extract(
            "The MOU was signed by Lu Pei-shan, deputy director-general of the CWA; Rolando Sagastume, director general of INSIVUMEH; and the heads of two agencies.",
            "Sagastume said Guatemala sits where three plates meet.");

        Assert.Equal("director general of INSIVUMEH", x.Speaker("Rolando Sagastume").Role);
    }

    [Fact]
    public void A_name_inside_a_relative_clause_between_the_speaker_and_the_verb_is_not_the_speaker()
    {
        var x = Extract(
            "ABUJA – Nigeria and Liberia launched a laboratory network.",
            "The Minister of State for Health, Dr Amaka Obi, who was represented by the Director of Public Health in the ministry, Dr Sani Bello, said the network would link 12 laboratories.");

        Assert.Equal("Amaka Obi", x.SpeakerName(x.StatementContaining("link 12 laboratories")));
        Assert.Equal("Minister of State for Health", x.Speaker("Amaka Obi").Role);
    }

    [Fact]
    public void A_name_from_a_body_is_that_bodys_person_and_a_scholars_discipline_is_a_title()
    {
        var x = Extract(
            "SARAJEVO – Four statistical offices signed a memorandum on counting emigrants.",
            "Tarik Hadžić from the University of Tuzla warned that registers would miss seasonal workers.",
            "Demographer Lejla Mujkić from the Faculty of Political Science in Sarajevo, who has studied emigration for a decade, welcomed the memorandum.",
            "Sociologist Nermin Begić from Tuzla said young people were leaving.");

        Assert.Equal("Tarik Hadžić", x.SpeakerName(x.StatementContaining("registers would miss")));
        Assert.Equal("University of Tuzla", x.Speaker("Tarik Hadžić").Organisation);
        var demographer = x.Speaker("Lejla Mujkić");
        Assert.Equal("Demographer", demographer.Role);
        Assert.Equal("Faculty of Political Science", demographer.Organisation);
        Assert.Equal("Lejla Mujkić", x.SpeakerName(x.StatementContaining("the memorandum")));
        Assert.Equal("Sociologist", x.Speaker("Nermin Begić").Role);
    }

    [Fact]
    public void A_title_with_lower_case_portfolios_and_content_with_a_relative_clause_before_said_are_read()
    {
        var x = Extract(
            "South Africa’s deputy minister of communications and digital technologies, Nomvula Dlamini-Mthembu, welcomed the compact but cautioned that chips meant little without power.",
            "Kenya, which had earlier announced plans for an AI hub in Nairobi, would set up the first access node, said Eng. Wanjiru Kiptanui-Odhiambo, principal secretary in the State Department for ICT.");

        var deputy = x.Speaker("Nomvula Dlamini-Mthembu");
        Assert.Equal("deputy minister of communications and digital technologies", deputy.Role);
        Assert.Equal("Nomvula Dlamini-Mthembu", x.SpeakerName(x.StatementContaining("without power")));
        Assert.Equal("Wanjiru Kiptanui-Odhiambo", x.SpeakerName(x.StatementContaining("first access node")));
        Assert.Equal("Kenya", x.Speaker("Wanjiru Kiptanui-Odhiambo").Country);
    }

    [Fact]
    public void A_noun_phrase_opening_the_sentence_before_a_name_between_commas_is_the_persons_description()
    {
        var x = Extract(
            "A textile dealer at the Kantin Kwari market in Kano, Alhaji Bashir Isa Gwadabe, told our correspondent that he spent a week looking for dollars.",
            "The Deputy Governor (Financial System Stability) of the Central Bank of Nigeria, Mrs Funmilayo Adeyemi-Bakare, said the apex bank would issue a circular.",
            "The director of climate change and sustainability at the Pacific Community (SPC), Dr Losana Ravuvu, welcomed the alliance.",
            "Jacinto Yovera, president of the artisanal fishermen's guild of Paita, in the Piura region, told Andina that fishermen wanted a voice.");

        Assert.Equal("textile dealer at the Kantin Kwari market in Kano", x.Speaker("Bashir Isa Gwadabe").Role);
        var deputy = x.Speaker("Funmilayo Adeyemi-Bakare");
        Assert.Equal("Central Bank of Nigeria", deputy.Organisation);
        Assert.Equal("Nigeria", deputy.Country);
        Assert.Equal("Pacific Community (SPC)", x.Speaker("Losana Ravuvu").Organisation);
        Assert.Equal("Jacinto Yovera", x.SpeakerName(x.StatementContaining("wanted a voice")));
        Assert.StartsWith("president of the artisanal fishermen's guild of Paita", x.Speaker("Jacinto Yovera").Role, StringComparison.Ordinal);
    }

    [Fact]
    public void According_to_a_name_then_a_clause_keeps_the_clause_as_what_was_said_and_a_country_after_a_comma_ends_a_title()
    {
        var x = Extract(
            "According to CPPS Secretary General Andrés Felipe Montoya Giraldo, the four countries also agreed to study a catch documentation scheme.",
            "According to Farzana Perera, director general of Sri Lanka's Ministry of Information and Communications, Ghana and Sri Lanka could double trade by 2027.",
            "Among those at the launch was Hanaa Mahameed, a Syrian refugee and trained pharmacist who has lived in Mafraq since 2013. She said her degree was not recognised.");

        var secretary = x.Speaker("Andrés Felipe Montoya Giraldo");
        Assert.Equal("CPPS Secretary General", secretary.Role);
        Assert.Equal("CPPS", secretary.Organisation);
        Assert.Equal("director general of the Ministry of Information and Communications", x.Speaker("Farzana Perera").Role);
        Assert.Equal("Ghana and Sri Lanka could double trade by 2027", x.StatementContaining("double trade").Text);
        Assert.Equal("Hanaa Mahameed", x.SpeakerName(x.StatementContaining("not recognised")));
    }

    [Fact]
    public void A_body_heading_a_title_is_the_organisation_unless_its_head_belongs_to_the_title()
    {
        var x = Extract(
            "\"Digital identity is the front door,\" Department of Information and Communications Technology (DICT) Secretary Ramon Villaraza said.",
            "Union Commerce and Industry Minister Anand Prakash Kulkarni said exports would rise.",
            "Health Cabinet Secretary Lydia Chepkoech said the clinics would open in May.");

        Assert.Equal("Department of Information and Communications Technology (DICT)", x.Speaker("Ramon Villaraza").Organisation);
        Assert.Null(x.Speaker("Anand Prakash Kulkarni").Organisation);
        Assert.Null(x.Speaker("Lydia Chepkoech").Organisation);
    }

    [Fact]
    public void According_to_a_pronoun_a_participle_after_a_non_speech_clause_and_the_acronym_chief_are_the_speaker_named_before()
    {
        var x = Extract(
            "The Deputy Governor of the Central Bank of Nigeria, Mrs Funmilayo Adeyemi-Bakare, said the apex bank would issue a circular.",
            "According to her, 22 Nigerian banks are already live on the system.",
            "Minister Bounleuam Phetsamone opened the meeting. He made the remarks at the opening of the meeting, adding that Laos would need 1,500 more teachers by 2030.",
            "\"Digital identity is the front door,\" Department of Information and Communications Technology (DICT) Secretary Ramon Villaraza said.",
            "Minister of State Chia Poh Suan said the roadmap was useful.",
            "The DICT chief said the Philippines would connect its super app to the pilot by November.");

        Assert.Equal("Funmilayo Adeyemi-Bakare", x.SpeakerName(x.StatementContaining("already live")));
        Assert.Equal("Bounleuam Phetsamone", x.SpeakerName(x.StatementContaining("1,500 more teachers")));
        Assert.Equal("Ramon Villaraza", x.SpeakerName(x.StatementContaining("super app")));
    }

    [Fact]
    public void A_lower_case_title_between_a_bodys_name_and_a_persons_and_a_hyphenated_UN_title_are_roles()
    {
        var x = Extract(
            "ASEAN Secretariat director for sectoral development Nguyen Thi Hoai Thu noted that fertiliser prices had doubled.",
            "\"When a country borrows in dollars it carries a risk,\" said Mirela Dragomir-Sandu, UN Under-Secretary-General for Economic and Social Affairs.",
            "The agreement signed by minister Kofi Mensah said nothing of tariffs.");

        Assert.Equal("ASEAN Secretariat director for sectoral development", x.Speaker("Nguyen Thi Hoai Thu").Role);
        Assert.Equal("UN Under-Secretary-General for Economic and Social Affairs", x.Speaker("Mirela Dragomir-Sandu").Role);
        Assert.DoesNotContain(x.Speakers, s => s.Name == "Kofi Mensah" && s.Role is not null && s.Role.Contains("signed", StringComparison.Ordinal));
    }

    [Fact]
    public void Its_title_is_of_the_body_named_before_and_a_second_persons_title_is_no_appositive()
    {
        var x = Extract(
            "The National Disaster Management Authority (NDMA) also launched a dashboard. Its chairman, Lieutenant General Kamran Aslam Durrani, said the dashboard would combine satellite imagery.",
            "Japan's AI Safety Institute was set up in February 2024. Its director, Amamiya Reiko, told NHK that the institute plans to publish results.",
            "Africa CDC committed $3 million to train the corps, according to Dr Chidinma Okwuosa-Bello, its director of emergency preparedness.",
            "The memorandum was signed by Coordinating Minister for Infrastructure Bambang Prasetyo Wiranegara, Dutch Minister for Foreign Trade and Development Cooperation Hanneke Kloosterboer and others. Bambang said work would start in 2027.",
            "\"We are proud to share what our deminers have learned,\" said Chhun Vuthirith, first vice-president of the Cambodian Mine Action and Victim Assistance Authority (CMAA).");

        var chairman = x.Speaker("Kamran Aslam Durrani");
        Assert.Equal("chairman", chairman.Role);
        Assert.Equal("National Disaster Management Authority (NDMA)", chairman.Organisation);
        var director = x.Speaker("Amamiya Reiko");
        Assert.Equal("AI Safety Institute", director.Organisation);
        Assert.Equal("Japan", director.Country);
        Assert.Equal("Africa CDC", x.Speaker("Chidinma Okwuosa-Bello").Organisation);
        Assert.Equal("Coordinating Minister for Infrastructure", x.Speaker("Bambang Prasetyo Wiranegara").Role);
        Assert.Equal("Cambodian Mine Action and Victim Assistance Authority (CMAA)", x.Speaker("Chhun Vuthirith").Organisation);
    }

    [Fact]
    public void Accredited_titles_bodies_with_possessives_and_placed_groups_are_read()
    {
        var x = Extract(
            "The agreement was signed in Daru by Health Minister Samuel Kaiwa Yalapan and Australian High Commissioner to Papua New Guinea Duncan Whitbourne at the opening.",
            "Mr Whitbourne said Australia had committed A$45 million over five years.",
            "Associate Professor Elif Sarıkaya of Istanbul Technical University's (ITU) Faculty of Aeronautics and Astronautics said the platform could help farmers.",
            "Fishermen in Muara Angke say the embankment has pushed them out to sea.",
            "The WHO Representative in Papua New Guinea, Dr Ahmed Farouk Lutfi, said WHO would deploy two specialists.");

        Assert.Equal("Duncan Whitbourne", x.SpeakerName(x.StatementContaining("A$45 million")));
        Assert.Equal("Australia", x.Speaker("Duncan Whitbourne").Country);
        Assert.Equal("Elif Sarıkaya", x.SpeakerName(x.StatementContaining("help farmers")));
        Assert.DoesNotContain(x.Speakers, s => s.Name.Contains("Angke", StringComparison.Ordinal));
        Assert.Null(x.Speaker("Ahmed Farouk Lutfi").Country);
    }

    [Fact]
    public void Content_before_its_title_and_name_told_an_outlet_and_a_relative_who_said_after_according_to_are_read()
    {
        var x = Extract(
            "Dubai-based logistics firm Gulfbridge Cold Chain will build a cold storage hub at the Port of Mombasa, its chief executive Saif Khamis Al Mheiri told the Business Daily, with work set to start in 2027.",
            "CARDI executive director Dr Ayodele Pilgrim said the institute would multiply seed.",
            "The Caribbean Development Bank committed US$8 million to the facility, according to Pilgrim, who said the money would pay for cold storage.",
            "Aranguez vegetable farmer Rajesh Dookie, who attended the opening, said seed prices had doubled.",
            "Marisol Etienne, a retired teacher in Castries, St. Lucia, said she skips doses.");

        Assert.Equal("Saif Khamis Al Mheiri", x.SpeakerName(x.StatementContaining("cold storage hub")));
        Assert.DoesNotContain(x.Statements, s => s.Text.StartsWith("with work", StringComparison.Ordinal));
        Assert.Equal("Gulfbridge Cold Chain", x.Speaker("Saif Khamis Al Mheiri").Organisation);
        Assert.Equal("Ayodele Pilgrim", x.SpeakerName(x.StatementContaining("money would pay")));
        Assert.EndsWith("farmer", x.Speaker("Rajesh Dookie").Role, StringComparison.Ordinal);
        Assert.Equal("Marisol Etienne", x.SpeakerName(x.StatementContaining("skips doses")));
    }

    [Fact]
    public void Ages_towns_origins_courtesy_titles_and_bodies_named_with_an_acronym_are_read_around_names()
    {
        var x = Extract(
            "Smallholder Rahim Che Embong, 58, who grows oil palm in Kluang, told the New Straits Times he had been certified.",
            "Mayor Ernesto Villafranca of Bato, Catanduanes, welcomed the facility but said towns should add fisherfolk.",
            "Fishing boat owner Le Van Sau from Ly Son Island told Tuoi Tre News that many crews still went south.",
            "Egypt’s Deputy Foreign Minister for African Affairs, Ambassador Hesham Fathy Abulmagd, said the world had forgotten Sudan.",
            "Zainab Omar Haroun of Research ICT Africa said the framework was weak on enforcement.",
            "According to CPOPC deputy executive director Diana Irawati Susilo, fewer than a third of smallholders are certified.",
            "Deputy Minister for Water at the Ministry of Environment, Water and Agriculture Eng. Fahad Al-Thunayan said the Kingdom would fund the center.",
            "Director of DLCO-EA Emmanuel Ssebuliba said the centre would combine data.");

        Assert.Equal("Rahim Che Embong", x.SpeakerName(x.StatementContaining("been certified")));
        Assert.Equal("Ernesto Villafranca", x.SpeakerName(x.StatementContaining("add fisherfolk")));
        Assert.Equal("Le Van Sau", x.SpeakerName(x.StatementContaining("went south")));
        Assert.Equal("Deputy Foreign Minister for African Affairs", x.Speaker("Hesham Fathy Abulmagd").Role);
        Assert.Equal("Research ICT Africa", x.Speaker("Zainab Omar Haroun").Organisation);
        Assert.Equal("CPOPC", x.Speaker("Diana Irawati Susilo").Organisation);
        Assert.Equal("Ministry of Environment, Water and Agriculture", x.Speaker("Fahad Al-Thunayan").Organisation);
        Assert.StartsWith("Deputy Minister for Water at the Ministry", x.Speaker("Fahad Al-Thunayan").Role, StringComparison.Ordinal);
        Assert.Equal("DLCO-EA", x.Speaker("Emmanuel Ssebuliba").Organisation);
    }

    [Fact]
    public void A_company_named_after_its_trade_is_no_speaker_and_a_based_city_in_a_title_gives_the_country()
    {
        var x = Extract(
            "Dubai-based clean fuels company Sahra Aerofuels announced plans to build a plant in Abu Dhabi.",
            "The Chief Executive Officer of Lagos-based drug maker Kessington Pharmaceuticals, Chidiebere Onwuachu, announced that his company would build an insulin plant.");

        Assert.DoesNotContain(x.Speakers, s => s.Name == "Sahra Aerofuels");
        Assert.Equal("Nigeria", x.Speaker("Chidiebere Onwuachu").Country);
    }

    [Fact]
    public void A_quote_attributed_after_it_to_a_title_then_a_name_between_commas_is_direct()
    {
        var x = Extract(
            "SANTIAGO - Chile and Argentina signed a power line protocol.",
            "“For years the Andes have been a wall. With this line they become a battery,” Chile’s energy minister, Javiera Undurraga, said.",
            "“Our audiences are small,” the culture minister, Biljana Trajkovska, told the meeting.",
            "“The line will be honoured. Contracts will hold,” Argentina’s energy secretary Tomas Echegoyen told reporters after signing.");

        var quote = x.StatementContaining("For years the Andes");
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal("For years the Andes have been a wall. With this line they become a battery", quote.Text);
        Assert.Equal("Javiera Undurraga", x.SpeakerName(quote));
        Assert.Equal("energy minister", x.Speaker("Javiera Undurraga").Role);
        Assert.Equal("Biljana Trajkovska", x.SpeakerName(x.StatementContaining("Our audiences are small")));
        var secretary = x.StatementContaining("The line will be honoured");
        Assert.Equal(("Tomas Echegoyen", StatementKind.Direct), (x.SpeakerName(secretary), secretary.Kind));
        Assert.Equal("energy secretary", x.Speaker("Tomas Echegoyen").Role);
    }

    [Fact]
    public void Names_with_post_nominals_party_tags_joined_initials_and_long_board_titles_are_read()
    {
        var x = Extract(
            "ULAANBAATAR - Ministers met on Tuesday.",
            "Yoro Diaw Kande, a rice farmer from Ndiawar, near Richard-Toll, said he lost his harvest in October.",
            "Transport and Logistics Minister Evans Sichilongo SC said the transit regime would cut delays.",
            "“Every anchor is now a security question,” Interior Minister Helmi Saarikangas (NCP) told reporters.",
            "Minister of Finance and Chairman of the Board of Directors of the Kuwait Fund Dr. Adel Mubarak Al-Rashoud said food security had become urgent.",
            "G.Tsogtbaatar, a herder from Khanbogd soum, said he had moved his camp three times. Tsogtbaatar said herders were ready to sell goats.",
            "Minister of Environment and Climate Change D.Oyunchimeg said the plan was adopted.",
            "Sri Lanka proposed a shared speech corpus, according to deputy minister of digital economy Dilrukshi Abeysundara, who said the corpus would help courts.");

        Assert.Equal("Yoro Diaw Kande", x.SpeakerName(x.StatementContaining("lost his harvest")));
        Assert.Equal("Transport and Logistics Minister", x.Speaker("Evans Sichilongo").Role);
        Assert.Equal("Helmi Saarikangas", x.SpeakerName(x.StatementContaining("security question")));
        var banker = x.Speaker("Adel Mubarak Al-Rashoud");
        Assert.Equal("Kuwait Fund", banker.Organisation);
        Assert.Equal("G.Tsogtbaatar", x.SpeakerName(x.StatementContaining("ready to sell goats")));
        Assert.Equal("Minister of Environment and Climate Change", x.Speaker("D.Oyunchimeg").Role);
        Assert.DoesNotContain(x.Speakers, s => s.Name == "Sri Lanka");
        Assert.Equal("deputy minister of digital economy", x.Speaker("Dilrukshi Abeysundara").Role);
        Assert.Equal("Dilrukshi Abeysundara", x.SpeakerName(x.StatementContaining("help courts")));
    }

    [Fact]
    public void A_private_person_described_by_what_they_do_gets_that_trade_as_role()
    {
        var x = Extract(
            "PRAIA - Ministers met on Tuesday.",
            "Nilton Fortes, who runs a pharmacy in Assomada, in the interior of Santiago island, said he turned away customers.",
            "Ana Lupe Moenga, who grows vanilla and breadfruit at Leimatu'a in Vava'u, said she hoped the arrangement would help.",
            "Jaswinder Boparai, who grows blueberries on 40 hectares near Abbotsford, said tariffs were high.",
            "Noy Vongphachanh, 29, who works at a rubber processing plant in Chonburi province, said she was paid late.",
            "Meklit Shiferaw, who imports construction materials, said the delays were costly.",
            "Tomas Ferreira, who chaired the meeting, said the talks went well.");

        Assert.Equal("pharmacy owner", x.Speaker("Nilton Fortes").Role);
        Assert.Equal("vanilla and breadfruit grower", x.Speaker("Ana Lupe Moenga").Role);
        Assert.Equal("blueberry grower", x.Speaker("Jaswinder Boparai").Role);
        Assert.Equal("worker at a rubber processing plant", x.Speaker("Noy Vongphachanh").Role);
        Assert.Equal("construction materials importer", x.Speaker("Meklit Shiferaw").Role);
        Assert.Null(x.Speaker("Tomas Ferreira").Role);
    }

    [Theory]
    [InlineData("indicated that")]
    [InlineData("clarified that")]
    [InlineData("commented that")]
    [InlineData("signalled that")]
    [InlineData("informed the meeting that")]
    public void Less_common_verbs_of_saying_report_speech(string verb)
    {
        var x = Extract(
            "DAKAR - Ministers met on Tuesday.",
            $"Presiding over the closing ceremony, the Minister of Water and Sanitation, Cheikh Tidiane Ndiongue, {verb} the floods had shown the limits of acting alone.");

        Assert.Equal("Cheikh Tidiane Ndiongue", x.SpeakerName(x.StatementContaining("the floods had shown the limits")));
    }

    [Fact]
    public void Views_shared_by_a_title_with_a_remark_on_it_before_the_name_are_that_persons()
    {
        var x = Extract(
            "KUWAIT - The fund signed loans with Tajikistan and Benin.",
            "\"This loan will bring water back,\" Tajik Ambassador Shavkat Nurov said.",
            "Similar views were expressed by Benin's Ambassador to the Kingdom of Saudi Arabia, also accredited to Kuwait, Mouhamed Lawani Adeoti, who said the water project would reach 180,000 people. He thanked the State of Kuwait for its solidarity.");

        Assert.Equal("Mouhamed Lawani Adeoti", x.SpeakerName(x.StatementContaining("would reach 180,000 people")));
        Assert.Equal("Mouhamed Lawani Adeoti", x.SpeakerName(x.StatementContaining("for its solidarity")));
        Assert.Equal("Benin", x.Speaker("Mouhamed Lawani Adeoti").Country);
    }

    [Fact]
    public void Long_titles_titles_before_a_comma_ranks_lists_of_places_and_later_names_without_their_article_are_read()
    {
        var x = Extract(
            "GABORONE - Ministers met on Tuesday.",
            "Speaking at the signing, Minister of Lands and Agriculture, Dr Boitumelo Sechele said outbreaks had locked farmers out.",
            "The United Kingdom committed £15 million, according to British High Commissioner to Barbados and the Eastern Caribbean Hannah Pilkington.",
            "The Director General of Teachers and Education Personnel at Indonesia's Ministry of Primary and Secondary Education, Nunuk Sri Rahayu, proposed a summer school in Kupang.",
            "Iraq’s Deputy Minister of Migration and Displaced, Suhad Jabbar al-Khafaji, said the camps would close. Khafaji said her ministry had registered 2,300 families.",
            "Fishermen on Praslin and La Digue say foreign longliners are seen close to the islands at night.",
            "KSA Director General Brig (Rtd) Hillary Kipkemboi Sigei said the agency would train 60 data analysts.");

        Assert.Equal("Minister of Lands and Agriculture", x.Speaker("Boitumelo Sechele").Role);
        Assert.Equal(("High Commissioner to Barbados and the Eastern Caribbean", "United Kingdom"), (x.Speaker("Hannah Pilkington").Role, x.Speaker("Hannah Pilkington").Country));
        Assert.Equal("Nunuk Sri Rahayu", x.SpeakerName(x.StatementContaining("summer school in Kupang")));
        Assert.Equal("Suhad Jabbar al-Khafaji", x.SpeakerName(x.StatementContaining("registered 2,300 families")));
        Assert.DoesNotContain(x.Speakers, s => s.Name == "La Digue");
        Assert.Equal(("KSA Director General", "KSA"), (x.Speaker("Hillary Kipkemboi Sigei").Role, x.Speaker("Hillary Kipkemboi Sigei").Organisation));
    }

    [Fact]
    public void Someone_who_heads_or_leads_a_part_of_a_named_body_holds_that_office_there()
    {
        var x = Extract(
            "SAN JOSE - Ministers met on Tuesday.",
            "Spain pledged 1.5 million euros to the network, according to Ignacio Uriarte, who heads the San Jose office of the Spanish Agency for International Development Cooperation (AECID).",
            "According to Dr Amira El-Sherbiny, who heads Earth observation programmes at AfSA, the agency will issue its first bulletin.",
            "Adisatya Wirjokusumo, who leads the World Mosquito Program team at UGM, said the trial had worked.");

        var head = x.Speaker("Ignacio Uriarte");
        Assert.Equal("head of the San Jose office of the Spanish Agency for International Development Cooperation (AECID)", head.Role);
        Assert.Equal(("Spanish Agency for International Development Cooperation (AECID)", "Spain"), (head.Organisation, head.Country));
        Assert.Equal("head of Earth observation programmes at AfSA", x.Speaker("Amira El-Sherbiny").Role);
        Assert.Equal("the agency will issue its first bulletin", x.StatementContaining("first bulletin").Text);
        Assert.Equal("UGM", x.Speaker("Adisatya Wirjokusumo").Organisation);
    }

    [Fact]
    public void A_portfolio_in_the_plural_ends_the_title_and_starts_no_name()
    {
        var x = Extract(
            "Kyrgyzstan's Deputy Minister of Emergency Situations Azamat Kurmanbekov proposed joint drills.",
            "Minister of Disasters and Emergencies Lerato Mokoena said the centre would open in May.");

        Assert.Equal("Deputy Minister of Emergency Situations", x.Speaker("Azamat Kurmanbekov").Role);
        Assert.Equal("Minister of Disasters and Emergencies", x.Speaker("Lerato Mokoena").Role);
    }

    [Fact]
    public void A_counsellors_honorific_a_rank_named_later_new_verbs_and_a_region_after_a_demonym_are_read()
    {
        var x = Extract(
            "MONROVIA - Water ministers signed a memorandum on Monday.",
            "Speaking at the opening, Water Corporation Managing Director Cllr. Emmanuel Tarweh Kollie said half of Monrovia lacked piped water.",
            "Rear Admiral Serkan Aydın, Deputy Commander of the Turkish Naval Forces, told reporters that Türkiye would send a second minehunter.",
            "\"The convention gives the littoral states the responsibility, and we intend to carry it,\" the admiral said.",
            "Kollie complained that the old plant lost a third of its water.",
            "Farmers' organisations in the Argentine Pampas have complained for years that drought aid arrives too late.");

        Assert.Equal("Water Corporation Managing Director", x.Speaker("Emmanuel Tarweh Kollie").Role);
        Assert.Equal("Serkan Aydın", x.SpeakerName(x.StatementContaining("we intend to carry it")));
        Assert.Equal("Emmanuel Tarweh Kollie", x.SpeakerName(x.StatementContaining("lost a third")));
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("drought aid", StringComparison.Ordinal));
    }

    [Fact]
    public void Press_release_quotes_single_quotes_and_names_with_honorifics_inside_are_read()
    {
        var release = Extract(
            "The UK, Ghana and Togo today launched a coastal partnership.",
            "Minister for Development Harriet Colquhoun said:",
            "\"Coastal communities are on the front line of climate change.\"",
            "\"This partnership brings together the science and the finance.\"");
        var gazette = Extract(
            "TANZANIA: Tanzania Railways Corporation and SNCC have signed a cross-border operating agreement.",
            "'Without common rules, a standard gauge line is just three railways that happen to meet,' said Elibariki Mwakasungura, Director General of Tanzania Railways Corporation. 'This agreement means a wagon can reach Gitega without stopping.'",
            "'Ana Lupe Tupou, who grows vanilla at Leimatu'a in Vava'u, said the countries' farmers were ready.");
        var somali = Extract(
            "MOGADISHU - Somalia and Ethiopia launched a certificate system on Tuesday.",
            "Speaking at the opening, the Minister of Livestock, Forestry and Range, H.E. Abdiqani Sheikh Nur Warsame, said: \"Livestock is the backbone of our economy.\"",
            "According to Dr. Esther Chebet Wanjiru, Director of the IGAD Centre for Pastoral Areas and Livestock Development (ICPALD), the certificates would cut paperwork.",
            "She said ICPALD would train 200 veterinarians.",
            "Deputy Minister of Transport Dato Seri Paduka Awang Haji Khairul Anwar bin Mahmud in his keynote address said Brunei would host the data exchange.",
            "Founder Nurul Aqilah Mohd Sufri shared that her company spends three days on permits.");

        Assert.Equal(2, release.Statements.Count(st => release.SpeakerName(st) == "Harriet Colquhoun" && st.Kind == StatementKind.Direct));
        Assert.Equal(StatementKind.Direct, gazette.StatementContaining("three railways that happen to meet").Kind);
        Assert.Equal("Elibariki Mwakasungura", gazette.SpeakerName(gazette.StatementContaining("without stopping")));
        Assert.Equal(StatementKind.Reported, gazette.StatementContaining("farmers were ready").Kind);
        Assert.Equal("Abdiqani Sheikh Nur Warsame", somali.SpeakerName(somali.StatementContaining("backbone of our economy")));
        Assert.Equal("the certificates would cut paperwork", somali.StatementContaining("cut paperwork").Text);
        Assert.Equal("Esther Chebet Wanjiru", somali.SpeakerName(somali.StatementContaining("200 veterinarians")));
        var deputy = somali.Speaker("Khairul Anwar bin Mahmud");
        Assert.Equal("Deputy Minister of Transport", deputy.Role);
        Assert.Equal("Khairul Anwar bin Mahmud", somali.SpeakerName(somali.StatementContaining("data exchange")));
        Assert.Equal("Nurul Aqilah Mohd Sufri", somali.SpeakerName(somali.StatementContaining("three days on permits")));
    }

    [Fact]
    public void A_quote_after_reported_speech_a_capitalised_title_after_according_to_and_a_place_then_a_clause_are_read()
    {
        var x = Extract(
            "TARIJA - Bolivia, Paraguay and Peru signed an agreement on Monday.",
            "The Minister of Health, Marcela Villca Mamani, explained that buying the medicines together would cut prices. \"Chagas is a silent disease.\"",
            "According to the Chief of Mission of the International Organization for Migration (IOM) in Sierra Leone, Henrietta Osei-Boateng, the IOM has committed US$1.2 million to the scheme.",
            "Mariama Sow Diallo, a laboratory technician in Kankan, Guinea, who trained in Dakar, says her laboratory waited four months for reagents.",
            "Minister Mihaela Vlad showed that Romania has committed 40 million lei to the programme.");

        Assert.Equal("Marcela Villca Mamani", x.SpeakerName(x.StatementContaining("silent disease")));
        Assert.Equal(("Henrietta Osei-Boateng", "the IOM has committed US$1.2 million to the scheme"),
            (x.SpeakerName(x.StatementContaining("has committed US$1.2")), x.StatementContaining("has committed US$1.2").Text));
        Assert.Equal("Mariama Sow Diallo", x.SpeakerName(x.StatementContaining("four months")));
        Assert.Equal("Mihaela Vlad", x.SpeakerName(x.StatementContaining("40 million lei")));
    }

    [Fact]
    public void A_name_after_a_title_keeps_neither_the_titles_last_words_nor_honorifics()
    {
        var x = Extract(
            "SKOPJE, Nov 12 - North Macedonia, Albania and Bulgaria signed an agreement on joint border stations.",
            "The Ambassador of Bulgaria to North Macedonia Kalin Stoyanchev, who signed on behalf of his country, welcomed the agreement.",
            "State Secretary in Montenegro's Ministry of Agriculture, Forestry and Water Management Milena Šćepanović proposed a common logbook.",
            "Fiji's Minister for Environment and Climate Change Mereani Tuilau said the sea was rising.",
            "Germany pledged €25 million, according to German Consul General in Erbil Friedrich Albrecht Wunderlich, who said the money would build schools.",
            "Regional Chairman of Region Six Hemraj Bissoondial welcomed the road.",
            "Agriculture and Livestock Minister Lyonpo Jigme Thinlay said pests did not respect borders.",
            "Lok Chumteav Sok Sreymom, secretary of state at the Ministry of Commerce, pointed out that exports had doubled.",
            "Brunei's Minister of Primary Resources and Tourism Dato Seri Setia Haji Zulkarnain Bakar proposed a seed bank.");

        Assert.Equal("Ambassador to North Macedonia", x.Speaker("Kalin Stoyanchev").Role);
        Assert.Equal("Milena Šćepanović", x.SpeakerName(x.StatementContaining("common logbook")));
        Assert.Equal("Minister for Environment and Climate Change", x.Speaker("Mereani Tuilau").Role);
        Assert.Equal("Friedrich Albrecht Wunderlich", x.SpeakerName(x.StatementContaining("build schools")));
        Assert.Equal("Hemraj Bissoondial", x.SpeakerName(x.StatementContaining("the road")));
        Assert.Equal("Jigme Thinlay", x.SpeakerName(x.StatementContaining("pests")));
        Assert.Equal("Sok Sreymom", x.SpeakerName(x.StatementContaining("exports had doubled")));
        Assert.Equal("Zulkarnain Bakar", x.SpeakerName(x.StatementContaining("seed bank")));
    }

    [Fact]
    public void Awang_is_a_name_outside_Bruneian_titles_of_honour()
    {
        var x = Extract(
            "KUCHING, May 2 - Sarawak and Brunei launched a river transport service.",
            "Sarawak's Minister of Transport Datuk Awang Sahari Bujang said the boats would run daily.");

        Assert.Equal("Awang Sahari Bujang", x.SpeakerName(x.StatementContaining("run daily")));
    }

    [Fact]
    public void A_title_before_the_name_keeps_its_acronyms_bracket_and_a_region_wide_body_names_no_country()
    {
        var x = Extract(
            "LA PAZ, May 1 - Bolivia and Peru signed an agreement on medicines.",
            "According to the executive secretary of the Andean Health Organisation (ORAS-CONHU), Ana Lucía Pinedo Barragán, the organisation would coordinate the purchases.",
            "According to the director of the Pan American Health Organization (PAHO), Juan Carlos Mora, the prices would fall.",
            "New Zealand Ambassador to Sri Lanka Tevita Thompson Tupou said trade could double.");

        Assert.Equal("Andean Health Organisation (ORAS-CONHU)", x.Speaker("Ana Lucía Pinedo Barragán").Organisation);
        Assert.Equal("Pan American Health Organization (PAHO)", x.Speaker("Juan Carlos Mora").Organisation);
        Assert.Null(x.Speaker("Juan Carlos Mora").Country);
        Assert.Equal("Tevita Thompson Tupou", x.SpeakerName(x.StatementContaining("trade could double")));
    }

    [Fact]
    public void Places_portfolios_and_numbers_inside_a_title_after_the_name_are_no_speakers()
    {
        var x = Extract(
            "CASTRIES, April 23 - OECS member states launched a sargassum early warning platform.",
            "Mr. Augustin Pamphile, President of the Dennery Fisherfolk Cooperative in Saint Lucia, who addressed the meeting, said some members had not been able to launch their boats.",
            "Nurbek Sadyrbekov, Chairman of the State Committee for Industry, Energy and Subsoil Use of the Kyrgyz Republic, said Kyrgyzstan welcomed the Platform. \"The waste is still sitting above our rivers,\" he said.",
            "Alima Sanogo, president of a cooperative of 1,200 cocoa farmers in Soubré, said many farmers lacked cards.",
            "Honourable Desmond Charlemagne, Saint Lucia's Minister for Agriculture, said the Government would deploy booms.",
            "Minister for Schools Annika Sjödahl says the shortage is serious.");

        Assert.Equal("Augustin Pamphile", x.SpeakerName(x.StatementContaining("launch their boats")));
        Assert.Equal("Nurbek Sadyrbekov", x.SpeakerName(x.StatementContaining("above our rivers")));
        Assert.Equal("president of a cooperative of 1,200 cocoa farmers in Soubré", x.Speaker("Alima Sanogo").Role);
        Assert.Equal("Desmond Charlemagne", x.SpeakerName(x.StatementContaining("deploy booms")));
        Assert.Equal("Annika Sjödahl", x.SpeakerName(x.StatementContaining("shortage is serious")));
        Assert.DoesNotContain(x.Statements, st => x.SpeakerName(st) is "Saint Lucia" or "Subsoil Use");
    }

    [Fact]
    public void A_news_releases_quotes_signed_with_a_dash_after_them_are_their_signers()
    {
        var x = Extract(
            "October 7, 2026 – Ottawa, Ontario – Global Affairs Canada",
            "Today, the Honourable Élise Marchildon, Minister of International Development, announced support for education in Guatemala.",
            "Quotes",
            "“Every child has the right to learn to read in the language spoken at home.”",
            "– The Honourable Élise Marchildon, Minister of International Development",
            "“Today our teachers are proud to teach in those languages, but they need books and training.”",
            "– Magdalena Xitumul Chiyal, Vice Minister of Bilingual Intercultural Education, Guatemala",
            "“A book in a child’s first language is often the first book that child has ever owned.” – Simone Arsenault-Pike, Executive Director, CODE");

        Assert.Equal("Élise Marchildon", x.SpeakerName(x.StatementContaining("language spoken at home")));
        Assert.Equal("Magdalena Xitumul Chiyal", x.SpeakerName(x.StatementContaining("proud to teach")));
        Assert.Equal("Simone Arsenault-Pike", x.SpeakerName(x.StatementContaining("first book")));
        Assert.Equal(StatementKind.Direct, x.StatementContaining("first book").Kind);
    }

    [Fact]
    public void A_companys_name_after_its_kind_or_where_it_is_based_is_the_organisation()
    {
        var x = Extract(
            "ADDIS ABABA, May 7 - Ethiopia and Kenya launched a wheat rust surveillance network.",
            "Ilija Stojkovski, director of freight operator Balkan Rail Cargo, said his company would run a weekly container train.",
            "Sergiu Lupașcu, chief executive of walnut exporter Nucarom, said the company would apply for AEO status.",
            "Yonatan Mekonnen Wolde, chief executive of Addis Ababa-based Abyssinia Flour Mills, said the company would pay a premium.",
            "Rohan Sabnavis, chief executive of Hyderabad-based GPU cloud provider TensorGrid, said his company would offer 500 GPUs.");

        Assert.Equal("Balkan Rail Cargo", x.Speaker("Ilija Stojkovski").Organisation);
        Assert.Equal("Nucarom", x.Speaker("Sergiu Lupașcu").Organisation);
        Assert.Equal("Abyssinia Flour Mills", x.Speaker("Yonatan Mekonnen Wolde").Organisation);
        Assert.NotEqual("GPU", x.Speaker("Rohan Sabnavis").Organisation); // the run after "-based" is no company when its kind and name follow
    }

    [Fact]
    public void A_second_speaker_after_while_is_read_with_their_own_statement()
    {
        var x = Extract(
            "OTTAWA, Oct 7 - Canada, Guatemala and Honduras signed a declaration on Indigenous-language education.",
            "At the meeting, Guatemala's Vice Minister of Education, Magdalena Xitumul Chiyal, said Guatemala would print 400,000 reading books, while Honduras' Minister of Education, Fernando Alvarado Tróchez, proposed a Central American network of bilingual teacher-training schools.");

        Assert.Equal(("Magdalena Xitumul Chiyal", "Guatemala would print 400,000 reading books"),
            (x.SpeakerName(x.StatementContaining("reading books")), x.StatementContaining("reading books").Text));
        Assert.Equal("Fernando Alvarado Tróchez", x.SpeakerName(x.StatementContaining("teacher-training schools")));
    }

    [Fact]
    public void An_adverb_between_commas_a_portfolio_joined_by_and_and_a_shortened_title_lead_back_to_the_speaker()
    {
        var x = Extract(
            "By Staff Reporter",
            "Kenya, Uganda and Rwanda have signed a pact on transit cargo through Mombasa.",
            "It was signed by Energy and Petroleum Cabinet Secretary (CS) Grace Njeri Wambua, Uganda's Minister of Works and Bridges Okello Obong Ayella and Rwanda's State Minister Jean Mugisha Rukundo.",
            "CS Wambua said the port would serve the whole region.",
            "The CS noted that the new berth had handled less cargo than planned.",
            "State Minister Rukundo said Rwanda was ready.",
            "He, however, said the road was the main worry.",
            "Hon. Ayella proposed that the three countries create a road maintenance fund.");

        Assert.Equal("Grace Njeri Wambua", x.SpeakerName(x.StatementContaining("less cargo than planned")));
        Assert.Null(x.Speaker("Grace Njeri Wambua").Organisation);
        Assert.Equal("Kenya", x.Speaker("Grace Njeri Wambua").Country);
        Assert.Equal("Jean Mugisha Rukundo", x.SpeakerName(x.StatementContaining("main worry")));
        Assert.Equal("Okello Obong Ayella", x.SpeakerName(x.StatementContaining("maintenance fund")));
        Assert.Equal("Minister of Works and Bridges", x.Speaker("Okello Obong Ayella").Role);
    }

    [Fact]
    public void A_body_after_a_preposition_in_a_clause_about_the_speaker_is_not_the_speaker()
    {
        var x = Extract(
            "By Staff Reporter",
            "Nunavut Health Minister Joanasie Akumalik, left, and Pipaluk Rosing-Olsen, the Faroes’ minister of health, sign the agreement.",
            "Rosing-Olsen, who sits in Landsstýrið, the Faroese cabinet, said patients kept meeting new nurses.");

        Assert.Equal("Pipaluk Rosing-Olsen", x.SpeakerName(x.StatementContaining("new nurses")));
        Assert.Equal("minister of health", x.Speaker("Pipaluk Rosing-Olsen").Role);
        Assert.Equal("Denmark", x.Speaker("Pipaluk Rosing-Olsen").Country);
    }

    [Fact]
    public void A_full_name_opening_a_perfect_clause_is_a_person_and_answering_calls_is_not_speech()
    {
        var x = Extract(
            "By Staff Reporter",
            "Nunavut and Greenland agreed to train counsellors together.",
            "Minister Pipaluk Rosing-Olsen said the program would start in May.",
            "In Kimmirut, Elisapee Qaqqasiq has answered calls on the hamlet’s crisis line for nine years. She said the worst calls come in winter, “when the planes cannot land”.");

        var statement = x.StatementContaining("worst calls");
        Assert.Equal("Elisapee Qaqqasiq", x.SpeakerName(statement));
        Assert.Equal(StatementKind.Reported, statement.Kind);
        Assert.Equal("the worst calls come in winter, “when the planes cannot land”", statement.Text);
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("crisis line", StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_of_standing_portfolios_over_commas_and_a_qualified_title_reference_find_the_right_minister()
    {
        var x = Extract(
            "By Staff Reporter",
            "The committee was co-chaired by Federal Minister for Maritime Affairs Sardar Qaiser Khan Marri and Iran's Deputy Minister of Roads, Housing and Urban Development Reza Ahmadvand-Tehrani.",
            "\"A market at the border is worth more than a factory in Karachi,\" the federal minister said.",
            "Ahmadvand-Tehrani proposed daily crossing cards for border residents.",
            "Provincial Minister for Fisheries Mir Shahzeb Baloch Rind said the province would build link roads.",
            "Journalist Samina Ashraf Qureshi said the markets were busy.");

        Assert.Equal("Qaiser Khan Marri", x.SpeakerName(x.StatementContaining("worth more than a factory")));
        Assert.Equal("Reza Ahmadvand-Tehrani", x.SpeakerName(x.StatementContaining("crossing cards")));
        Assert.Equal("Deputy Minister of Roads, Housing and Urban Development", x.Speaker("Reza Ahmadvand-Tehrani").Role);
        Assert.Equal("Shahzeb Baloch Rind", x.SpeakerName(x.StatementContaining("link roads")));
        Assert.Equal("Journalist", x.Speaker("Samina Ashraf Qureshi").Role);
    }

    [Fact]
    public void A_facility_named_after_a_professor_is_no_person()
    {
        var x = Extract(
            "By Staff Reporter",
            "The arrangement was signed by New Zealand's minister and Chile's Minister of Science, Technology, Knowledge and Innovation, Francisca Irarrázabal Soto, ahead of the season.",
            "Minister Irarrázabal says the institute will host researchers at the Professor Julio Escudero Station on King George Island from next season.",
            "\"Our scientists will finally look at the ocean together,\" she said.");

        Assert.DoesNotContain(x.Speakers, s => s.Name.Contains("Station", StringComparison.Ordinal));
        Assert.Equal("Francisca Irarrázabal Soto", x.SpeakerName(x.StatementContaining("ocean together")));
    }

    [Fact]
    public void In_a_list_of_signatories_a_title_before_the_next_name_is_that_persons()
    {
        var x = Extract(
            "By Staff Reporter",
            "The agreement was signed by the Minister of Energy Transition, Salma Bennani-Idrissi, Ghana's Minister of State for Petroleum Resources (Gas), Kofi Asante-Mensah, and the Mauritanian Minister of Mines, Ahmed Ould Sidina.",
            "Bennani-Idrissi said the pipeline was a structuring project.",
            "Asante-Mensah said gas would flow by 2030.");

        Assert.Equal("Minister of Energy Transition", x.Speaker("Salma Bennani-Idrissi").Role);
        Assert.NotEqual("Ghana", x.Speaker("Salma Bennani-Idrissi").Country);
        Assert.Equal("Minister of State for Petroleum Resources (Gas)", x.Speaker("Kofi Asante-Mensah").Role);
        Assert.Equal("Ghana", x.Speaker("Kofi Asante-Mensah").Country);
    }

    [Fact]
    public void A_professors_honorific_is_the_role_only_when_nothing_else_is_and_an_office_to_come_is_one()
    {
        var x = Extract(
            "By Staff Reporter",
            "India and France opened an AI centre for monsoon research.",
            "Prof Meera Krishnaswamy of the Indian Institute of Science, who will head the new centre, said its first project would test rainfall models.",
            "The director general of NAFDAC, Nigeria’s medicines regulator, Prof. Chinedu Okonkwo-Bello, said the agency would fast-track antivenoms.",
            "Aputi Kilabuk-Nowdlak, who will co-ordinate the program at Nunavut Arctic College, said eight students would be chosen.");

        Assert.Equal("professor", x.Speaker("Meera Krishnaswamy").Role);
        Assert.NotEqual("professor", x.Speaker("Chinedu Okonkwo-Bello").Role);
        Assert.Equal("co-ordinator of the program at Nunavut Arctic College", x.Speaker("Aputi Kilabuk-Nowdlak").Role);
        Assert.Equal("Nunavut Arctic College", x.Speaker("Aputi Kilabuk-Nowdlak").Organisation);
    }

    [Fact]
    public void Signatories_introduced_as_the_title_of_a_body_then_a_name_each_keep_their_own_title()
    {
        var x = Extract(
            "By Staff Reporter",
            "The Memorandum was signed by the Director of the Agency for Statistics of BiH (BHAS) Edin Kovačević-Hadžić, the Deputy Director General of the Croatian Bureau of Statistics Lana Perković-Horvat and the Director of the Statistical Office of Montenegro (MONSTAT) Vesna Radulović, in the presence of others.",
            "Kovačević-Hadžić said the country had no reliable figure.",
            "Perković-Horvat said her office would share its experience.",
            "Radulović proposed that the offices invite Slovenia.");

        Assert.Equal("Director of the Agency for Statistics of BiH (BHAS)", x.Speaker("Edin Kovačević-Hadžić").Role);
        Assert.Equal("Deputy Director General of the Croatian Bureau of Statistics", x.Speaker("Lana Perković-Horvat").Role);
        Assert.Equal("Croatia", x.Speaker("Lana Perković-Horvat").Country);
        Assert.Equal("Montenegro", x.Speaker("Vesna Radulović").Country);
    }

    [Fact]
    public void Engineers_honorifics_after_a_comma_plural_possessives_and_and_before_an_honorific_stay_in_the_title()
    {
        var x = Extract(
            "By Staff Reporter",
            "The meeting was attended by the Syrian Minister of Agriculture, Eng. Samir Haddad-Nassif, and the Jordanian Minister of Water, Eng. Khaled al-Momani, among others.",
            "Haddad-Nassif said the meeting opened a new page.",
            "The deal was signed by Deputy Minister of Hajj and Umrah for Pilgrims' Affairs Dr. Faisal bin Nasser Al-Harbi, Group Managing Director of Lembaga Tabung Haji Datuk Rosli Hamzah Ismail, and others.",
            "Al-Harbi said the ministry would move walking schedules to cooler hours.");

        Assert.Equal("Samir Haddad-Nassif", x.SpeakerName(x.StatementContaining("new page")));
        Assert.Equal("Syria", x.Speaker("Samir Haddad-Nassif").Country);
        Assert.Equal("Deputy Minister of Hajj and Umrah for Pilgrims' Affairs", x.Speaker("Faisal bin Nasser Al-Harbi").Role);
    }

    [Fact]
    public void A_full_name_of_a_one_word_place_the_lexicon_lacks_is_the_speaker_not_the_place()
    {
        var x = Extract(
            "By Staff Reporter",
            "Guyana and Suriname signed a pact on tracing illegal guns.",
            "Outside the centre, Rhonda Persaud-Baptiste of Tucville, whose son was shot in 2024, said she hoped the pact would mean more than photographs.",
            "Hernán Quiroga of CAMMESA said the grid was ready.");

        Assert.Equal("Rhonda Persaud-Baptiste", x.SpeakerName(x.StatementContaining("photographs")));
        Assert.DoesNotContain(x.Speakers, s => s.Name == "Tucville");
        Assert.Equal("CAMMESA", x.Speaker("Hernán Quiroga").Organisation);
    }

    [Fact]
    public void A_counterpart_holds_the_office_of_the_person_named_before_them()
    {
        var x = Extract(
            "By Staff Reporter",
            "Indian External Affairs Minister Rohan Mehta-Sinha met his Chinese counterpart Liang Weiguo in Beijing.",
            "Liang said the talks were candid.",
            "Water and Sanitation Minister Naledi Dlamini-Khumalo and her Lesotho counterpart, Tseliso Mokhehle, signed the deal.",
            "Mokhehle said Lesotho would deploy community rangers.");

        Assert.Equal("External Affairs Minister", x.Speaker("Liang Weiguo").Role);
        Assert.Equal("China", x.Speaker("Liang Weiguo").Country);
        Assert.Equal("Water and Sanitation Minister", x.Speaker("Tseliso Mokhehle").Role);
        Assert.Equal("Lesotho", x.Speaker("Tseliso Mokhehle").Country);
    }

    [Fact]
    public void What_a_titles_of_or_for_leads_to_is_a_body_or_portfolio_not_the_speaker()
    {
        var x = Extract(
            "Renata Guimarães, chief executive of Campos Máquinas Agrícolas, a tractor maker based in Ribeirão Preto, Brazil, proposed setting up a spare parts warehouse in Kano.",
            "“Every time the price of oil goes up, our families pay for it,” said Tonga's Minister for Meteorology, Energy, Information, Climate Change and Communications (MEIDECC), Hon. Viliami Uata, who chaired the meeting.",
            "Mpumalanga’s MEC for economic development, Lerato Ledwaba, proposed reserving a share of the equity for community trusts.");

        Assert.Equal("Renata Guimarães", x.SpeakerName(x.StatementContaining("spare parts warehouse")));
        Assert.Equal("Campos Máquinas Agrícolas", x.Speaker("Renata Guimarães").Organisation);
        Assert.Equal("Brazil", x.Speaker("Renata Guimarães").Country);
        Assert.Equal("Viliami Uata", x.SpeakerName(x.StatementContaining("price of oil")));
        Assert.Equal("Tonga", x.Speaker("Viliami Uata").Country);
        Assert.Equal("MEC for economic development", x.Speaker("Lerato Ledwaba").Role);
        Assert.Equal("South Africa", x.Speaker("Lerato Ledwaba").Country);
    }

    [Fact]
    public void The_words_before_a_ministers_title_are_a_portfolio_and_a_city_with_a_small_word_in_its_name_places_the_meeting()
    {
        var x = Extract(
            "The framework was adopted on Tuesday at the Hyatt Regency in Port of Spain.",
            "Public Administration and AI Minister Devant Rampersad said the Government would put the framework into law.");

        Assert.Null(x.Speaker("Devant Rampersad").Organisation);
        Assert.Equal("Trinidad and Tobago", x.Speaker("Devant Rampersad").Country);
    }

    [Fact]
    public void Indicating_that_starts_a_second_statement_and_a_sum_in_rupees_does_not_end_the_sentence()
    {
        var x = Extract(
            "Vice Minister Andrea Benalcázar proposed a common threshold for duty-free parcels, indicating that today each country applies a different limit.",
            "Health Minister Chandana Abeysekara said the Government would set up a transplant unit at a cost of Rs. 850 million, with the first transplants expected next year.");

        Assert.Equal("a common threshold for duty-free parcels", x.StatementContaining("common threshold").Text);
        Assert.Equal("today each country applies a different limit", x.StatementContaining("different limit").Text);
        Assert.EndsWith("with the first transplants expected next year", x.StatementContaining("transplant unit").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_spelt_with_its_own_acronym_and_an_agencys_acronym_heading_a_title_are_organisations()
    {
        var x = Extract(
            "Woo Sang-hyun, an executive vice-president at Korea Hydro & Nuclear Power (KHNP), said the company would open an office in Toronto.",
            "FAO Locust Officer for Caucasus and Central Asia Marta Vukovic said the funds would cover training.",
            "Beatriz Olivares-Tennant, the Inter-American Development Bank's (IDB) country representative in Guyana, said the bank would provide a grant.");

        Assert.Equal("Korea Hydro & Nuclear Power (KHNP)", x.Speaker("Woo Sang-hyun").Organisation);
        Assert.Equal("FAO", x.Speaker("Marta Vukovic").Organisation);
        Assert.DoesNotContain("Bank's", x.Speaker("Beatriz Olivares-Tennant").Organisation ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_named_after_its_bodys_acronym_belongs_to_that_body()
    {
        var x = Extract(
            "Dr Inés Carrizo, head of PAHO’s Comprehensive Immunization Program, said the plan would work.",
            "Salote Waqairatu, director of SPC's Geoscience, Energy and Maritime Division, said the roadmap would cut diesel use.");

        Assert.Equal("PAHO", x.Speaker("Inés Carrizo").Organisation);
        Assert.Equal("SPC", x.Speaker("Salote Waqairatu").Organisation);
    }

    [Fact]
    public void A_lower_case_portfolio_of_several_words_with_an_and_stays_between_a_demonym_and_the_title_noun()
    {
        var x = Extract(
            "KUALA LUMPUR - Digital minister Rosli Tajuddin said the model would be open.",
            "Indonesian deputy communication and digital affairs minister Yuliana Sitompul proposed a joint fund for startups, saying the project would fail if only governments used it.");

        var minister = x.Speaker("Yuliana Sitompul");
        Assert.Equal(("deputy communication and digital affairs minister", "Indonesia"), (minister.Role, minister.Country));
    }

    [Fact]
    public void A_state_concern_named_in_quote_marks_is_the_body_of_the_title_before_the_name()
    {
        var x = Extract(
            "ASHGABAT, 16 September. Turkmenistan, Kazakhstan and Uzbekistan signed a memorandum on methane monitoring.",
            "In his speech, Chairman of the State Concern \"Turkmengaz\" Merdan Nurmuhammedov said: \"Turkmen gas is our national wealth.\"");

        var chairman = x.Speaker("Merdan Nurmuhammedov");
        Assert.Equal(("Chairman of the State Concern \"Turkmengaz\"", "State Concern \"Turkmengaz\""), (chairman.Role, chairman.Organisation));
    }

    [Fact]
    public void The_last_portfolio_of_a_listed_title_after_its_and_is_no_part_of_the_name()
    {
        var x = Extract(
            "ACCRA - Ghana and Egypt agreed to set up an academy.",
            "Ghana's Deputy Minister of Communication, Digital Technology and Innovations Efua Dadzie welcomed the academy but warned that its graduates would leave.");

        var minister = x.Speaker("Efua Dadzie");
        Assert.Equal("Deputy Minister of Communication, Digital Technology and Innovations", minister.Role);
        Assert.DoesNotContain(x.Speakers, s => s.Name.StartsWith("Innovations", StringComparison.Ordinal));
    }

    [Fact]
    public void Additional_and_Joint_are_ranks_of_a_title_not_the_names_of_bodies()
    {
        var x = Extract(
            "THIMPHU - Bhutan, Nepal and Bangladesh agreed to share glacier data.",
            "Bangladesh’s Additional Secretary at the Ministry of Environment, Forest and Climate Change, Tanvir Ahmed Faruqui, proposed a joint flood forecasting model.",
            "India's Joint Secretary Ravi Kumar said the talks went well.");

        Assert.Equal("Ministry of Environment, Forest and Climate Change", x.Speaker("Tanvir Ahmed Faruqui").Organisation);
        Assert.Null(x.Speaker("Ravi Kumar").Organisation);
    }

    [Fact]
    public void According_to_its_title_then_a_name_without_a_comma_is_the_owner_s_official()
    {
        var x = Extract(
            "KOKOPO - Papua New Guinea, Solomon Islands and Vanuatu agreed to set up a cocoa pest network.",
            "The Australian Centre for International Agricultural Research (ACIAR) has committed A$6 million over five years to the network, according to its research program manager Fiona Ockenden.");

        var manager = x.Speaker("Fiona Ockenden");
        Assert.Equal("research program manager", manager.Role);
        Assert.Equal("Fiona Ockenden", x.SpeakerName(x.StatementContaining("has committed A$6 million")));
    }

    [Fact]
    public void An_honorific_used_alone_as_the_speaker_is_the_person_introduced_with_it()
    {
        var x = Extract(
            "THIMPHU - Bhutan, Nepal and Bangladesh agreed to share glacier data.",
            "Energy and Natural Resources Minister Lyonpo Ugyen Dendup said the government had committed Nu 60 million to install sensors.",
            "“Our glaciers are retreating. We cannot stop that, but we can make sure no one is caught unaware,” Lyonpo said.");

        var quote = x.StatementContaining("Our glaciers are retreating");
        Assert.Equal(("Ugyen Dendup", StatementKind.Direct), (x.SpeakerName(quote), quote.Kind));
    }

    [Fact]
    public void One_word_after_words_that_name_no_office_body_or_honorific_is_no_new_speaker()
    {
        var x = Extract(
            "MANAMA: Bahrain, Kuwait and Qatar agreed on a closed season for hamour.",
            "Fish sellers at the Manama Central Market said prices had almost doubled in five years.",
            "Briefing reporters later, Secretary (East) in the Ministry of External Affairs Raghunandan said the survey report had been handed over.");

        Assert.DoesNotContain(x.Speakers, s => s.Name == "Market");
        Assert.Equal("Raghunandan", x.SpeakerName(x.StatementContaining("survey report")));
    }

    [Fact]
    public void A_comma_after_a_name_inside_a_clause_between_commas_closes_the_clause_unless_a_description_follows()
    {
        var x = Extract(
            "The meeting, which was chaired by Minister for Health and Active Ageing Josianne Ellul, brought together countries that have cooperated on medicine pricing and the exchange of information for several years.",
            "“We will pay less,” Ellul said.",
            "The agreement came at a ministers' meeting in Seoul, co-chaired by First Vice Foreign Minister Maeng Seo-yun and Ratu Mosese Nakaunicina, Fiji's minister for fisheries and forestry.",
            "\"Our ocean is our food,\" Nakaunicina said.");

        Assert.Equal("Minister for Health and Active Ageing", x.Speaker("Josianne Ellul").Role);
        Assert.Equal("minister for fisheries and forestry", x.Speaker("Mosese Nakaunicina").Role);
    }

    [Fact]
    public void Capitals_after_a_title_and_a_preposition_name_a_place_not_a_new_speaker()
    {
        var x = Extract(
            "Malaysian Nurses Union president Suganthi Ramasamy welcomed the agreement.",
            "\"If a nurse in Johor Baru can earn three times more across the Causeway,\" she said, \"no agreement will keep her here.\"");

        Assert.Equal("Suganthi Ramasamy", x.SpeakerName(x.StatementContaining("across the Causeway")));
        Assert.DoesNotContain(x.Speakers, s => s.Name == "Johor Baru");
    }

    [Fact]
    public void A_title_after_said_runs_through_its_bodys_name_with_commas_and_the()
    {
        var x = Extract(
            "“Irish farmers will change how they farm,” said Minister of State at the Department of Agriculture, Food and the Marine Ciarán Brennock.");

        var minister = x.Speaker("Ciarán Brennock");
        Assert.Equal("Minister of State at the Department of Agriculture, Food and the Marine", minister.Role);
        Assert.Equal("Department of Agriculture, Food and the Marine", minister.Organisation);
    }

    [Fact]
    public void An_occasion_between_the_verb_and_the_colon_before_a_quote_keeps_the_quote_direct()
    {
        var x = Extract(
            "The protocol was signed by the Minister of Water Resources, Raad Hamid Rikabi.",
            "The Minister said in a speech during the signing ceremony, attended by the INA correspondent: \"Water is a matter of life for Iraqis. With accurate data we can plan.\"",
            "Mehrnoush Kazemzadeh, a transport economist at Allameh Tabataba'i University, told the Tehran Times that the corridor had been \"on paper for a quarter of a century\".");

        var quote = x.StatementContaining("Water is a matter of life");
        Assert.Equal((StatementKind.Direct, "Raad Hamid Rikabi"), (quote.Kind, x.SpeakerName(quote)));
        Assert.Equal(StatementKind.Reported, x.StatementContaining("on paper for a quarter").Kind);
    }

    [Fact]
    public void According_to_a_title_a_description_of_its_body_and_a_name_is_the_named_persons_statement()
    {
        var x = Extract(
            "According to the executive director of Agesic, the government agency in charge of digital government, Florencia Invernizzi, the agency will build the platform that links the four countries' prescription systems.");

        var statement = x.StatementContaining("the agency will build the platform");
        Assert.Equal("Florencia Invernizzi", x.SpeakerName(statement));
        Assert.Equal("executive director of Agesic", x.Speaker("Florencia Invernizzi").Role);
    }

    [Fact]
    public void A_lower_case_title_after_said_and_before_the_name_gives_the_quote_to_the_named_person()
    {
        var x = Extract(
            "\"Our patients should not have to fly. With this network, the cardiologist comes to them,\" said CHCC chief executive officer Rosalia Tenorio.");

        var quote = x.StatementContaining("the cardiologist comes to them");
        Assert.Equal(("Rosalia Tenorio", StatementKind.Direct), (x.SpeakerName(quote), quote.Kind));
        Assert.Equal("CHCC", x.Speaker("Rosalia Tenorio").Organisation);
    }

    [Fact]
    public void Quotes_attributable_to_a_minister_on_a_line_of_their_own_are_the_ministers()
    {
        var x = Extract(
            "Quotes attributable to Minister for Agriculture, Fisheries and Forestry Rachel Wyndham:",
            "“Pacific farmers have saved seeds and cuttings for thousands of years. Our job is to keep them.”",
            "“Food security is regional security.”");

        Assert.Equal("Rachel Wyndham", x.SpeakerName(x.StatementContaining("saved seeds and cuttings")));
        Assert.Equal("Rachel Wyndham", x.SpeakerName(x.StatementContaining("Food security is regional security")));
    }

    [Fact]
    public void An_engineers_Ir_is_an_honorific_after_a_Malaysian_one_too()
    {
        var x = Extract(
            "Energy Commission of Sabah (ECoS) chairman Datuk Ir Gilbert Majimbun said the line would be built by 2028.");

        var chairman = x.Speaker("Gilbert Majimbun");
        Assert.Equal("Malaysia", chairman.Country);
    }

    [Fact]
    public void A_title_before_a_name_runs_through_an_and_inside_its_bodys_name()
    {
        var x = Extract(
            "For his part, the director of taxes at the National Tax and Customs Directorate (DIAN), Andrés Felipe Castaño Lozada, proposed extending the system to electronic payroll.");

        var director = x.Speaker("Andrés Felipe Castaño Lozada");
        Assert.Equal("director of taxes at the National Tax and Customs Directorate (DIAN)", director.Role);
        Assert.Equal("Andrés Felipe Castaño Lozada", x.SpeakerName(x.StatementContaining("electronic payroll")));
    }

    [Fact]
    public void A_title_before_a_name_runs_through_an_and_after_its_bodys_head_noun()
    {
        var x = Extract(
            "The spokesperson of the Spanish Society of Infectious Diseases and Clinical Microbiology (SEIMC), Javier Prieto Aldecoa, welcomed the network.");

        Assert.Equal("spokesperson of the Spanish Society of Infectious Diseases and Clinical Microbiology (SEIMC)", x.Speaker("Javier Prieto Aldecoa").Role);
    }

    [Fact]
    public void A_fathers_name_after_bin_keeps_his_Haji()
    {
        var x = Extract("According to Rosli bin Haji Tengah, the plan would raise yields.");

        Assert.Equal("Rosli bin Haji Tengah", x.SpeakerName(x.StatementContaining("raise yields")));
    }

    [Fact]
    public void Bruneian_forms_of_address_open_a_name_and_are_no_title()
    {
        var x = Extract(
            "The signing was witnessed by Yang Berhormat Dato Seri Setia Awang Haji Rosli bin Haji Tengah, Minister of Primary Resources and Tourism.",
            "The Minister said that the MoU would raise local padi production.",
            "According to the Acting Director of Agriculture, Dayang Hajah Norhafizah binti Haji Yassin, the department will test five rice varieties.",
            "A padi farmer at Wasan, Awang Mohd Hazwan bin Sabtu, welcomed the MoU.",
            "Awang Ismail bin Daud said the young would not work in the fields.");

        Assert.Equal("Rosli bin Haji Tengah", x.SpeakerName(x.StatementContaining("local padi production")));
        Assert.Equal("Minister of Primary Resources and Tourism", x.Speaker("Rosli bin Haji Tengah").Role);
        Assert.Equal("Norhafizah binti Haji Yassin", x.SpeakerName(x.StatementContaining("five rice varieties")));
        Assert.Equal("Acting Director of Agriculture", x.Speaker("Norhafizah binti Haji Yassin").Role);
        Assert.Equal("padi farmer at Wasan", x.Speaker("Mohd Hazwan bin Sabtu").Role);
        Assert.Null(x.Speaker("Ismail bin Daud").Role);
    }

    [Fact]
    public void A_bodys_name_then_a_lower_case_title_after_said_introduces_the_name()
    {
        var x = Extract(
            "\"Clean planting material is the cheapest medicine we have,\" said Department of Agriculture director-general Wiroj Srisombat.",
            "\"We will have numbers that nobody can argue with,\" said Fisheries Administration director-general Ouk Pheakdey.");

        Assert.Equal("Wiroj Srisombat", x.SpeakerName(x.StatementContaining("cheapest medicine")));
        Assert.Equal("Department of Agriculture director-general", x.Speaker("Wiroj Srisombat").Role);
        Assert.Equal("Ouk Pheakdey", x.SpeakerName(x.StatementContaining("nobody can argue")));
    }

    [Fact]
    public void A_name_after_a_preposition_and_its_article_is_a_body_or_a_place_not_the_speaker()
    {
        var x = Extract(
            "Sophie Diederich, a policy officer at the Cercle de Coopération, the umbrella group of Luxembourg’s development NGOs, welcomed the programme.",
            "Community fisheries groups on the Tonle Sap say that illegal fishing has emptied their nets.");

        Assert.Equal("Sophie Diederich", x.SpeakerName(x.StatementContaining("the programme")));
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("emptied their nets", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_the_person_comes_from_between_commas_is_their_organisation()
    {
        var x = Extract("Hydrologist Rodrigo Fontoura, from the Institute of Hydraulic Research (IPH) at UFRGS, told GZH that forecasts alone do not save lives.");

        Assert.Equal("Rodrigo Fontoura", x.SpeakerName(x.StatementContaining("do not save lives")));
        Assert.Equal(("Hydrologist", "Institute of Hydraulic Research (IPH)"), (x.Speaker("Rodrigo Fontoura").Role, x.Speaker("Rodrigo Fontoura").Organisation));
    }

    [Fact]
    public void A_lower_case_portfolio_with_and_after_the_title_nouns_for_is_the_titles()
    {
        var x = Extract("“Consumers have a right to get what they pay for,” said Spain’s secretary general for agriculture and food, Montserrat Bofill.");

        Assert.Equal("Montserrat Bofill", x.SpeakerName(x.StatementContaining("right to get")));
        Assert.Equal("secretary general for agriculture and food", x.Speaker("Montserrat Bofill").Role);
    }

    [Fact]
    public void According_to_a_countrys_capitalised_title_then_a_name_is_that_persons()
    {
        var x = Extract(
            "Claire Dubreuil, IFAD's country director, said the fund was ready.",
            "According to Mozambique's National Director of Agriculture, Celso Chauque, the ministry will distribute seed to 60,000 households.");

        Assert.Equal("Celso Chauque", x.SpeakerName(x.StatementContaining("distribute seed")));
        Assert.Equal("Mozambique", x.Speaker("Celso Chauque").Country);
    }

    [Fact]
    public void Content_then_said_the_title_and_the_name_is_the_named_speakers_and_so_is_a_participle_after_the_name()
    {
        var x = Extract(
            "Spain has committed to installing charging stations every 60 kilometres, said the Spanish secretary of state for transport, Javier Albiol Cerdán.",
            "Italy will finance the project with 4 million euros over two years, announced the Italian Ambassador to Albania, Chiara Lombardo, adding that machine translation would never replace the final check by lawyers.");

        Assert.Equal("Javier Albiol Cerdán", x.SpeakerName(x.StatementContaining("charging stations every 60 kilometres")));
        Assert.Equal("Chiara Lombardo", x.SpeakerName(x.StatementContaining("Italy will finance the project")));
        Assert.Equal("Chiara Lombardo", x.SpeakerName(x.StatementContaining("machine translation would never replace")));
    }

    [Fact]
    public void A_name_after_said_may_be_followed_by_the_body_it_is_of()
    {
        var x = Extract(
            "Ministers met in The Hague on Monday to discuss bluetongue.",
            "\"We see the virus earlier every year,\" said virologist Anouk de Groot of Wageningen Bioveterinary Research in Lelystad. \"The midges survive the milder winters.\"",
            "\"Vaccines alone will not do it,\" said John Smith of the World Bank.");

        Assert.Equal("Anouk de Groot", x.SpeakerName(x.StatementContaining("We see the virus")));
        Assert.Equal("Anouk de Groot", x.SpeakerName(x.StatementContaining("milder winters")));
        Assert.Equal("John Smith", x.SpeakerName(x.StatementContaining("Vaccines alone")));
    }

    [Fact]
    public void A_portfolio_in_lower_case_may_open_the_title_after_said()
    {
        var x = Extract(
            "Spain and Portugal signed a charging corridor agreement on Monday.",
            "The first stations will open in May, said transport minister Javier Albiol.",
            "\"Drivers will book a slot before they arrive,\" said energy minister Rui Couto.");

        Assert.Equal("Javier Albiol", x.SpeakerName(x.StatementContaining("first stations will open")));
        Assert.Equal("Rui Couto", x.SpeakerName(x.StatementContaining("book a slot")));
    }
}
