using CoopBot.Core.Extraction;
using static CoopBot.Core.Tests.Extraction.ExtractionTestKit;

namespace CoopBot.Core.Tests.Extraction;

public class OutcomeExtractionTests
{
    [Fact]
    public void A_second_reported_that_clause_after_a_comma_and_and_is_no_relative_clause()
    {
        var x = Extract("Ng Kah Seng, chief executive of the SBF, said the memorandum would help firms to enter markets, and that the SBF would lead a business mission of 30 companies to Manila in September.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("business mission").Status);
    }

    [Fact]
    public void Agreeing_to_start_talks_is_agreeing_to_start_them()
    {
        var x = Extract("Japan and Mexico agreed to start talks on updating their two-decade-old trade agreement.");

        Assert.Equal("start talks on updating their two-decade-old trade agreement", Assert.Single(x.Outcomes).Text);
    }

    [Fact]
    public void A_plan_later_told_as_agreed_is_agreed_and_cited_where_it_was_agreed()
    {
        var x = Extract(
            "A regional penicillin stockpile will be set up.",
            "The ministers also agreed to create a shared regional stockpile of benzathine penicillin after repeated shortages.");

        var stockpile = x.OutcomeContaining("stockpile");
        Assert.Equal(OutcomeStatus.Agreed, stockpile.Status);
        Assert.Contains("agreed to create", stockpile.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_or_round_scheduled_for_a_date_is_planned()
    {
        var x = Extract(
            "Japan and Mexico agreed to start talks on their trade agreement.",
            "The first round of negotiations is scheduled for April in Tokyo, according to a joint statement.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("first round of negotiations").Status);
    }

    [Fact]
    public void Plans_to_amend_a_law_or_reinforce_lines_are_plans_but_a_plan_approved_is_the_outcome_and_a_call_for_how_is_none()
    {
        var x = Extract(
            "Minister Pemberton said the Government would amend the Federation's electricity law before the end of the year.",
            "The energy ministers approved on Friday a plan to reinforce the regional transmission line.",
            "Environmental associations have called for the landing point of any cable to be kept away from protected dunes.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("electricity law").Status);
        Assert.Equal(OutcomeStatus.Approved, Assert.Single(x.Outcomes, o => o.Text.Contains("transmission line", StringComparison.Ordinal)).Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("landing point", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speakers_body_named_as_the_title_names_it_or_by_its_kind_plans_for_itself()
    {
        var x = Extract(
            "Annette Lorenz, head of tenders at Hintco, said Hintco would open a tender for green ammonia in 2027.",
            "Isabelle Coutinho, head of Gavi’s vaccine manufacturing program, said the alliance would sign its first purchase agreements with two manufacturers.");

        Assert.Equal(["Hintco"], x.OutcomeContaining("tender for green ammonia").Parties);
        Assert.Equal(["Gavi"], x.OutcomeContaining("purchase agreements").Parties);
    }

    [Fact]
    public void A_date_a_partner_or_a_switch_between_the_verb_and_its_thing_is_passed_over()
    {
        var x = Extract(
            "The Philippines, Indonesia, and Vietnam agreed on Thursday, August 20, to jointly buy vaccines against the human papillomavirus (HPV).",
            "Mexico, Guatemala and Honduras signed this Thursday, together with the International Regional Organization for Agricultural Health (OIRSA), an agreement to coordinate surveillance of the screwworm.",
            "The three countries also agreed to switch to electronic phytosanitary certificates by 2028.");

        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("vaccines against the human papillomavirus").Status);
        Assert.Equal(OutcomeStatus.Signed, x.OutcomeContaining("agreement to coordinate surveillance").Status);
        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("electronic phytosanitary certificates").Status);
    }

    [Fact]
    public void The_short_name_a_memorandum_was_given_in_brackets_is_the_same_memorandum()
    {
        var x = Extract(
            "Nepal, Bangladesh and Bhutan on Wednesday signed a memorandum of understanding (MoU) on mutual recognition of phytosanitary certificates.",
            "The MoU was signed at a trilateral meeting on agricultural trade.");

        var signed = Assert.Single(x.Outcomes, o => o.Status == OutcomeStatus.Signed);
        Assert.Contains("phytosanitary certificates", signed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_standfirst_above_the_byline_restates_outcomes_the_report_tells_and_adds_none()
    {
        var x = Extract(
            "The three countries will also train 1,500 engineers together and set up a joint team to respond to cyber incidents.",
            "By Bao Ngoc",
            "Mar 27, 2026 19:40",
            "Vietnam, Laos and Cambodia on March 27 signed a memorandum of understanding on digital transformation.",
            "They agreed to set up a trilateral working group on cybersecurity incident response.");

        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("joint team", StringComparison.Ordinal) || o.Text.Contains("1,500", StringComparison.Ordinal));
        Assert.Contains(x.Outcomes, o => o.Text.Contains("working group", StringComparison.Ordinal));
    }

    [Fact]
    public void Passive_inauguration_names_the_thing_and_parties_from_its_name()
    {
        var x = Extract("The China-ASEAN AI Application Cooperation Center was inaugurated at the forum.");

        var outcome = x.OutcomeContaining("AI Application Cooperation Center");
        Assert.Equal(OutcomeStatus.Inaugurated, outcome.Status);
        Assert.Equal(["China", "ASEAN"], outcome.Parties);
        Assert.Equal("China-ASEAN AI Application Cooperation Center", outcome.Text);
    }

    [Fact]
    public void Active_launch_takes_the_object_up_to_its_appositive()
    {
        var x = Extract("During the forum, China and ASEAN launched the AI Talent Training Program, a three-year program for 5,000 professionals.");

        var outcome = x.OutcomeContaining("AI Talent Training Program");
        Assert.Equal(OutcomeStatus.Launched, outcome.Status);
        Assert.Equal("AI Talent Training Program", outcome.Text);
        Assert.Equal(["China", "ASEAN"], outcome.Parties);
    }

    [Fact]
    public void A_serial_comma_before_the_last_party_keeps_the_list_whole()
    {
        var x = Extract("Egypt, Jordan, and Iraq agreed on Tuesday to add a new high-speed ferry to the Nuweiba-Aqaba line.");

        Assert.Equal(["Egypt", "Jordan", "Iraq"], x.OutcomeContaining("high-speed ferry").Parties);
    }

    [Fact]
    public void A_currency_prefix_names_no_party()
    {
        var x = Extract("The fund has committed US$1.5 million to the warning network.");

        Assert.Empty(x.OutcomeContaining("US$1.5 million").Parties);
    }

    [Fact]
    public void Proposal_by_a_speaker_is_proposed_with_the_announcer()
    {
        var x = Extract("Chen Wei, deputy head of China's NDRC, proposed the establishment of a China-ASEAN AI safety dialogue mechanism.");

        var outcome = x.OutcomeContaining("AI safety dialogue mechanism");
        Assert.Equal(OutcomeStatus.Proposed, outcome.Status);
        Assert.Equal("China-ASEAN AI safety dialogue mechanism", outcome.Text);
        Assert.Equal(x.Speaker("Chen Wei").Id, outcome.AnnouncedBy);
        Assert.Equal(["China"], outcome.Parties);
    }

    [Fact]
    public void Agreed_to_explore_is_a_proposal_and_agreed_to_set_up_is_agreed()
    {
        var x = Extract("Ministers agreed to set up a regional vaccine stockpile and agreed to explore the possibility of a joint purchasing platform.");

        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("vaccine stockpile").Status);
        Assert.Equal(OutcomeStatus.Proposed, x.OutcomeContaining("joint purchasing platform").Status);
    }

    [Theory]
    [InlineData("Vietnam signed a memorandum of understanding on cross-border data flows.", "memorandum of understanding on cross-border data flows", OutcomeStatus.Signed)]
    [InlineData("Ministers adopted the Bali Declaration on Health Security.", "Bali Declaration on Health Security", OutcomeStatus.Adopted)]
    [InlineData("Japan pledged US$15 million to a new teacher training fund.", "US$15 million to a new teacher training fund", OutcomeStatus.Pledged)]
    [InlineData("Leaders endorsed the Suva Roadmap on Climate Finance.", "Suva Roadmap on Climate Finance", OutcomeStatus.Endorsed)]
    [InlineData("The bank committed 200 million euros for grid connections.", "200 million euros for grid connections", OutcomeStatus.Committed)]
    [InlineData("The forum released a list of 24 cooperation outcomes.", "list of 24 cooperation outcomes", OutcomeStatus.Released)]
    [InlineData("Chile unveiled a critical minerals investment map.", "critical minerals investment map", OutcomeStatus.Unveiled)]
    [InlineData("The two sides reached consensus on a joint research fund.", "joint research fund", OutcomeStatus.Agreed)]
    public void Outcome_verbs_map_to_their_status(string sentence, string thing, OutcomeStatus status)
    {
        var outcome = Extract(sentence).OutcomeContaining(thing);

        Assert.Equal(status, outcome.Status);
    }

    [Fact]
    public void Plans_with_a_named_party_are_planned()
    {
        var x = Extract("China would send 500 agricultural experts to Africa and train 3,000 local technicians. The next ministerial meeting will be held in Manila.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("500 agricultural experts").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("3,000 local technicians").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("next ministerial meeting").Status);
    }

    [Theory]
    [InlineData("The free trade area was launched in 2010 and has grown since.")]
    [InlineData("\"We launched the fund together,\" said Minister Ana Ruiz.")]
    [InlineData("The centre, which was established by the two governments, employs 40 people.")]
    [InlineData("Kenya hoped the alliance would set up a demonstration farm.")]
    [InlineData("The country has set up several joint bodies in recent years.")]
    [InlineData("Officials called for closer cooperation.")]
    public void History_quotes_descriptions_hopes_and_vague_calls_are_not_outcomes(string sentence)
    {
        Assert.Empty(Extract(sentence).Outcomes);
    }

    [Fact]
    public void A_generic_outcome_takes_the_proper_name_given_later()
    {
        var x = Extract(
            "The European Union and the African Union launched a joint initiative to develop green hydrogen.",
            "The initiative, known as the Africa-EU Clean Hydrogen Corridor Initiative, covers six countries.");

        var outcome = Assert.Single(x.Outcomes);
        Assert.Equal("Africa-EU Clean Hydrogen Corridor Initiative", outcome.Text);
        Assert.Equal(OutcomeStatus.Launched, outcome.Status);
    }

    [Fact]
    public void Unnamed_group_actors_give_outcomes_without_parties()
    {
        var outcome = Extract("Organizers also released a list of 24 cooperation outcomes.").OutcomeContaining("list of 24");

        Assert.Empty(outcome.Parties);
    }

    [Fact]
    public void Every_outcome_cites_its_sentence()
    {
        var x = Extract("The two sides signed 32 cooperation agreements on Friday.");

        Assert.Equal("The two sides signed 32 cooperation agreements on Friday.", x.OutcomeContaining("32 cooperation agreements").Evidence);
    }

    [Fact]
    public void A_plan_reported_after_said_at_an_occasion_that_is_found_without_its_time_span()
    {
        var x = Extract("Japanese Foreign Minister Haruto Ishizaki said at the opening session that Japan would provide 3 billion yen ($20 million) over three years for the center.");

        var outcome = Assert.Single(x.Outcomes);
        Assert.Equal(("3 billion yen ($20 million)", OutcomeStatus.Planned), (outcome.Text, outcome.Status));
        Assert.Equal(["Japan"], outcome.Parties);
    }

    [Fact]
    public void A_plan_of_the_speakers_own_body_is_that_bodys_announced_by_the_speaker()
    {
        var x = Extract("The World Bank's practice manager for education, Priya Venkataraman, announced that the bank would provide $250 million in additional financing for the project.");

        var outcome = x.OutcomeContaining("$250 million");
        Assert.Equal(OutcomeStatus.Planned, outcome.Status);
        Assert.Equal(["World Bank"], outcome.Parties);
        Assert.Equal("Priya Venkataraman", x.SpeakerById(outcome.AnnouncedBy!)!.Name);
    }

    [Theory]
    [InlineData("He added that the authority had committed $85m to upgrade its control centre.", "$85m", OutcomeStatus.Committed)]
    [InlineData("Colombia, Ecuador and Peru signed this Thursday in Pasto (Nariño) a joint action plan against yellow fever.", "joint action plan against yellow fever", OutcomeStatus.Signed)]
    [InlineData("Enterprise Singapore had committed S$15 million over three years to help Singaporean small and medium-sized enterprises set up operations in green parks in Vietnam.", "S$15 million", OutcomeStatus.Committed)]
    [InlineData("The SADC Secretariat would present a financing plan for the pooled procurement service to the Council of Ministers in March 2027.", "present a financing plan", OutcomeStatus.Planned)]
    [InlineData("Niger is expected to join the protocol next year.", "join the protocol", OutcomeStatus.Planned)]
    [InlineData("Colombia will apply 1.2 million doses in the border municipalities before the end of the year.", "1.2 million doses", OutcomeStatus.Planned)]
    [InlineData("Colombia will process samples from Ecuadorian border hospitals free of charge.", "process samples from Ecuadorian border hospitals", OutcomeStatus.Planned)]
    public void Short_sums_translated_word_order_purposes_and_more_plan_verbs_give_one_outcome(string text, string thing, OutcomeStatus status)
    {
        var x = Extract(text);

        var outcome = Assert.Single(x.Outcomes);
        Assert.StartsWith(thing, outcome.Text);
        Assert.Equal(status, outcome.Status);
    }

    [Fact]
    public void A_thing_launched_with_an_indefinite_article_is_new_and_takes_its_later_name()
    {
        var x = Extract(
            "Singapore and Vietnam on Thursday launched a pilot that will allow shipping documents to be exchanged in digital form.",
            "The Paperless Trade Pilot, jointly run by the two trade ministries, will initially involve 30 companies.");

        var outcome = Assert.Single(x.Outcomes);
        Assert.Equal("Paperless Trade Pilot", outcome.Text);
        Assert.Equal(OutcomeStatus.Launched, outcome.Status);
    }

    [Fact]
    public void A_bare_agreement_that_lost_its_words_is_no_outcome_of_its_own()
    {
        var x = Extract("Laos, Thailand and Cambodia signed an agreement on Wednesday that would allow migrant workers to keep their social security benefits.");

        Assert.DoesNotContain(x.Outcomes, o => o.Text == "agreement");
    }

    [Fact]
    public void A_company_named_later_is_not_the_name_of_a_working_group()
    {
        var x = Extract(
            "The two governments also agreed to set up a joint working group on green standards for industrial parks.",
            "Ronnie Sim, general director of VSIP Group, said the company would invest in rooftop solar.");

        Assert.Equal("joint working group on green standards for industrial parks", x.OutcomeContaining("working group").Text);
    }

    [Theory]
    [InlineData("Secretary Md Shahidul Islam Mazumder and Chief Representative Tomoko Yano signed the agreement on behalf of their sides at the NEC Conference Room.")]
    [InlineData("Trade Minister Daniel Ostrowski and Japan's trade minister Hiroshi Tsukamoto signed the agreement in Perth on Thursday.")]
    public void Signing_an_agreement_named_before_is_no_new_outcome(string text)
    {
        var x = Extract(text);

        Assert.Empty(x.Outcomes);
    }

    [Theory]
    [InlineData("An agreement on e-government was also signed between Qatar and Kenya.", "agreement on e-government")]
    [InlineData("Japan and the Pacific Islands Forum adopted the Tokyo Ocean Declaration, which calls on all nations to keep monitoring systems on and to accept inspections in port.", "Tokyo Ocean Declaration")]
    [InlineData("ECOWAS on Tuesday launched a regional scholarship scheme to support 10,000 girls studying science, technology, engineering and mathematics (STEM).\n\nThe ECOWAS Girls in STEM Scholarship Scheme was launched in Abuja.", "ECOWAS Girls in STEM Scholarship Scheme")]
    public void One_thing_done_is_one_outcome(string text, string thing)
    {
        var x = Extract(text.Split("\n\n"));

        Assert.Equal(thing, Assert.Single(x.Outcomes).Text);
    }

    [Fact]
    public void A_new_thing_named_by_one_noun_keeps_its_infinitive_and_takes_its_later_name()
    {
        var x = Extract(
            "Chile and Ghana on Monday launched an alliance to expand lending in the currencies of borrowing nations.",
            "The Southern Lending Alliance will be run from Accra.");

        var outcome = x.OutcomeContaining("Southern Lending Alliance");
        Assert.Equal(OutcomeStatus.Launched, outcome.Status);
        Assert.Equal("Southern Lending Alliance", outcome.Text);
    }

    [Fact]
    public void A_pledge_to_a_named_fund_is_not_the_fund()
    {
        var x = Extract(
            "Finland and the World Bank launched a pooled fund on Tuesday to help governments build digital registries.",
            "Donors pledged a combined $90 million to the Nordic Registries Fund.");

        Assert.Equal(OutcomeStatus.Launched, Assert.Single(x.Outcomes, o => o.Text == "Nordic Registries Fund").Status);
        Assert.Equal(OutcomeStatus.Pledged, x.OutcomeContaining("$90 million").Status);
    }

    [Fact]
    public void A_name_in_quote_marks_before_the_head_noun_names_the_generic_outcome()
    {
        var x = Extract(
            "Italy and the African Union launched an initiative to build speech datasets for 30 languages.",
            "The \"Many Tongues\" initiative will publish its first datasets next year.");

        Assert.Equal(OutcomeStatus.Launched, x.OutcomeContaining("Many Tongues").Status);
        Assert.Equal("Many Tongues", x.OutcomeContaining("Many Tongues").Text);
    }

    [Fact]
    public void A_thing_adopted_in_an_earlier_month_and_year_is_history()
    {
        var x = Extract(
            "The ministers launched a regional observatory on Thursday.",
            "The African Union adopted its Continental Data Policy in July 2022, and member states had adopted national data laws so far.");

        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("Continental Data Policy", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("national data laws", StringComparison.Ordinal));
    }

    [Fact]
    public void Active_inauguration_of_a_thing_counts_but_of_an_event_does_not()
    {
        var x = Extract(
            "The health minister inaugurated the forum on Monday.",
            "Cuba and Jamaica later inaugurated a regional center for kidney care in Havana.");

        Assert.Equal(OutcomeStatus.Inaugurated, x.OutcomeContaining("regional center for kidney care").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("forum", StringComparison.Ordinal));
    }

    [Fact]
    public void Meetings_agreed_or_planned_are_outcomes()
    {
        var x = Extract(
            "The ministers agreed that the next meeting would be held in Paro in 2027.",
            "A joint technical committee will meet in Muscat in October to review the designs.",
            "The network will hold its first board meeting in Lima in June, officials said.");

        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("next meeting").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("joint technical committee").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("first board meeting").Status);
    }

    [Fact]
    public void A_proposal_in_a_relative_clause_about_a_named_person_is_theirs()
    {
        var x = Extract("Rwanda's delegation was led by the director general of RAB, Dr Claudine Uwera, who proposed a regional reserve of milk powder to be drawn on during the dry season.");

        var proposal = x.OutcomeContaining("regional reserve of milk powder");
        Assert.Equal(OutcomeStatus.Proposed, proposal.Status);
    }

    [Fact]
    public void A_plan_of_a_body_readers_know_by_name_is_that_bodys()
    {
        var x = Extract("Rijkswaterstaat will extend its low water forecasts for shipping from 14 to 42 days, according to Ellen Visser.");

        var plan = x.OutcomeContaining("extend its low water forecasts");
        Assert.Equal(OutcomeStatus.Planned, plan.Status);
        Assert.Equal(["Rijkswaterstaat"], plan.Parties);
    }

    [Fact]
    public void A_plan_reported_after_a_long_occasion_and_that_is_no_relative_clause()
    {
        var x = Extract("Minister of Transport Tarek Mansour said in a statement following the meeting that the ministry would allocate EGP 1.8bn to expand the passenger terminal.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("EGP 1.8bn").Status);
    }

    [Fact]
    public void A_sentence_opening_with_an_earlier_year_is_history_and_names_no_outcome_of_the_event()
    {
        var x = Extract(
            "Guatemala and Honduras signed this Tuesday a binational agreement to reduce the waste that the Motagua River carries to the Caribbean.",
            "In 2021, Guatemala approved the Regulation for the Comprehensive Management of Solid Waste, known as Government Agreement 164-2021, which obliges municipalities to separate waste.");

        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("Regulation", StringComparison.Ordinal) || o.Text.Contains("Government Agreement", StringComparison.Ordinal));
        Assert.Equal(OutcomeStatus.Signed, x.OutcomeContaining("binational agreement").Status);
    }

    [Fact]
    public void A_proposal_coordinated_with_a_reported_clause_is_the_reported_speakers()
    {
        var x = Extract(
            "Youssef Alami, director of the National Library of Morocco, said the archive was ready.",
            "Alami noted that the library had catalogued its collection over the past decade, and proposed that the four partners adopt a single standard for describing manuscripts.");

        var proposal = x.OutcomeContaining("single standard for describing manuscripts");
        Assert.Equal(OutcomeStatus.Proposed, proposal.Status);
        Assert.Equal(x.Speaker("Youssef Alami").Id, proposal.AnnouncedBy);
    }

    [Fact]
    public void What_an_agreement_provides_for_describes_it_and_is_no_plan_of_its_own()
    {
        var x = Extract(
            "Ukraine, Poland and Lithuania signed a memorandum on training prosthetists.",
            "Under the memorandum, Polish and Lithuanian universities will admit Ukrainian students, and the three countries will recognize each other's clinical placements.",
            "The Lithuanian ministry said Lithuania would certify 40 prosthetists by 2028 and inspect the workshops.");

        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("Ukrainian students", StringComparison.Ordinal) || o.Text.Contains("placements", StringComparison.Ordinal));
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("certify 40 prosthetists").Status);
    }

    [Theory]
    [InlineData("Bihar's health secretary Amar Prasad said India would post 140 rapid-response teams in the districts bordering Nepal.", "post 140 rapid-response teams")]
    [InlineData("Livestock director Agus Santoso said Indonesia would vaccinate two million cattle against lumpy skin disease this year.", "vaccinate two million cattle")]
    [InlineData("Bursa chief Zul Hamzah said Malaysia would bear the cost of the first phase of the integration.", "bear the cost of the first phase")]
    public void Plans_of_posting_vaccinating_and_bearing_costs_are_planned(string sentence, string words)
    {
        var x = Extract(sentence);

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining(words).Status);
    }

    [Fact]
    public void Plans_reported_with_more_verbs_and_the_Kingdom_for_a_country_are_planned()
    {
        var x = Extract(
            "Oman and Jordan agreed on Monday to link their power grids.",
            "Omani Energy Minister Salim al-Harthy said the Kingdom would finance route studies for the undersea cable.",
            "He added that Oman would install 40 new smart meters in Muscat, and Jordan would set aside 2 000 hectares of land for solar farms.",
            "He said the Kingdom would also share its experience with desert solar plants.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("route studies").Status);
        Assert.Equal(["Oman"], x.OutcomeContaining("route studies").Parties);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("smart meters").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("2 000 hectares").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("experience", StringComparison.Ordinal));
    }

    [Fact]
    public void Sums_with_currency_signs_proposals_to_adopt_cities_and_named_bodies_are_read()
    {
        var x = Extract(
            "Mei Takahara, a transport specialist at the Asian Development Bank, said the bank would provide a $2.5 million grant.",
            "She proposed that the three countries adopt a common axle-load standard.",
            "He suggested that the four countries explore a common transit bond.",
            "Deputy Minister Lola Karimova said Tashkent would open a joint customs centre at the border.",
            "She said the National Seed Research Council will build a seed laboratory in Pretoria.");

        Assert.Equal(["Asian Development Bank"], x.OutcomeContaining("$2.5 million grant").Parties);
        Assert.Equal(OutcomeStatus.Proposed, x.OutcomeContaining("common axle-load standard").Status);
        Assert.Equal(OutcomeStatus.Proposed, x.OutcomeContaining("common transit bond").Status);
        Assert.Equal(["Uzbekistan"], x.OutcomeContaining("joint customs centre").Parties);
        Assert.Equal(["National Seed Research Council"], x.OutcomeContaining("seed laboratory").Parties);
    }

    [Fact]
    public void A_concrete_action_by_a_named_party_is_planned_but_not_without_one()
    {
        var x = Extract(
            "Trade Minister Aziz Rahimov said Tajikistan would introduce round-the-clock operation at the Fotehobod crossing.",
            "The centre would train young engineers in three shifts.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("round-the-clock operation").Status);
        Assert.Equal(["Tajikistan"], x.OutcomeContaining("round-the-clock operation").Parties);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("young engineers", StringComparison.Ordinal));
    }

    [Fact]
    public void Plans_to_drill_draft_run_and_fund_a_study_and_a_speakers_own_department_are_read()
    {
        var x = Extract(
            "Water Minister Selma Nghipandulwa announced that Namibia would drill 40 new monitoring boreholes along the border.",
            "Lindiwe Mokoena, deputy director general at South Africa's Department of Water, said her department would connect its 15 stations to the network.",
            "He said Kazakh Railways would run a weekly block train from Almaty to Aktau, and Kazakhstan would fund a feasibility study on electrifying the line.",
            "The forum's next edition will be held in Muscat, organisers said.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("monitoring boreholes").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("15 stations").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("weekly block train").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("feasibility study").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("next edition").Status);
    }

    [Fact]
    public void Ministers_meeting_again_and_a_speakers_agency_by_acronym_are_planned()
    {
        var x = Extract(
            "KARI Administrator Lee Min-jae said the agency would launch a solar observation satellite in 2028.",
            "The three ministers will meet again in Porto in November to review preparations.");

        Assert.Equal(["KARI"], x.OutcomeContaining("solar observation satellite").Parties);
        Assert.Equal("The three ministers will meet again in Porto in November", x.OutcomeContaining("meet again").Text);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("meet again").Status);
    }

    [Fact]
    public void Plans_said_as_due_set_or_expected_are_planned_in_reported_speech_too()
    {
        var x = Extract(
            "Ghana and Togo signed a border health accord on Monday.",
            "The Ghana Health Service is due to distribute 40 motorbikes to border clinics before the end of the year.",
            "Minister Kojo Mensah said the national laboratory was set to start the first tests in September.",
            "The health ministers are due to meet again in Lomé in October to review progress.",
            "The two agencies are expected to review the surveillance system at a meeting in Accra in 2027.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("40 motorbikes").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("first tests").Status);
        Assert.Equal("The health ministers are due to meet again in Lomé in October", x.OutcomeContaining("meet again").Text);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("surveillance system").Status);
    }

    [Fact]
    public void Items_of_a_list_complete_the_clause_that_opened_it()
    {
        var x = Extract(
            "Kenya and Tanzania signed a border trade accord on Friday.",
            "The two ministers also agreed on:",
            "• common rules for weighing trucks;",
            "- a joint inspection post at Namanga.",
            "Traders welcomed the changes.",
            "• Prices rose last year.");

        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("weighing trucks").Status);
        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("joint inspection post").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("Prices", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_meeting_his_services_plan_and_paying_for_or_dedicating_are_planned()
    {
        var x = Extract(
            "Slovakia and Poland signed a mountain rescue agreement on Monday.",
            "The working group is expected to meet for the first time in Zakopane in July.",
            "Ondrej Smolko, director of the HZS, said his service would station a rescue team at the Popradské pleso hut on summer weekends.",
            "Minister Jan Novak said Slovakia would dedicate part of the grant to new radios.",
            "Deputy Minister Anna Kowal said Poland would pay for the restoration of the mountain huts.");

        Assert.Equal("The working group is expected to meet for the first time in Zakopane in July", x.OutcomeContaining("first time").Text);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("rescue team").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("part of the grant").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("restoration").Status);
    }

    [Fact]
    public void Sums_with_the_verb_left_out_may_be_bodies_by_acronym_in_any_currency()
    {
        var x = Extract("The Commission committed €35 million from Horizon Europe, JST ¥4 billion and NSERC C$20 million, the three agencies said.");

        Assert.Equal(["JST"], x.OutcomeContaining("¥4 billion").Parties);
        Assert.Equal(["NSERC"], x.OutcomeContaining("C$20 million").Parties);
        Assert.Equal(OutcomeStatus.Committed, x.OutcomeContaining("C$20 million").Status);
    }

    [Fact]
    public void A_second_verb_of_a_plan_ends_its_object_but_a_purposes_second_verb_does_not()
    {
        var x = Extract(
            "Kazakhstan and Uzbekistan launched a dust monitoring network.",
            "Vice Minister Gulnara Bekmu said Kazakhstan would install six more stations around the Small Aral Sea and connect them to the network by 2027.",
            "He said the Thai government would provide 30 million baht to train and equip village fire-watch volunteers on both sides of the Mekong.");

        Assert.Equal("six more stations around the Small Aral Sea", x.OutcomeContaining("six more stations").Text);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("30 million baht").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("volunteers", StringComparison.Ordinal) && !o.Text.Contains("baht", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speakers_own_body_written_with_a_capital_is_theirs()
    {
        var x = Extract(
            "MAJURO – The Marshall Islands and Palau launched a vaccine cold chain network.",
            "Minister of Health Jemima Langrine-Lometo said the Ministry would install solar refrigerators on all 24 outer islands.",
            "Environment Minister Kirsten Maddigan of Australia said the Territory would fund two fire officers for a full season.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("solar refrigerators").Status);
        Assert.Equal(["Marshall Islands"], x.OutcomeContaining("solar refrigerators").Parties);
        Assert.Equal("fund two fire officers for a full season", x.OutcomeContaining("fire officers").Text);
    }

    [Theory]
    [InlineData("The regulators will meet again in Nairobi in May.", "The regulators will meet again in Nairobi in May")]
    [InlineData("The three cities will meet again in Bogotá in 2027.", "The three cities will meet again in Bogotá in 2027")]
    [InlineData("The joint council will meet again in Suva in March to review progress.", "The joint council will meet again in Suva in March")]
    public void Any_group_of_the_parties_meeting_again_is_the_next_meeting(string sentence, string meeting)
    {
        var x = Extract("Kenya and Uganda signed a data-sharing accord on Monday.", sentence);

        Assert.Equal(meeting, x.OutcomeContaining("meet again").Text);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("meet again").Status);
    }

    [Fact]
    public void More_concrete_actions_and_a_speakers_body_called_by_its_trade_are_planned()
    {
        var x = Extract(
            "The Deputy Governor of the Central Bank of Nigeria, Mrs Funmilayo Adeyemi-Bakare, said the apex bank would issue a circular by September directing banks to connect.",
            "Taipei Veterans General Hospital superintendent Hsu Chih-ming said the hospital would station a team of two doctors in Majuro.",
            "EirGrid chief executive Fergal Tuohy said the grid operator would launch a tender for the first offshore substation.",
            "Swiss State Secretary Corinne Wälchli-Hofer said Switzerland would lead a delegation of about 60 companies to Bengaluru in September.");

        Assert.Equal(["Central Bank of Nigeria"], x.OutcomeContaining("circular").Parties);
        Assert.Equal(["Taipei Veterans General Hospital"], x.OutcomeContaining("two doctors").Parties);
        Assert.Equal(["EirGrid"], x.OutcomeContaining("tender").Parties);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("delegation").Status);
        Assert.Equal(["Switzerland"], x.OutcomeContaining("delegation").Parties);
    }

    [Fact]
    public void A_party_joined_by_and_to_a_longer_subject_shares_the_verb()
    {
        var x = Extract(
            "China and the member states of the Association of Southeast Asian Nations (ASEAN) on Thursday pledged deeper cooperation in artificial intelligence.",
            "The forum opened on Monday and the ministers launched a regional data centre.");

        Assert.Equal(["China", "ASEAN"], x.OutcomeContaining("deeper cooperation").Parties);
        Assert.DoesNotContain("Monday", x.OutcomeContaining("data centre").Parties);
    }

    [Fact]
    public void A_planned_action_is_named_with_its_verb_and_a_created_thing_or_sum_by_itself()
    {
        var x = Extract(
            "Vice Minister Pyeon Do-hyeon said South Korea would send a team of 15 engineers to Jakarta in May.",
            "Minister Jayasekara said the Government would release 32 Indian fishermen held in Jaffna as a goodwill gesture.",
            "Annelies Hoogendoorn, Chief Commercial Officer of the Port of Rotterdam Authority, said the port would open a representative office in Muscat.",
            "He said the Government would contribute TT$15 million to the facility over three years.");

        Assert.StartsWith("send a team of 15 engineers", x.OutcomeContaining("15 engineers").Text, StringComparison.Ordinal);
        Assert.StartsWith("release 32 Indian fishermen", x.OutcomeContaining("32 Indian fishermen").Text, StringComparison.Ordinal);
        Assert.StartsWith("representative office in Muscat", x.OutcomeContaining("representative office").Text, StringComparison.Ordinal);
        Assert.Equal(["Port of Rotterdam Authority"], x.OutcomeContaining("representative office").Parties);
        Assert.StartsWith("TT$15 million", x.OutcomeContaining("TT$15 million").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plans_of_named_bodies_more_plan_verbs_proposals_that_a_party_act_and_history_far_after_the_verb()
    {
        var x = Extract(
            "He said the Thai government would provide training, adding that the Pollution Control Department would publish daily hotspot maps in Thai, Lao and Burmese.",
            "Minister Laksmi Siregar told reporters that Indonesia would repatriate 47 Vietnamese fishermen held in Pontianak.",
            "Minister Truong Quoc Khanh proposed that the two countries exchange lists of licensed vessels every month.",
            "Iran and Russia signed an intergovernmental agreement on the construction of the Rasht-Astara railway in May 2023.");

        Assert.Equal(["Pollution Control Department"], x.OutcomeContaining("hotspot maps").Parties);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("47 Vietnamese fishermen").Status);
        Assert.Equal(OutcomeStatus.Proposed, x.OutcomeContaining("licensed vessels").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("Rasht-Astara", StringComparison.Ordinal));
    }

    [Fact]
    public void WHO_as_a_subject_and_a_plan_after_adding_that_are_no_relative_clauses()
    {
        var x = Extract(
            "The WHO Representative in Papua New Guinea, Dr Ahmed Farouk Lutfi, said WHO would deploy two TB specialists to Daru.",
            "Managing director Dennis Cheruiyot of the Kenya Tea Development Agency (KTDA) said buyers wanted packs, adding that KTDA would open a packaging unit in Dubai.",
            "Deputy Permanent Secretary Wannaporn Sitthichai said Thailand would host the first group of 60 Lao instructors at 12 colleges.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("TB specialists").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("packaging unit").Status);
        Assert.StartsWith("host the first group", x.OutcomeContaining("Lao instructors").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speakers_body_named_by_its_kind_plans_what_it_will_do_but_a_thing_just_launched_does_not()
    {
        var x = Extract(
            "VANCOUVER - Canada and ASEAN launched a trade gateway and a new training centre on Tuesday.",
            "British Columbia's Minister of Jobs, Amrit Sekhon, said the province would lead a trade mission of about 40 companies to Jakarta in November.",
            "Rector Hrachya Tsatur said the university would reserve clinical placements in regional hospitals for foreign students.",
            "Transport Minister Evans Banda said Government would start paying compensation to households along the railway line.",
            "Director Aline Uwimana said the new centre would train 2,000 technicians over five years.",
            "Jeremiah Tepaika said the road was part of the Government’s plan to connect every provincial capital by 2030.");

        Assert.Equal(["Canada"], x.OutcomeContaining("trade mission").Parties);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("clinical placements").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("paying compensation").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("2,000 technicians", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("provincial capital", StringComparison.Ordinal));
    }

    [Fact]
    public void A_government_no_one_speaks_for_is_the_one_where_the_report_is_filed_after_a_capitals_dateline_and_its_dash()
    {
        var x = Extract(
            "ABUJA—THE Federal Government, yesterday, signed a fertiliser supply protocol with Ghana, Benin and Togo, under which licensed dealers will buy at published prices.",
            "The ministers also agreed to set up a joint monitoring committee.");

        var protocol = x.OutcomeContaining("fertiliser supply protocol");
        Assert.Equal(["Nigeria", "Ghana", "Benin", "Togo"], protocol.Parties);
        Assert.NotEmpty(x.OutcomeContaining("joint monitoring committee").Parties);
    }

    [Fact]
    public void The_countries_a_thing_was_signed_with_are_its_parties_but_support_from_a_body_is_no_partner()
    {
        var x = Extract(
            "Japan signed a memorandum with Vietnam, Laos and Cambodia on rice seed.",
            "Brazil launched a soil data platform with support from Germany.");

        Assert.Equal(["Japan", "Vietnam", "Laos", "Cambodia"], x.OutcomeContaining("memorandum").Parties);
        Assert.Equal(["Brazil"], x.OutcomeContaining("soil data platform").Parties);
    }

    [Fact]
    public void A_condition_is_no_outcome_and_a_partys_plan_to_provide_store_adapt_or_choose_is_a_plan()
    {
        var x = Extract(
            "BRUSSELS - The EU and the African Union signed a seed partnership on Tuesday.",
            "Envoy Fiona Hartley warned that private investors would stay away until the rules for grid access were finalised.",
            "Minister Pieter de Groot said the Netherlands would only release its share once the site and its electricity supply were agreed.",
            "WHO Representative Elena Castellano said WHO would provide technical support to prepare the common screening guidelines.",
            "Director Meera Iyer said ISARC would store duplicate samples of every variety at its seed bank in Varanasi.",
            "Minister Ricardo Chiappe said Peru would adapt its customs systems before the end of 2026.");

        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("grid access", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("electricity supply", StringComparison.Ordinal));
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("technical support").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("duplicate samples").Status);
        Assert.Equal(["Peru"], x.OutcomeContaining("customs systems").Parties);
    }

    [Fact]
    public void What_a_new_bodys_clause_or_a_thing_announced_somewhere_will_do_is_no_partys_plan()
    {
        var x = Extract(
            "DHAKA - Bangladesh and Japan signed a loan agreement on Monday.",
            "JICA chief representative Ichiro Yano said JICA would send a team of port management experts in August.",
            "The two sides also agreed to set up a joint monitoring committee that will review progress every six months.",
            "The window, announced at the ISA Assembly in New Delhi, will offer concessional loans and guarantees through national development banks.");

        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("joint monitoring committee").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("review progress", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("concessional loans", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_written_out_or_a_place_between_the_verb_and_what_was_done_is_neither_the_thing_nor_a_break_in_the_subject()
    {
        var x = Extract(
            "Japan and the 11 member states of ASEAN agreed on Nov. 5 to set up a joint system that uses satellite data to monitor rice harvests.",
            "Trade ministers of the D-8 Organization for Economic Cooperation agreed on Wednesday in Istanbul to extend tariff cuts to about 1,200 more products.",
            "Vietnam, Laos and Cambodia on March 27 signed a memorandum of understanding on rail links.",
            "The Organisation of Eastern Caribbean States (OECS) was established on June 18, 1981, when seven countries signed the Treaty of Basseterre.");

        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("joint system").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("Nov.", StringComparison.Ordinal));
        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("tariff cuts").Status);
        Assert.Equal(["Vietnam", "Laos", "Cambodia"], x.OutcomeContaining("rail links").Parties);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("OECS", StringComparison.Ordinal));
    }

    [Fact]
    public void A_share_named_by_its_sum_is_the_sum_and_a_cut_relative_clause_leaves_no_preposition()
    {
        var x = Extract(
            "Germany pledged the largest single share, 150 million euros, Ukraine's Energy Minister Taras Dovhaniuk said at the conference.",
            "Vice Minister Andrea Benalcázar proposed a common threshold below which small parcels would not pay import duties.");

        Assert.Equal("150 million euros", x.OutcomeContaining("million euros").Text);
        Assert.Equal("common threshold", x.OutcomeContaining("threshold").Text);
    }

    [Fact]
    public void A_list_of_signatories_is_the_parties_and_does_not_hide_the_year_that_makes_a_signing_history()
    {
        var x = Extract(
            "AUCKLAND - Digital trade ministers met on Thursday.",
            "DEPA was signed by New Zealand, Singapore and Chile in 2020, and South Korea joined in 2024.",
            "The Andean fisheries pact was signed by Chile, Peru and Ecuador on Tuesday.");

        Assert.DoesNotContain(x.Outcomes, o => o.Text == "DEPA");
        Assert.Equal(["Chile", "Peru", "Ecuador"], x.OutcomeContaining("fisheries pact").Parties);
    }

    [Fact]
    public void The_unit_a_speakers_role_names_plans_what_it_will_do()
    {
        var x = Extract(
            "PRETORIA - South Africa's climate finance partners pledged more money on Tuesday.",
            "According to Zanele Kubheka, who heads the JET project management unit in the Presidency, grants make up only about 4% of the money.",
            "Kubheka said the unit would publish a public tracker of disbursements every quarter.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("public tracker").Status);
    }

    [Fact]
    public void Sums_after_a_currency_code_are_sums_and_being_committed_to_something_is_no_commitment()
    {
        var x = Extract(
            "DILI - Timor-Leste signed teacher training agreements on Thursday.",
            "Ambassador Claire Hughes said Australia would provide AUD 12 million over four years for early-grade reading.",
            "Deputy Minister Suhad al-Khafaji said the federal government was committed to closing the camps.");

        Assert.StartsWith("AUD 12 million", x.OutcomeContaining("AUD 12 million").Text, StringComparison.Ordinal);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("federal government", StringComparison.Ordinal));
    }

    [Fact]
    public void Plans_of_a_body_by_its_short_name_and_plans_before_a_clause_of_history_are_plans()
    {
        var x = Extract(
            "LUANDA - The Agrarian Development Institute (IDA) and the Brazilian Agricultural Research Corporation (Embrapa) signed an agreement on Tuesday.",
            "Ambassador Paulo Fontenele said Embrapa would send ten researchers to Malanje for three years.",
            "He specified that Bulgaria would assign the minehunter Tsibar to the survey from June and pointed out that the navy had neutralised 14 mines since February 2022.",
            "Mihaela Pop said Romania would take over command of the group in July.");

        Assert.Equal(["Embrapa"], x.OutcomeContaining("ten researchers").Parties);
        Assert.Equal(OutcomeStatus.Signed, Extract("The two institutes on Tuesday signed in the city of Malanje a technical cooperation agreement on cassava research.")
            .OutcomeContaining("technical cooperation agreement").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("minehunter Tsibar").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("command of the group").Status);
        var more = Extract(
            "ALGIERS - Tunisia and Algeria launched a tourism circuit on Tuesday.",
            "Minister Kamel Bouras affirmed that Algeria would simplify visa procedures for tourists booked on the circuit.",
            "Ambassador Hervé Marchand said France would second two architects to the fund’s technical committee.",
            "Minister Ana Mabiala said her government would suspend new oil exploration permits inside mapped peat areas.");
        Assert.Equal(OutcomeStatus.Planned, more.OutcomeContaining("visa procedures").Status);
        Assert.Equal(OutcomeStatus.Planned, more.OutcomeContaining("two architects").Status);
        Assert.Equal(OutcomeStatus.Planned, more.OutcomeContaining("exploration permits").Status);
    }

    [Fact]
    public void A_ministry_named_in_full_is_the_party_to_its_own_plan()
    {
        var x = Extract(
            "SUVA, May 1 - Fiji and Tonga on Friday launched the Pacific Mangrove Alliance.",
            "Fiji's Minister for Environment and Climate Change Semesa Tuivanuavou said seawalls had failed.",
            "He said the Ministry of Environment and Climate Change would plant one million mangrove seedlings by 2028.");

        var plan = x.OutcomeContaining("one million mangrove seedlings");
        Assert.Equal(OutcomeStatus.Planned, plan.Status);
        Assert.Equal(["Ministry of Environment and Climate Change"], plan.Parties);
    }

    [Fact]
    public void Every_party_of_a_list_before_the_verb_is_a_party_also_after_a_datelines_dash()
    {
        var x = Extract(
            "Rome, May 14 (Agenzia Nova) - Italy, Ethiopia, Uganda and Kenya today signed a memorandum on a coffee value chain programme.",
            "Côte d'Ivoire, Ghana and Cameroon on Tuesday launched a cocoa traceability platform.",
            "The ministers of Kenya, Togo, Mali and Benin adopted a joint cocoa strategy.");

        Assert.Equal(["Italy", "Ethiopia", "Uganda", "Kenya"], x.OutcomeContaining("coffee value chain").Parties);
        Assert.Equal(["Cote d'Ivoire", "Ghana", "Cameroon"], x.OutcomeContaining("cocoa traceability platform").Parties);
        Assert.Equal(["Kenya", "Togo", "Mali", "Benin"], x.OutcomeContaining("joint cocoa strategy").Parties);
    }

    [Fact]
    public void An_events_name_a_dated_founding_a_french_bodys_plan_and_cleaning_are_read_as_they_are()
    {
        var x = Extract(
            "XI'AN, May 20 (Xinhua) -- China and the five Central Asian countries on Tuesday launched a capacity-building center and pledged to deepen cooperation in artificial intelligence, as officials gathered here for the China-Central Asia Forum on Artificial Intelligence Cooperation.",
            "The Organisation of Eastern Caribbean States (OECS) was established on June 18, 1981, by seven countries.",
            "The minister announced that the Conseil du Café-Cacao (CCC) would register the remaining 200,000 cocoa farms.",
            "Argentina's Undersecretary of Water Resources, Valeria Ottonello Ferrero, said Argentina would clean 18 kilometres of the diversion channel.");

        Assert.Equal(OutcomeStatus.Pledged, x.OutcomeContaining("cooperation in artificial intelligence").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("Forum", StringComparison.Ordinal) || o.Text.Contains("Eastern Caribbean", StringComparison.Ordinal));
        Assert.Equal(["Conseil du Café-Cacao (CCC)"], x.OutcomeContaining("200,000 cocoa farms").Parties);
        Assert.Equal(["Argentina"], x.OutcomeContaining("18 kilometres").Parties);
    }

    [Fact]
    public void Plans_of_a_speakers_body_named_by_its_kind_or_acronym_and_of_a_territory_are_read()
    {
        var x = Extract(
            "ARUSHA, June 4 - Tanzania and Kenya launched a clean cooking finance compact.",
            "Nenad Stojiljković, director of Serbia's Republic Water Directorate, said Serbia welcomed the protocol. He told MTI that the directorate would hire 15 additional hydrologists.",
            "Liesbeth Vanderkerckhove, Head of the Energy Access Unit at the IEA, said the Agency would publish an annual tracking report on clean cooking finance starting in 2027.",
            "Tesfaye Gebremariam Alemu, director general of EIAR, said the institute would release two new rust-resistant bread wheat varieties.",
            "Rosemary Chebet Sitienei said the act had helped, and announced that Kenya would place 5,000 more promoters on county payrolls.",
            "According to Adaeze Okonjo-Banda, regional director for Africa at the C40 Cities network, C40 will fund a feasibility study for a bike-share scheme.",
            "Joaquin Sablan Taisague, administrator of the Guam Department of Agriculture, said Guam would install 20 new temperature loggers.");

        Assert.Equal(["Republic Water Directorate"], x.OutcomeContaining("15 additional hydrologists").Parties);
        var report = x.OutcomeContaining("annual tracking report");
        Assert.Equal(("publish an annual tracking report on clean cooking finance", "IEA"), (report.Text, report.Parties.Single()));
        Assert.Equal(["EIAR"], x.OutcomeContaining("rust-resistant").Parties);
        Assert.Equal(["Kenya"], x.OutcomeContaining("5,000 more promoters").Parties);
        Assert.Equal(["C40"], x.OutcomeContaining("feasibility study").Parties);
        Assert.Equal(["Guam"], x.OutcomeContaining("temperature loggers").Parties);
    }

    [Fact]
    public void Plans_to_convert_resurface_cap_select_and_keep_are_plans()
    {
        var x = Extract(
            "KOŠICE, March 18 - Slovakia, the Czech Republic and Ukraine launched a hydrogen corridor study.",
            "Slovakia's Economy Minister Marek Hudec said Slovakia would convert 120 kilometres of its existing transit pipeline to carry hydrogen by 2030.",
            "Guinea-Bissau's Transport Minister Domingos Sanca said Guinea-Bissau would resurface the runway in Bissau before the end of 2027.",
            "Kyrgyzstan's Deputy Minister Azamat Toktobaev said Kyrgyzstan would keep the Irkeshtam border post open around the clock from May.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("120 kilometres").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("runway in Bissau").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("Irkeshtam border post").Status);
    }

    [Fact]
    public void A_thing_agreed_with_no_preposition_is_agreed_but_agreeing_with_someone_is_not()
    {
        var x = Extract(
            "LONDON, Oct 13 - Regulators from the UK, Nigeria, Ghana and Kenya have agreed a joint quality framework for transnational education.",
            "The minister agreed with the critics that the timetable was tight.");

        var framework = x.OutcomeContaining("joint quality framework");
        Assert.Equal(OutcomeStatus.Agreed, framework.Status);
        Assert.Equal(["United Kingdom", "Nigeria", "Ghana", "Kenya"], framework.Parties);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("critics", StringComparison.Ordinal));
    }

    [Fact]
    public void A_proposal_that_a_party_acts_names_what_it_would_do_whatever_the_verb()
    {
        var x = Extract(
            "Japan and Malaysia signed a carbon storage pact.",
            "Minister Kenji Morita proposed that the two countries jointly order a first fleet of carbon carriers from Japanese shipyards, saying that shared orders would cut costs.",
            "Minister Ewa Kowalczyk-Nowak proposed that the three countries draw up common operating rules for reservoirs on the river's tributaries.",
            "Minister Aibek Sultanaliev suggested that elders be paid as co-instructors in every course.",
            "Minister Aibek Sultanaliev proposed that the region's economy needed more trade.",
            "Minister Aibek Sultanaliev proposed that it be.");

        Assert.Equal(OutcomeStatus.Proposed, x.OutcomeContaining("first fleet of carbon carriers").Status);
        Assert.Equal(OutcomeStatus.Proposed, x.OutcomeContaining("common operating rules for reservoirs").Status);
        Assert.Equal(OutcomeStatus.Proposed, x.OutcomeContaining("elders be paid").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("economy", StringComparison.Ordinal));
    }

    [Fact]
    public void Plans_of_a_countrys_own_body_a_consulate_and_sums_given_as_an_equivalent_are_planned()
    {
        var x = Extract(
            "Kyrgyzstan and Tajikistan signed grants for a shared river.",
            "Minister Rustam Nazarzoda said Tajikistan would contribute the equivalent of $2.5 million, mainly through land.",
            "Estonia’s Ministry of Education and Research will fund the helpdesk for its first two years, he said.",
            "Consul General Farhad Rahimi-Nejad said the consulate would issue multiple-entry visas to traders within 48 hours.",
            "Chief executive Mere Tawhiri says the organisation will fly a team of three glaciologists to the base in December.",
            "Director General Peter Kamau Njoroge disclosed that the Authority intends to advertise tenders for a border post before the end of the year.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("$2.5 million").Status);
        Assert.Equal(["Estonia"], x.OutcomeContaining("helpdesk").Parties);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("multiple-entry visas").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("three glaciologists").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("tenders for a border post").Status);
    }

    [Fact]
    public void A_time_set_off_by_commas_after_signed_is_skipped_and_a_proposed_thing_or_a_signing_between_others_is_no_outcome()
    {
        var x = Extract(
            "Morocco, Nigeria and Mauritania signed, on Tuesday in Rabat, an intergovernmental agreement on the northern section of the pipeline.",
            "The commissioner recalled the memorandum of understanding signed between the ECOWAS Commission, Morocco and Nigeria in Abuja in 2022.",
            "The compact asks universities to screen proposed partnerships in fields such as quantum technology.");

        Assert.Equal(OutcomeStatus.Signed, x.OutcomeContaining("intergovernmental agreement").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.StartsWith("between", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("partnerships", StringComparison.Ordinal));
    }

    [Fact]
    public void Times_and_places_between_a_verb_and_its_object_are_skipped_one_after_another()
    {
        var x = Extract(
            "The ministers of Lebanon, Syria and Jordan agreed on Tuesday, at the close of a meeting held in Beirut, to adopt a shared harvest calendar.",
            "Chad, Niger and Nigeria adopted on Wednesday in N'Djamena common quality grades for sesame.",
            "Brazil, Peru and Colombia signed on Tuesday (29), in the Colombian city of Leticia, a protocol on river-level readings.");

        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("shared harvest calendar").Status);
        Assert.Equal(OutcomeStatus.Adopted, x.OutcomeContaining("common quality grades").Status);
        Assert.Equal(OutcomeStatus.Signed, x.OutcomeContaining("protocol on river-level readings").Status);
    }

    [Fact]
    public void A_date_the_wire_style_writes_without_on_is_no_part_of_the_thing_and_a_participle_before_from_is_no_launch()
    {
        var x = Extract(
            "Member states of the Asia-Pacific Space Cooperation Organization approved a plan March 2 to build a shared network of optical telescopes.",
            "The ministers agreed to finish the feasibility study by March 2.",
            "The airport has been closed several times because of balloons launched from Belarus.");

        Assert.Equal("plan to build a shared network of optical telescopes", x.OutcomeContaining("optical telescopes").Text);
        Assert.Contains("by March 2", x.OutcomeContaining("feasibility study").Text, StringComparison.Ordinal);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("Belarus", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plural_possessive_inside_a_name_leaves_the_name_whole_and_names_no_outcome_by_its_owner()
    {
        var x = Extract(
            "The minister said that Kyrgyzstan would send 50 teachers from its southern regions to the Samarkand centre in the first year.",
            "Following the meeting, the heads of the four delegations launched the Central Asian Teachers' Online Academy.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("send 50 teachers").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text == "Central Asian Teachers");
    }

    [Fact]
    public void A_thing_named_before_and_dated_is_no_new_outcome_but_a_dated_plan_is_one()
    {
        var x = Extract(
            "The Bank's Board of Directors approved the financing on 22 April 2026.",
            "The bank's board approved the grants in November.");
        var planned = Extract(
            "Lesotho and South Africa launched an electronic traceability system for wool and mohair.",
            "A joint committee of the two countries will review the system in March.");

        Assert.DoesNotContain(x.Outcomes, o => o.Status == OutcomeStatus.Approved);
        Assert.Equal(OutcomeStatus.Planned, planned.OutcomeContaining("review the system in March").Status);
    }

    [Fact]
    public void Today_a_full_date_with_its_year_and_a_dateline_s_month_May_leave_what_was_agreed_readable()
    {
        var x = Extract(
            "Representatives of Brazil, Chile and Uruguay agreed today to create a regional network of regulatory sandboxes for artificial intelligence.",
            "Peru and Ecuador agreed on 12 May 2026 to set up a joint laboratory for seed testing.",
            "CAIRO – 12 May 2026: Egypt, Kenya, Rwanda and Ghana agreed on Tuesday to set up an African academy for artificial intelligence talent in Cairo.");

        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("regulatory sandboxes").Status);
        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("joint laboratory for seed testing").Status);
        Assert.Equal(OutcomeStatus.Agreed, x.OutcomeContaining("African academy").Status);
    }

    [Fact]
    public void Plans_to_require_co_finance_or_start_a_clinic_and_a_signing_in_a_city_named_with_de_are_read()
    {
        var x = Extract(
            "Argentina, Chile and Bolivia signed this Thursday in San Salvador de Jujuy a memorandum of understanding to jointly monitor groundwater.",
            "Gustavo Aramayo, president of the provincial state company JEMSE, said the province would require every lithium company operating in Jujuy to connect its wells to the new network.",
            "According to Ilse Dewulf, a director at the European Commission, the Commission will co-finance the shared platform from the EU's veterinary emergency funds.",
            "Dr Ravi Sen said the institute would start a telemedicine clinic this year for follow-up consultations.");

        Assert.Equal(OutcomeStatus.Signed, x.OutcomeContaining("monitor groundwater").Status);
        Assert.Equal("require every lithium company operating in Jujuy to connect its wells to the new network", x.OutcomeContaining("lithium company").Text);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("co-finance the shared platform").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("telemedicine clinic").Status);
    }

    [Fact]
    public void What_people_also_did_joining_others_in_signing_and_a_laboratory_s_plan_are_outcomes_but_a_move_said_to_help_is_none()
    {
        var x = Extract(
            "The platform was launched by officials from China, Laos and Cambodia, who also signed a memorandum of understanding on sharing language data.",
            "The United States and Japan joined Palau and Tonga on Wednesday in signing a framework agreement on sharing repair ships for undersea cables.",
            "The Bahamas and Guyana yesterday signed an agreement for the supply of corn and soybean meal to Bahamian poultry and egg producers, in a move ministers said would cut feed costs and reduce this nation's reliance on US grain.",
            "\"We built it,\" said Zou Yiming, a researcher at the Shanghai Artificial Intelligence Laboratory.",
            "He said the laboratory would release an open-source version of the Lao and Khmer models by the end of the year.");

        Assert.Equal(["China", "Laos", "Cambodia"], x.OutcomeContaining("language data").Parties);
        Assert.Equal(["United States", "Japan", "Palau", "Tonga"], x.OutcomeContaining("repair ships").Parties);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("feed costs", StringComparison.Ordinal));
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("open-source version").Status);
    }

    [Fact]
    public void A_next_meeting_of_officials_of_the_parties_is_planned_and_a_city_like_Can_Tho_names_no_bloc()
    {
        var x = Extract(
            "Officials of the two countries will meet again in Can Tho in August.",
            "The three chief veterinary officers plan to meet again in Mexico City in October.");

        var canTho = x.OutcomeContaining("meet again in Can Tho in August");
        Assert.Equal(OutcomeStatus.Planned, canTho.Status);
        Assert.DoesNotContain("Andean Community", canTho.Parties);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("meet again in Mexico City in October").Status);
    }

    [Fact]
    public void The_parties_counted_as_a_subject_plan_for_themselves_but_a_shared_things_relative_clause_plans_nothing()
    {
        var x = Extract(
            "Vietnam, Laos and Cambodia signed a memorandum to link their QR code payments.",
            "The three central banks will review the first phase of the link at a meeting in Vientiane next year.",
            "The three delegations also launched a shared online dashboard that will publish daily water-level readings from all three shores.");

        var review = x.OutcomeContaining("review the first phase of the link");
        Assert.Equal(OutcomeStatus.Planned, review.Status);
        Assert.Contains("Laos", review.Parties);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("daily water-level readings", StringComparison.Ordinal));
    }

    [Fact]
    public void A_weekday_with_this_and_a_full_date_with_its_year_stand_between_the_verb_and_its_object()
    {
        var x = Extract(
            "Ecuador, Colombia and Peru signed this Thursday, July 16, 2026, in Quito a protocol to coordinate electricity exchanges between the three countries during droughts.");

        var protocol = x.OutcomeContaining("protocol to coordinate electricity exchanges");
        Assert.Equal(OutcomeStatus.Signed, protocol.Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text == "2026");
    }

    [Fact]
    public void A_plural_alone_after_a_concrete_action_is_its_object_where_the_clause_names_who_acts()
    {
        var x = Extract(
            "The Department of Health will train nurses at the Kopfontein and Vioolsdrif border posts to give the injections.",
            "Cyprus, Greece, Egypt and Jordan on Wednesday launched a regional heat-health early warning system that will send alerts to hospitals.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("train nurses").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("send alerts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_next_meeting_in_a_place_is_the_clause_through_its_place_and_time_but_not_a_bodys_routine()
    {
        var x = Extract(
            "South Africa, Botswana and Zimbabwe signed an agreement to vaccinate cattle along their borders.",
            "Veterinary officials from the three countries will meet in Gaborone in August to decide where the first teams will work.",
            "Health officials from the three countries will meet again in Rio Branco, in the Brazilian state of Acre, in March.",
            "He said the council would meet twice a year and report to ministers.");

        Assert.Equal("Veterinary officials from the three countries will meet in Gaborone in August", x.OutcomeContaining("Gaborone").Text);
        Assert.Equal("Health officials from the three countries will meet again in Rio Branco, in the Brazilian state of Acre, in March", x.OutcomeContaining("Rio Branco").Text);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("council", StringComparison.Ordinal));
    }

    [Fact]
    public void A_span_of_time_after_signed_is_no_thing_signed()
    {
        var x = Extract("Nepal first sold electricity to Bangladesh in November 2024 under a three-way deal signed a few weeks earlier.");

        Assert.Empty(x.Outcomes);
    }

    [Fact]
    public void A_participle_after_a_preposition_an_article_or_a_possessive_is_an_adjective_and_since_then_is_history()
    {
        var x = Extract(
            "Israel and the UAE established diplomatic relations in 2020, and hospitals in the two countries have signed several research agreements since then.",
            "Dr. Urassa said Tanzania had committed to keeping goats in approved holding grounds for 21 days before shipment.",
            "Vietnam has committed to accepting certificates from New Zealand’s approved organic certifiers without extra checks at the border.",
            "Under the arrangement, a product certified by an approved certifier in one country can be sold as organic in the other.");

        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("research agreements", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Outcomes, o => o.Status == OutcomeStatus.Approved);
        Assert.Equal(OutcomeStatus.Committed, x.OutcomeContaining("organic certifiers").Status);
    }

    [Fact]
    public void A_signing_supervised_after_a_time_and_place_is_signed()
    {
        var x = Extract("The Minister of Fisheries, Mr. Mohamed Lemine Ould Cheikh, supervised this Wednesday in Nouakchott the signing of a memorandum of understanding on a joint acoustic survey of small pelagic fish stocks between Mauritania, Senegal, Morocco and The Gambia.");

        Assert.Equal(OutcomeStatus.Signed, x.OutcomeContaining("joint acoustic survey").Status);
    }

    [Fact]
    public void A_party_may_plan_to_switch_screen_accredit_or_approve_things()
    {
        var x = Extract(
            "Kyrgyzstan, Kazakhstan and Uzbekistan agreed on Tuesday to share air pollution data.",
            "Aida Sultanalieva, vice mayor of Bishkek, said the city would switch 3,000 private homes from coal to electric heating by the end of 2028.",
            "Pakistan will screen 10 million people in Punjab and Sindh by the end of 2027.",
            "The Director-General of the National Board for Technical Education (NBTE), Musa Garba Yakubu, said the board will accredit 12 new skills centres of excellence this year.",
            "The representative of the Inter-American Development Bank (IDB) in Haiti, Gustavo Irazoqui, announced that the bank would approve a grant of US$20 million for school kitchens before the end of the year.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("3,000 private homes").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("10 million people").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("12 new skills centres").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("grant of US$20 million").Status);
    }

    [Fact]
    public void A_named_bodys_plan_may_have_a_the_inside_its_name_and_fit_record_or_produce_things()
    {
        var x = Extract(
            "Spain, Morocco and Malta signed a customs agreement on Monday.",
            "The Ministry for the Ecological Transition would fund three new laboratories to analyse seized gases.",
            "Health Minister Joe Cutajar said Malta would fit solar systems at the health centres on Gozo by mid-2027.",
            "Agriculture Minister Ana Ruiz announced that the National Institute of Agrarian Innovation (INIA) will produce 500 tonnes of basic seed for the next season.",
            "The National Sign Language Agency would record 20,000 videos of signers before the end of 2027.");

        Assert.Equal(["Ministry for the Ecological Transition"], x.OutcomeContaining("three new laboratories").Parties);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("solar systems").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("500 tonnes of basic seed").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("20,000 videos").Status);
    }

    [Fact]
    public void The_first_of_anything_planned_or_scheduled_for_a_date_is_planned_but_not_any_thing_planned_for_a_place()
    {
        var x = Extract(
            "Guyana and Suriname signed an oil spill response pact on Monday.",
            "The first joint exercise is scheduled for November off the coast of Suriname.",
            "The first joint sampling trip is planned for October.",
            "The new plant is planned for the north of the island.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("first joint exercise").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("first joint sampling trip").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("plant", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meeting_review_or_report_set_for_a_date_or_place_is_planned_however_the_date_is_given()
    {
        var x = Extract(
            "Ghana, Nigeria and Côte d'Ivoire signed a plan against cocoa swollen shoot virus on Tuesday.",
            "The next meeting of the joint technical committee will hold in Abidjan in September.",
            "A review of the arrangements is expected next spring.",
            "The results of the pilot will be presented at a meeting in Tashkent in October.",
            "The first joint report on the winter's pollution is due to be published in April.",
            "The network's first joint review is expected in Cotonou in October.",
            "The harvest is expected in March.");

        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("joint technical committee").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("review of the arrangements").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("results of the pilot").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("first joint report").Status);
        Assert.Equal(OutcomeStatus.Planned, x.OutcomeContaining("first joint review").Status);
        Assert.DoesNotContain(x.Outcomes, o => o.Text.Contains("harvest", StringComparison.Ordinal));
    }
}
