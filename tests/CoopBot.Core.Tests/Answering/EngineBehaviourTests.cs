using CoopBot.Core.Answering;
using CoopBot.Core.Extraction;
using static CoopBot.Core.Tests.Answering.Knowledge;

namespace CoopBot.Core.Tests.Answering;

/// <summary>The engine on small hand-built articles, one behaviour at a time.</summary>
public class EngineBehaviourTests
{
    private static readonly Speaker Sok = Person("Sok Chenda", "Minister of Commerce", country: "Cambodia");
    private static readonly Speaker Nguyen = Person("Nguyen Thi Lan", "Deputy Minister of Industry and Trade", country: "Vietnam");
    private static readonly Speaker Wicaksono = Person("Arif Wicaksono", "deputy head of the National Development Planning Agency", "National Development Planning Agency", "Indonesia");

    private static AnswerEngine Trade() => Engine(
        Article("Mekong trade ministers meet in Phnom Penh", "2025-04-02", [Sok, Nguyen, Wicaksono],
        [
            Said(Sok, "Rice exports to our neighbours must double by 2030", 1),
            Said(Nguyen, "Vietnam will cut tariffs on Cambodian rice", 2, kind: StatementKind.Reported),
            Said(Wicaksono, "ports and roads are the backbone of regional infrastructure", 3, kind: StatementKind.Reported),
            Said(Wicaksono, "Digital payments lower the cost of trade", 4),
        ],
        [
            Done("Mekong Rice Corridor", OutcomeStatus.Launched, 5, "The ministers launched the Mekong Rice Corridor.", parties: ["Cambodia", "Vietnam"]),
            Done("joint customs portal", OutcomeStatus.Proposed, 6, "Vietnam proposed a joint customs portal.", parties: ["Vietnam"]),
            Done("trade facilitation agreement", OutcomeStatus.Signed, 7, "Cambodia and Vietnam signed a trade facilitation agreement.", parties: ["Cambodia", "Vietnam"]),
        ]));

    [Theory]
    [InlineData("What did Wicaksono say?")]
    [InlineData("What did Wicaksomo say?")]   // one letter wrong
    [InlineData("what did arif wikcasono say")] // two edits in a long name
    [InlineData("What did Arif say?")]
    public void A_speaker_is_found_by_any_name_word_even_with_small_typos(string question)
    {
        var answer = Trade().Answer(question);

        Assert.True(answer.Found);
        Assert.StartsWith("**Arif Wicaksono**", answer.Text);
    }

    [Theory]
    [InlineData("What did Wixaksumu say?")]
    [InlineData("What did Arif Santoso say?")]
    public void A_name_beyond_typo_distance_or_with_a_word_the_speaker_lacks_is_not_found(string question)
    {
        var answer = Trade().Answer(question);

        Assert.False(answer.Found);
    }

    [Theory]
    [InlineData("What did the Cambodian minister say?", "Sok Chenda")]
    [InlineData("What did Cambodia say?", "Sok Chenda")]
    [InlineData("what did vietnam say", "Nguyen Thi Lan")]
    [InlineData("What did the Indonesian official say?", "Arif Wicaksono")]
    public void A_country_or_demonym_finds_its_speaker(string question, string speaker)
    {
        var answer = Trade().Answer(question);

        Assert.True(answer.Found);
        Assert.StartsWith($"**{speaker}**", answer.Text);
    }

    [Fact]
    public void A_demonym_with_a_topic_ranks_by_the_topic_within_the_country()
    {
        var answer = Trade().Answer("what did the Indonesian official say about infrastructure?");

        Assert.True(answer.Found);
        Assert.Contains("backbone of regional infrastructure", answer.Text.Split('\n')[1]);
    }

    [Theory]
    [InlineData("Which outcomes were agreed?", new[] { "Launched", "Signed" })]
    [InlineData("what was launched?", new[] { "Launched" })]
    [InlineData("what was signed?", new[] { "Signed" })]
    [InlineData("what was proposed but not yet agreed?", new[] { "Proposed" })]
    public void Status_words_select_the_outcomes_with_those_statuses(string question, string[] statuses)
    {
        var answer = Trade().Answer(question);

        Assert.True(answer.Found);
        var listed = answer.Text.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(statuses.Order(), listed.Order());
    }

    [Fact]
    public void Outcomes_of_a_party_leave_out_outcomes_of_others()
    {
        var answer = Trade().Answer("What did Vietnam propose?");

        Assert.True(answer.Found);
        Assert.Contains("**joint customs portal**", answer.Text);
        Assert.DoesNotContain("Rice Corridor", answer.Text);
    }

    [Fact]
    public void Outcomes_of_two_parties_are_what_they_did_together_with_a_count_of_those_alone()
    {
        var engine = Engine(
            Article("Vietnam and Cambodia sign trade pact", "2025-04-02", outcomes:
            [
                Done("trade facilitation agreement", OutcomeStatus.Signed, 1, "Cambodia and Vietnam signed a trade facilitation agreement.", parties: ["Cambodia", "Vietnam"]),
                Done("Vietnam digital customs window", OutcomeStatus.Launched, 2, "Vietnam launched a digital customs window.", parties: ["Vietnam"]),
            ]),
            Article("Vietnam and Laos open power line", "2025-05-02", outcomes:
            [
                Done("Vietnam-Laos power line", OutcomeStatus.Launched, 1, "Vietnam and Laos launched a power line.", parties: ["Vietnam", "Laos"]),
            ]));

        var together = engine.Answer("What did Cambodia and Vietnam agree?");
        var apart = engine.Answer("What did Laos and Cambodia agree?");

        Assert.True(together.Found);
        Assert.Contains("**trade facilitation agreement**", together.Text);
        Assert.DoesNotContain("customs window", together.Text);
        Assert.DoesNotContain("power line", together.Text);
        Assert.Single(together.Citations);
        // Nothing done together: what either did.
        Assert.True(apart.Found);
        Assert.Contains("power line", apart.Text);
        Assert.Contains("trade facilitation agreement", apart.Text);
    }

    [Fact]
    public void A_ranked_question_about_two_parties_lists_what_both_did_first_and_counts_every_item_of_either()
    {
        // Forty proposals of Vietnam alone, more than a ranked list keeps, and one of Vietnam and Laos together.
        var alone = Enumerable.Range(0, 40).Select(i => Article($"Vietnam talks {i}", $"2025-03-{1 + (i % 28):00}", outcomes:
            [Done($"study of river port {i}", OutcomeStatus.Proposed, 1, $"Vietnam agreed to explore a study of river port {i}.", parties: ["Vietnam"])]));
        var together = Article("Vietnam and Laos talks", "2025-04-02", outcomes:
            [Done("study of a cross-border railway", OutcomeStatus.Proposed, 1, "Vietnam and Laos agreed to explore a study of a cross-border railway.", parties: ["Vietnam", "Laos"])]);
        var engine = Engine([.. alone, together]);

        var answer = engine.Answer("What did Vietnam and Laos agree to explore?");

        Assert.True(answer.Found);
        var first = answer.Text.Split('\n').First(l => l.StartsWith("- ", StringComparison.Ordinal));
        Assert.Contains("cross-border railway", first);
        Assert.EndsWith("…and 36 more.", answer.Text);
    }

    [Fact]
    public void An_event_question_nothing_answers_offers_the_closest_outcome_and_one_answered_lists_only_answers()
    {
        // Filler articles make the event's words rare, so outcomes of other events matching one word are set aside
        // unscored; they must still come back as the closest when nothing answers.
        var filler = Enumerable.Range(0, 12).Select(i => Article($"Budget review {i}", $"2025-02-{1 + i:00}", outcomes:
            [Done($"budget office {i}", OutcomeStatus.Launched, 1, $"The ministers launched budget office {i}.")]));
        var lima = Article("Lima talks on oceans", "2025-03-01", outcomes:
            [Done("fisheries data portal", OutcomeStatus.Launched, 1, "The ministers launched a fisheries data portal.")]);
        var accra = Article("Accra summit on cocoa", "2025-03-02", outcomes:
            [Done("cocoa price observatory", OutcomeStatus.Launched, 1, "The summit launched a cocoa price observatory.")]);
        var engine = Engine([.. filler, lima, accra]);

        var none = engine.Answer("What was launched at the Dakar fisheries summit in Senegal?");
        var some = engine.Answer("What was launched at the Accra summit on cocoa?");

        Assert.False(none.Found);
        Assert.Contains("Closest I have:", none.Text);
        Assert.Contains("fisheries data portal", none.Text);
        Assert.True(some.Found);
        Assert.Contains("cocoa price observatory", some.Text);
        Assert.DoesNotContain("fisheries", some.Text);
    }

    [Fact]
    public void Outcome_lines_show_the_sentence_with_the_outcome_in_bold_and_cite_it()
    {
        var answer = Trade().Answer("what was launched?");

        Assert.Equal("- Launched: The ministers launched the **Mekong Rice Corridor**. [1]", answer.Text.Split('\n')[1]);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal("The ministers launched the Mekong Rice Corridor.", citation.Sentence);
        Assert.Equal("Mekong trade ministers meet in Phnom Penh", citation.Title);
        Assert.Equal(new DateOnly(2025, 4, 2), citation.Date);
    }

    [Fact]
    public void Long_lists_show_the_best_few_and_say_how_many_more_there_are()
    {
        var minister = Person("Kim Bora", "Trade Minister", country: "South Korea");
        var statements = Enumerable.Range(0, 7).Select(i => Said(minister, $"Point number {i} about shipping", i)).ToList();
        var engine = Engine(Article("Shipping talks", "2025-01-01", [minister], statements));

        var answer = engine.Answer("What did Kim Bora say?");

        Assert.Equal(AnswerEngine.MaxStatements, answer.Text.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.EndsWith("…and 3 more.", answer.Text);
        Assert.Contains("What else did Kim Bora say?", answer.Suggestions);
        var rest = engine.Answer("what else did he say?", answer.State);
        Assert.Equal(3, rest.Text.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_found_answer_carries_citations_for_its_items()
    {
        var engine = Trade();
        foreach (var question in new[] { "What did Cambodia say?", "Who said rice exports must double?", "what was launched?", "Who is Sok Chenda?", "who spoke?", "which articles do you have?", "what happened in Phnom Penh?" })
        {
            var answer = engine.Answer(question);

            Assert.True(answer.Found, question);
            Assert.NotEmpty(answer.Citations);
            Assert.Contains("[1]", answer.Text);
        }
    }

    [Fact]
    public void Who_said_uses_plural_and_other_word_forms_of_the_statement()
    {
        var answer = Trade().Answer("Who said a rice export should be doubled?");

        Assert.True(answer.Found);
        Assert.StartsWith("**Sok Chenda**", answer.Text);
    }

    [Fact]
    public void Who_said_finds_a_statement_whose_article_names_the_occasion_the_question_restates()
    {
        var kendall = Person("Kendall Quashie", "head", "NEMO", "Saint Vincent and the Grenadines");
        var engine = Engine(
            Article("Taiwan signs earthquake early warning pact with Guatemala", "2026-11-12", [kendall],
                [Said(kendall, "extending the cooperation to volcano monitoring", 3, kind: StatementKind.Reported)],
                lead: ["Taiwan signed an earthquake early warning pact with Guatemala and two Caribbean allies on Thursday."]),
            Article("Rice traders meet in Hanoi", "2026-11-13", [Sok], [Said(Sok, "volcano ash hurts rice yields", 2)]));

        var answer = engine.Answer("Who proposed extending Taiwan's earthquake early warning cooperation with Guatemala to volcano monitoring?");

        Assert.True(answer.Found);
        Assert.StartsWith("**Kendall Quashie**", answer.Text);
    }

    [Fact]
    public void A_statement_holding_little_of_what_its_article_does_not_say_does_not_answer_with_the_article()
    {
        var claire = Person("Claire Dubois", "ambassador", country: "France");
        var ravi = Person("Ravi Kumar", "minister", country: "India");
        var engine = Engine(
            Article("India, France open AI climate centre in Bengaluru", "2026-07-21", [claire, ravi],
                [
                    Said(claire, "an annual monsoon data challenge for students in India and France", 2, "French ambassador Claire Dubois proposed an annual monsoon data challenge for students in India and France.", StatementKind.Reported),
                    Said(ravi, "the centre would hire 40 researchers", 3, "Indian minister Ravi Kumar said the centre would hire 40 researchers.", StatementKind.Reported),
                ],
                lead: ["India and France opened an AI climate centre in Bengaluru on Monday."]));

        var answer = engine.Answer("Who said the India-France AI climate centre would need monsoon data?");

        Assert.False(answer.Found);
    }

    [Fact]
    public void What_someone_said_about_the_reports_own_subject_is_what_they_said_in_that_report()
    {
        var leader = Person("Kazeongere Hembinda", "traditional leader", country: "Namibia");
        var engine = Engine(
            Article("Namibia, Angola sign Baynes hydro deal", "2026-06-12", [leader],
                [Said(leader, "communities had still not been told how far upstream the reservoir would reach", 5, kind: StatementKind.Reported)],
                lead: ["Namibia and Angola yesterday signed an implementation agreement for the Baynes hydropower project on the Kunene River."]),
            Article("Fish farmers meet in Rundu", "2026-07-01", [leader], [Said(leader, "fish prices are falling", 2)]));

        var onTheDeal = engine.Answer("What did Kazeongere Hembinda say about the Baynes hydropower agreement signed by Namibia and Angola?");
        var onSomethingElse = engine.Answer("What did Kazeongere Hembinda say about lithium exports?");

        Assert.True(onTheDeal.Found);
        Assert.Contains("upstream the reservoir", onTheDeal.Text);
        Assert.DoesNotContain("fish prices", onTheDeal.Text);
        Assert.False(onSomethingElse.Found);
    }

    [Fact]
    public void An_event_named_by_its_month_and_year_matches_the_article_of_that_date()
    {
        var engine = Engine(
            Article("Nepal, Bangladesh sign academic exchange pact", "2026-06-17", outcomes:
                [Done("memorandum of understanding on academic exchange", OutcomeStatus.Signed, 1, "Nepal and Bangladesh today signed a memorandum of understanding on academic exchange.", parties: ["Nepal", "Bangladesh"])],
                lead: ["Nepal and Bangladesh today signed a memorandum of understanding on academic exchange in Kathmandu."]),
            Article("Nepal, Bangladesh sign power trade deal", "2025-03-02", outcomes:
                [Done("power trade agreement", OutcomeStatus.Signed, 1, "Nepal and Bangladesh signed a power trade agreement.", parties: ["Nepal", "Bangladesh"])]));

        var answer = engine.Answer("What did Nepal and Bangladesh sign in Kathmandu in June 2026?");

        Assert.True(answer.Found);
        Assert.Contains("academic exchange", answer.Text);
        Assert.DoesNotContain("power trade", answer.Text);
    }

    [Fact]
    public void A_question_sharing_only_a_common_word_with_the_articles_is_not_answered()
    {
        var answer = Trade().Answer("Who said trade unions will strike over pensions?");

        Assert.False(answer.Found);
        Assert.StartsWith("The articles don't say who talked about", answer.Text);
    }

    [Fact]
    public void A_bare_name_is_read_as_who_is()
    {
        var answer = Trade().Answer("Sok Chenda");

        Assert.Equal(Intents.WhoIs, answer.Intent);
        Assert.StartsWith("**Sok Chenda** — Minister of Commerce, Cambodia.", answer.Text);
    }

    [Fact]
    public void Accents_in_names_do_not_matter_either_way()
    {
        var josé = Person("José Quispe", "Mining Minister", country: "Bolivia");
        var engine = Engine(Article("Lithium talks", "2025-01-01", [josé], [Said(josé, "Lithium must be refined at home")]));

        Assert.True(engine.Answer("What did Jose Quispe say?").Found);
        Assert.True(engine.Answer("Who is José Quispe?").Found);
    }

    [Fact]
    public void A_rebuilt_knowledge_base_still_resolves_the_items_of_an_earlier_answer()
    {
        var first = Trade().Answer("what was launched?");

        var answer = Trade().Answer("the first one", first.State);

        Assert.True(answer.Found);
        Assert.StartsWith("**Mekong Rice Corridor** — launched; parties: Cambodia, Vietnam.", answer.Text);
    }

    [Fact]
    public void Asking_for_an_item_beyond_the_list_says_how_many_there_were()
    {
        var first = Trade().Answer("what was launched?");

        var answer = Trade().Answer("the fifth one", first.State);

        Assert.False(answer.Found);
        Assert.Equal("I only listed 1 item.", answer.Text.Split('\n')[0]);
    }

    [Fact]
    public void A_name_sharing_a_common_word_with_many_speakers_finds_only_those_with_every_word()
    {
        // Twenty speakers share "Al"; the typed "Sayeg" is a typo of a word two of them have.
        var others = Enumerable.Range(0, 20).Select(i => Person($"Hamad Al Name{(char)('a' + i)}", "official", country: "Qatar")).ToList();
        var faisal = Person("Faisal Al Sayegh", "minister of economy", country: "United Arab Emirates");
        var omar = Person("Omar Al Sayegh", "ambassador to China", country: "United Arab Emirates");
        var statements = others.Select((p, i) => Said(p, $"Trade matters {i}", i)).ToList();
        statements.AddRange([Said(faisal, "Ports need investment", 30), Said(omar, "Flights will double", 31), Said(omar, "Visas will be easier", 32)]);
        var engine = Engine(Article("Gulf ministers meet in Doha", "2025-05-02", [.. others, faisal, omar], statements));

        var one = engine.Answer("What did Faisal Al Sayegh say?");
        var both = engine.Answer("What did Al Sayeg say?");

        Assert.StartsWith("**Faisal Al Sayegh**", one.Text);
        Assert.DoesNotContain("Flights", one.Text);
        Assert.StartsWith("What speakers named Al Sayeg said:", both.Text);
        Assert.Contains("Flights will double", both.Text);
        Assert.Contains("Ports need investment", both.Text);
        Assert.DoesNotContain("Trade matters", both.Text);
    }

    [Fact]
    public void A_full_name_in_its_own_order_beats_the_same_words_in_another()
    {
        var kamauBanda = Person("Aisha Kamau Banda", "director for foreign affairs", "African Union");
        var bandaKamau = Person("Aisha Banda Kamau", "ambassador to Cambodia", country: "Tanzania");
        var engine = Engine(Article("Ministers meet in Nairobi", "2025-05-02", [kamauBanda, bandaKamau],
            [Said(kamauBanda, "Industrial cooperation is where our interests meet", 1), Said(bandaKamau, "Carbon markets need common rules", 2)]));

        var answer = engine.Answer("What did Aisha Kamau Banda say?");

        Assert.True(answer.Found);
        Assert.StartsWith("**Aisha Kamau Banda**", answer.Text);
        Assert.DoesNotContain("Carbon markets", answer.Text);
    }

    [Fact]
    public void Who_is_she_after_an_answer_about_several_people_profiles_the_people_it_listed()
    {
        var engine = Trade();

        var listed = engine.Answer("What did the ministers say?");
        var who = engine.Answer("Who is she?", listed.State);

        Assert.True(listed.Found);
        Assert.Null(listed.State.LastSpeakerId);
        Assert.True(who.Found);
        Assert.Contains("**Sok Chenda**", who.Text);
        Assert.Contains("**Nguyen Thi Lan**", who.Text);
    }

    /// <summary>Articles in which each of <paramref name="speakers"/> people says the same thing about cold chains (with a different number, so no two lines are the same).</summary>
    private static AnswerEngine ColdChainSpeakers(int speakers) => Engine([.. Enumerable.Range(0, speakers).Select(i =>
    {
        var person = Person($"Speaker Number{i}", "Trade Minister", country: "Kenya");
        return Article($"Cold chain talks {i}", $"2025-01-{1 + (i % 28):00}", [person], [Said(person, $"Cold chain capacity must grow by {i + 10} percent")]);
    })]);

    [Fact]
    public void Who_said_counts_every_speaker_when_few_said_it()
    {
        var answer = ColdChainSpeakers(6).Answer("Who talked about cold chain capacity?");

        Assert.StartsWith("6 speakers talked about “cold chain capacity”:", answer.Text);
        Assert.EndsWith("…and 2 more.", answer.Text);
    }

    [Fact]
    public void Who_said_gives_a_floor_when_more_said_it_than_it_ranks()
    {
        // Past the statements a who-said question ranks, the search stops counting: the answer says "at least".
        var answer = ColdChainSpeakers(100).Answer("Who talked about cold chain capacity?");

        Assert.Matches(@"^At least \d+ speakers talked about “cold chain capacity”:", answer.Text);
        Assert.Matches(@"…and at least \d+ more\.$", answer.Text);
        Assert.Equal(AnswerEngine.MaxStatements, answer.Text.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    /// <summary>Articles in each of which Kenya proposes one thing, newest last.</summary>
    private static AnswerEngine KenyanProposals(int count) => Engine([.. Enumerable.Range(0, count).Select(i =>
        Article($"Kenya proposal {i}", new DateOnly(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            outcomes: [Done($"water plan number {i}", OutcomeStatus.Proposed, evidence: $"Kenya proposed the water plan number {i}.", parties: "Kenya")]))]);

    [Fact]
    public void A_party_list_counts_every_item_when_there_are_few()
    {
        var answer = KenyanProposals(20).Answer("What did Kenya propose?");

        Assert.Contains("water plan number 19", answer.Text);
        Assert.EndsWith("…and 15 more.", answer.Text);
    }

    [Fact]
    public void A_party_list_stops_counting_once_its_answer_is_settled()
    {
        // The newest five are shown; past fifty more the walk stops and the count is a floor.
        var answer = KenyanProposals(300).Answer("What did Kenya propose?");

        Assert.Contains("water plan number 299", answer.Text);
        Assert.Contains("water plan number 295", answer.Text);
        Assert.DoesNotContain("water plan number 294", answer.Text);
        Assert.EndsWith("…and at least 50 more.", answer.Text);
        var next = KenyanProposals(300).Answer("What else?", answer.State);
        Assert.Contains("water plan number 294", next.Text);
    }

    [Fact]
    public void Outcomes_of_the_asked_for_status_are_not_crowded_out_by_better_matching_outcomes_of_its_family()
    {
        // Hundreds of agreements under "Kunming" headlines match "Kunming" far better (their article counts too) than
        // the one signing whose headline does not name the city; "signed" does not want "agreed", so the signing is the
        // answer however many agreements rank above it.
        var agreements = Enumerable.Range(0, 250).Select(i => Article($"Kunming talks {i}", "2025-03-01",
            outcomes: [Done($"road plan {i}", OutcomeStatus.Agreed, evidence: $"The ministers agreed the road plan {i} in Kunming.")]));
        var others = Enumerable.Range(0, 1_000).Select(i => Article($"Trade talks {i}", "2024-01-01"));
        var signing = Article("Ministers end a long week of trade and transport talks", "2025-02-01",
            outcomes: [Done("rail deal", OutcomeStatus.Signed, evidence: "The ministers signed the rail deal in Kunming after a long week of talks on trade, transport and customs.")]);
        var engine = Engine([.. agreements, .. others, signing]);

        var answer = engine.Answer("What was signed in Kunming?");

        Assert.True(answer.Found);
        Assert.Contains("rail deal", answer.Text);
        Assert.DoesNotContain("road plan", answer.Text);
    }

    [Fact]
    public void A_topic_question_about_a_party_lists_an_outcome_that_only_its_headline_gives_the_party()
    {
        // The party's own outcomes are few next to the outcomes holding "solar", so the engine reads the party's lists
        // instead of the word's postings: those lists must hold the outcome naming no party under a Kenyan headline,
        // as walking the postings finds it.
        var laos = Enumerable.Range(0, 40).Select(i => Article($"Laos hosts energy talks {i}", "2025-03-01",
            outcomes: [Done($"solar plan {i}", OutcomeStatus.Launched, evidence: $"Laos launched the solar plan {i}.", parties: ["Laos"])]));
        var kenya = Article("Kenya hosts regional talks", "2025-04-01",
            outcomes: [Done("solar grid", OutcomeStatus.Launched, evidence: "The ministers launched a solar grid.")]);
        var engine = Engine([.. laos, kenya]);

        var answer = engine.Answer("What did Kenya launch for a solar grid?");

        Assert.True(answer.Found, answer.Text);
        Assert.Contains("solar grid", answer.Text);
        Assert.DoesNotContain("solar plan", answer.Text);
    }

    [Fact]
    public void What_a_countrys_ministers_said_about_a_topic_lists_and_counts_only_their_statements_holding_its_words()
    {
        // The Kenyan ministers' statements are too many to look up one by one next to the postings of "water", so
        // the engine walks those postings and keeps the ministers' statements: the count must still be exact.
        var ministers = Enumerable.Range(0, 6).Select(i => Person($"Wanjiru Kamau{i}", "Minister of Water", country: "Kenya")).ToArray();
        var envoy = Person("Lars Berg", "Minister of Trade", country: "Norway");
        var articles = Enumerable.Range(0, 30).Select(i => Article($"Water talks {i}", $"2025-01-{i % 28 + 1:00}", [ministers[i % 6], envoy],
        [
            Said(ministers[i % 6], i % 3 == 0 ? $"Roads come first {i}" : $"Clean water reaches village {i}", 1),
            Said(envoy, $"Water funds grow in year {i}", 2),
            Said(envoy, $"Water pumps arrive in port {i}", 3),
        ]));
        var engine = Engine([.. articles]);

        var answer = engine.Answer("What did the Kenyan minister say about water?");

        Assert.True(answer.Found, answer.Text);
        Assert.Equal(4, answer.Citations.Count);
        Assert.DoesNotContain("Water funds", answer.Text);
        Assert.DoesNotContain("Roads come first", answer.Text);
        Assert.EndsWith("…and 16 more.", answer.Text);
    }

    [Theory]
    [InlineData(0, 60)]  // the parties' lists are shorter than the postings of "explore": read them
    [InlineData(40, 10)] // Kenya's many road plans make them longer: walk the postings, then look for their items there
    public void An_outcome_of_both_parties_asked_about_is_listed_and_counted_once(int kenyanRoadPlans, int otherStudies)
    {
        // More than the 32 candidates kept, so the count comes from every item considered: each must be considered once.
        var joint = Enumerable.Range(0, 40).Select(i => Article($"Kenya and Laos talks {i}", "2025-04-01",
            outcomes: [Done($"joint study on solar power {i}", OutcomeStatus.Proposed, evidence: $"Kenya and Laos agreed to explore a joint study on solar power {i}.", parties: ["Kenya", "Laos"])]));
        var roads = Enumerable.Range(0, kenyanRoadPlans).Select(i => Article($"Road talks {i}", "2025-03-01",
            outcomes: [Done($"road plan {i}", OutcomeStatus.Proposed, evidence: $"Kenya proposed the road plan {i}.", parties: ["Kenya"])]));
        var others = Enumerable.Range(0, otherStudies).Select(i => Article($"Chile and Peru talks {i}", "2025-02-01",
            outcomes: [Done($"fishery study {i}", OutcomeStatus.Proposed, evidence: $"Chile and Peru agreed to explore a fishery study {i}.", parties: ["Chile", "Peru"])]));
        var engine = Engine([.. joint, .. roads, .. others]);

        var answer = engine.Answer("What did Kenya and Laos agree to explore?");

        Assert.True(answer.Found, answer.Text);
        Assert.Equal(5, answer.Citations.Count);
        Assert.DoesNotContain("fishery", answer.Text);
        Assert.EndsWith("…and 35 more.", answer.Text);
    }

    [Fact]
    public void With_no_outcome_of_the_asked_for_status_the_rest_of_its_family_answers()
    {
        // Outcomes of the asked-for status are read first; only when none answers are the others of its family read.
        var engine = Engine(
            Article("Kunming transport talks", "2025-03-01",
                outcomes: [Done("road plan", OutcomeStatus.Agreed, evidence: "The ministers agreed the road plan in Kunming.")]),
            Article("Trade talks", "2025-02-01",
                outcomes: [Done("customs study", OutcomeStatus.Proposed, evidence: "The ministers proposed a customs study in Kunming.")]));

        var signed = engine.Answer("What was signed in Kunming?");
        var agreed = engine.Answer("What was agreed in Kunming?");

        Assert.True(signed.Found, signed.Text);
        Assert.Contains("road plan", signed.Text);
        Assert.DoesNotContain("customs study", signed.Text);
        Assert.Contains("road plan", agreed.Text);
    }
}
