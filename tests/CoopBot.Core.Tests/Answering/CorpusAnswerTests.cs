using System.Text.RegularExpressions;
using CoopBot.Core.Answering;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Tests.Answering;

/// <summary>Every kind of question, asked of the knowledge base of all corpus articles run through the real extractor.</summary>
public sealed partial class CorpusAnswerTests(CorpusKnowledgeFixture corpus) : IClassFixture<CorpusKnowledgeFixture>
{
    private Answer Ask(string question, ConversationState? state = null) => corpus.Engine.Answer(question, state);

    /// <summary>Asks the questions in turn, each with the state the previous answer returned.</summary>
    private List<Answer> Converse(params string[] questions)
    {
        var answers = new List<Answer>();
        ConversationState? state = null;
        foreach (var question in questions)
        {
            var answer = Ask(question, state);
            answers.Add(answer);
            state = answer.State;
        }
        return answers;
    }

    private static List<string> Bullets(Answer answer) => answer.Text.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex CitationMark();

    // --- who said

    [Fact]
    public void Who_said_finds_the_speaker_of_a_paraphrased_statement()
    {
        var answer = Ask("Who said Vietnam hoped to work with Chinese partners on Vietnamese-language AI models?");

        Assert.True(answer.Found);
        Assert.Equal(Intents.WhoSaid, answer.Intent);
        Assert.Contains("**Dang Thi Minh Chau**", answer.Text);
        Assert.Contains("Vietnamese-language AI models", Assert.Single(answer.Citations).Sentence);
    }

    [Fact]
    public void Who_talked_about_a_topic_lists_each_speaker_once_with_their_best_statement()
    {
        var answer = Ask("who talked about funding?");

        Assert.True(answer.Found);
        var bullets = Bullets(answer);
        Assert.InRange(bullets.Count, 2, AnswerEngine.MaxStatements);
        var names = bullets.Select(b => b[(b.IndexOf("**", StringComparison.Ordinal) + 2)..b.IndexOf("**", 4, StringComparison.Ordinal)]).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(bullets, b => Assert.Matches(CitationMark(), b));
    }

    [Fact]
    public void Who_said_with_the_event_named_still_finds_the_statement()
    {
        var answer = Ask("Who said at the Nanning forum that Vietnam hoped to work with Chinese partners?");

        Assert.True(answer.Found);
        Assert.Contains("Dang Thi Minh Chau", answer.Text);
    }

    // --- what someone said

    [Fact]
    public void What_a_person_said_about_a_topic_shows_the_matching_statements_first()
    {
        var answer = Ask("What did Zhou Mingyuan say about AI?");

        Assert.True(answer.Found);
        Assert.Equal(Intents.WhatSaid, answer.Intent);
        Assert.StartsWith("**Zhou Mingyuan** (deputy head of the National Development and Reform Commission", answer.Text);
        Assert.Contains("AI", Bullets(answer)[0]);
        Assert.Contains("open-source models", answer.Text);
    }

    [Theory]
    [InlineData("what did kulkarni say about the gulf", "nine million Indians")]
    [InlineData("What did Mr. Kulkarni tell reporters about the Gulf?", "nine million Indians")]
    [InlineData("what did zhou mingyan say", "Zhou Mingyuan")]
    [InlineData("What did Maria Jose de la Fuente say about lithium?", "sent away the rock")]
    [InlineData("What did Adeyemi-Bankole say about vaccine factories?", "monument")]
    [InlineData("did kenya say anything about storage?", "fix storage")]
    public void A_person_is_found_by_surname_without_accents_with_typos_or_in_other_wording(string question, string expected)
    {
        var answer = Ask(question);

        Assert.True(answer.Found, answer.Text);
        Assert.Contains(expected, answer.Text);
    }

    [Theory]
    [InlineData("What did Cambodia say?")]
    [InlineData("what did the cambodian official say")]
    public void A_country_or_its_demonym_finds_that_countrys_speakers_only(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Found);
        var bullets = Bullets(answer);
        Assert.NotEmpty(bullets);
        Assert.All(bullets, b => Assert.Contains("Cambodia)", b));
        Assert.Contains("Chea Ratanak", answer.Text);
    }

    [Fact]
    public void A_country_with_a_topic_ranks_that_countrys_statements_by_the_topic()
    {
        var answer = Ask("What did the Cambodian official say about flood warnings for farmers?");

        Assert.True(answer.Found);
        Assert.Contains("one week of warning", Bullets(answer)[0]);
    }

    [Theory]
    [InlineData("what did the NDRC deputy head say?", "Zhou Mingyuan")]
    [InlineData("What did Kenya's ambassador to China say at the Changsha forum?", "Winnie Achieng Odhiambo")]
    [InlineData("What did Uzbekistan's Minister of Water Resources say?", "Jasur Nematov")]
    [InlineData("What did the WHO say?", "Hendrik Vos")]
    public void An_organisation_acronym_or_a_title_with_a_country_finds_the_office_holder(string question, string speaker)
    {
        var answer = Ask(question);

        Assert.True(answer.Found, answer.Text);
        Assert.StartsWith($"**{speaker}**", answer.Text);
    }

    [Fact]
    public void A_title_nobody_holds_is_not_taken_for_any_minister()
    {
        var answer = Ask("What did the fisheries minister say?");

        Assert.False(answer.Found);
    }

    [Fact]
    public void A_known_person_asked_about_a_topic_they_never_raised_gets_an_honest_no_and_what_they_did_say()
    {
        var answer = Ask("What did Hendrik Vos say about football?");

        Assert.False(answer.Found);
        Assert.StartsWith("The articles don't report Hendrik Vos saying anything about “football”.", answer.Text);
        Assert.Contains("Closest I have:", answer.Text);
        Assert.NotEmpty(answer.Citations);
    }

    // --- outcomes

    [Fact]
    public void Agreed_outcomes_include_only_done_statuses_newest_first_with_a_count_of_the_rest()
    {
        var answer = Ask("Which outcomes were agreed?");

        Assert.True(answer.Found);
        Assert.Equal(Intents.Outcomes, answer.Intent);
        var bullets = Bullets(answer);
        Assert.Equal(AnswerEngine.MaxItems, bullets.Count);
        Assert.All(bullets, b => Assert.DoesNotMatch(@"^- (Proposed|Planned):", b));
        Assert.Matches(@"…and \d+ more\.", answer.Text);
        Assert.Equal(corpus.Knowledge.Articles[0].Id, answer.Citations[0].ArticleId);
    }

    [Fact]
    public void Proposed_but_not_yet_agreed_lists_only_proposals_and_plans()
    {
        var answer = Ask("what was proposed but not yet agreed?");

        Assert.True(answer.Found);
        Assert.All(Bullets(answer), b => Assert.Matches(@"^- (Proposed|Planned):", b));
    }

    [Fact]
    public void What_was_launched_lists_launches_only()
    {
        var answer = Ask("what was launched?");

        Assert.True(answer.Found);
        Assert.All(Bullets(answer), b => Assert.StartsWith("- Launched:", b));
    }

    [Fact]
    public void What_two_parties_agreed_on_a_topic_lists_their_decisions_on_it()
    {
        var answer = Ask("what did China and ASEAN agree on AI?");

        Assert.True(answer.Found);
        Assert.Contains("(China, ASEAN)", answer.Text);
        Assert.Contains("AI Talent Training Program", answer.Text);
        Assert.All(Bullets(answer), b => Assert.DoesNotMatch(@"^- (Proposed|Planned):", b));
    }

    [Fact]
    public void A_pledge_reported_by_a_speaker_answers_how_much_a_country_pledged()
    {
        var answer = Ask("How much did South Korea pledge at the ASEAN-Korea Cybersecurity Dialogue?");

        Assert.True(answer.Found);
        Assert.Contains("US$12 million", answer.Text);
    }

    [Fact]
    public void A_proposal_by_a_country_is_found_at_its_event()
    {
        var answer = Ask("What did Thailand propose at the ASEAN Health Ministers Meeting?");

        Assert.True(answer.Found);
        Assert.Contains("workforce exchange", answer.Text);
        Assert.All(Bullets(answer), b => Assert.Matches(@"^- (Proposed|Planned|\*\*)", b));
    }

    // --- who is, lists, events, help

    [Fact]
    public void Who_is_gives_role_organisation_country_articles_and_a_cited_sentence()
    {
        var answer = Ask("Who is Arif Nugroho Wicaksono?");

        Assert.True(answer.Found);
        Assert.Equal(Intents.WhoIs, answer.Intent);
        Assert.StartsWith("**Arif Nugroho Wicaksono** — minister counselor at the embassy of Indonesia in China", answer.Text);
        Assert.Contains("Indonesia", answer.Text);
        Assert.Contains("Quoted in 1 article: *China, ASEAN pledge deeper AI cooperation", answer.Text);
        Assert.Contains("Arif Nugroho Wicaksono", Assert.Single(answer.Citations).Sentence);
    }

    [Fact]
    public void Who_spoke_lists_the_most_quoted_people_with_a_count_of_the_rest()
    {
        var answer = Ask("who spoke?");

        Assert.True(answer.Found);
        Assert.Equal(Intents.Speakers, answer.Intent);
        Assert.Contains($"{corpus.Knowledge.Speakers.Count(s => s.StatementCount > 0)} people are quoted in 20 articles", answer.Text);
        Assert.Equal(AnswerEngine.MaxItems, Bullets(answer).Count);
        Assert.Matches(@"…and \d+ more\.", answer.Text);
    }

    [Fact]
    public void Which_articles_lists_them_newest_first_with_dates()
    {
        var answer = Ask("which articles do you have?");

        Assert.True(answer.Found);
        var dates = Bullets(answer).Select(b => DateOnly.Parse(b[2..12], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Contains("I have 20 articles", answer.Text);
    }

    [Fact]
    public void What_happened_at_an_event_gives_the_best_article_lead_outcomes_and_speakers()
    {
        var answer = Ask("what happened at the roundtable in Nanning?");

        Assert.True(answer.Found);
        Assert.Equal(Intents.Event, answer.Intent);
        Assert.StartsWith("**China, ASEAN pledge deeper AI cooperation as application center opens in Nanning** (2025-09-18)", answer.Text);
        Assert.Contains("Agreed or done:", answer.Text);
        Assert.Contains("Speakers: Zhou Mingyuan", answer.Text);
    }

    [Fact]
    public void Help_offers_example_questions_built_from_the_articles()
    {
        var answer = Ask("help");

        Assert.True(answer.Found);
        Assert.Equal(Intents.Help, answer.Intent);
        Assert.Contains("20 news articles", answer.Text);
        var names = corpus.Knowledge.Speakers.Select(s => s.Name).ToList();
        var asksAboutPeople = answer.Text.Split('\n').Where(l => l.StartsWith("- What did ", StringComparison.Ordinal) || l.StartsWith("- Who is ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(asksAboutPeople);
        Assert.All(asksAboutPeople, line => Assert.True(
            names.Exists(n => line.Contains(n, StringComparison.Ordinal)) || corpus.Knowledge.Speakers.Any(s => s.Country is { } c && line.Contains(c, StringComparison.Ordinal)),
            line));
        Assert.InRange(answer.Suggestions.Count, 2, 4);
    }

    // --- follow-ups

    [Theory]
    [InlineData("What did Mutua say about hydrogen?", "Amani Wanjiru Mutua")]
    [InlineData("What did Zhou Mingyuan say about the safety dialogue?", "Zhou Mingyuan")]
    [InlineData("What did Kulkarni say about the Gulf?", "Anand Prakash Kulkarni")]
    public void What_else_did_she_say_shows_new_statements_until_all_of_them_were_shown(string question, string name)
    {
        var shown = new List<string>();
        var answer = Ask(question);
        for (var turn = 0; turn < 5 && !answer.Text.StartsWith("That's everything", StringComparison.Ordinal); turn++)
        {
            shown.AddRange(Bullets(answer));
            answer = Ask("what else did she say?", answer.State);
        }

        Assert.StartsWith($"That's everything I have from {name}.", answer.Text);
        Assert.Equal(shown.Count, shown.Distinct().Count());
        var speaker = corpus.Knowledge.Speakers.Single(s => s.Name == name);
        var lines = corpus.Knowledge.Articles.SelectMany(a => a.Extraction.Statements.Where(s => s.SpeakerId == speaker.Id)
            .Select(s => (a.Id, s.Kind == StatementKind.Direct ? s.Text : s.Evidence))).Distinct().Count();
        Assert.Equal(lines, shown.Count);
    }

    [Fact]
    public void And_another_country_repeats_the_last_question_for_it()
    {
        var answers = Converse("What did Cambodia say?", "and Singapore?");

        Assert.True(answers[1].Found);
        Assert.Equal(Intents.WhatSaid, answers[1].Intent);
        Assert.StartsWith("What speakers from Singapore said:", answers[1].Text);
        Assert.StartsWith("- **Vanessa Lim Jia Hui** (deputy chief executive of the Cyber Security Agency, Singapore)", Bullets(answers[1])[0]);
        Assert.All(Bullets(answers[1]), bullet => Assert.Contains(", Singapore)", bullet));
        Assert.DoesNotContain("Cambodia", answers[1].Text);
        Assert.Equal("What did Cambodia say?", answers[1].State.LastQuestion);
    }

    [Fact]
    public void And_another_party_repeats_an_outcome_question_for_it()
    {
        var answers = Converse("What did Thailand propose?", "and Brunei?");

        Assert.True(answers[1].Found);
        Assert.Contains("Halal Research Network", answers[1].Text);
    }

    [Fact]
    public void Tell_me_more_about_the_second_one_shows_item_two_of_the_last_list_in_full()
    {
        var answers = Converse("Which outcomes were agreed?", "tell me more about the second one", "the first one");

        var second = answers[1];
        Assert.True(second.Found);
        Assert.Equal(Intents.Item, second.Intent);
        Assert.Equal(answers[0].State.LastItems, second.State.LastItems);
        var listed = Bullets(answers[0])[1];
        Assert.Contains(second.Citations[0].Sentence.Trim()[..30], listed.Replace("**", string.Empty, StringComparison.Ordinal));
        Assert.NotEqual(second.Text, answers[2].Text);
    }

    [Fact]
    public void Who_is_she_after_a_who_said_answer_means_the_speaker_just_named()
    {
        var answers = Converse("Who said a declaration is only as good as the budgets behind it?", "who is she?");

        Assert.StartsWith("**Carmelita Bautista-Ocampo** — Health Secretary", answers[1].Text);
    }

    [Fact]
    public void A_follow_up_works_the_same_when_the_state_went_through_json()
    {
        var first = Ask("What did Mutua say?");
        var stored = ConversationState.FromJson(first.State.ToJson());

        Assert.Equal(Ask("what else did she say?", first.State).Text, Ask("what else did she say?", stored).Text);
    }

    [Fact]
    public void A_follow_up_without_a_conversation_asks_for_context_instead_of_guessing()
    {
        var answer = Ask("tell me more about the second one");

        Assert.False(answer.Found);
        Assert.Contains("no list", answer.Text);
    }

    // --- unanswerable

    [Theory]
    [InlineData("What did Maria Gonzalez say about fisheries?", "María José de la Fuente")]
    [InlineData("Who is Sok Puthyvuth?", null)]
    [InlineData("What did Wang say?", null)]
    public void A_person_not_in_the_articles_is_answered_honestly_with_look_alikes(string question, string? closest)
    {
        var answer = Ask(question);

        Assert.False(answer.Found);
        Assert.StartsWith("The articles don't", answer.Text);
        if (closest is not null)
        {
            Assert.Contains($"Closest I have: **{closest}**", answer.Text);
        }
    }

    [Theory]
    [InlineData("Who said quantum computing will change banking?")]
    [InlineData("What happened at the Olympic games?")]
    [InlineData("Which outcomes on deep-sea mining were agreed?")]
    [InlineData("who talked about cryptocurrency regulation?")]
    public void A_topic_not_in_the_articles_is_answered_honestly(string question)
    {
        var answer = Ask(question);

        Assert.False(answer.Found, answer.Text);
        Assert.StartsWith("The articles don't", answer.Text);
    }

    // --- citations

    [Fact]
    public void Every_found_answer_cites_a_stored_sentence_for_each_mark()
    {
        var sentences = corpus.Knowledge.Articles
            .SelectMany(a => a.Extraction.Statements.Select(s => s.Evidence).Concat(a.Extraction.Outcomes.Select(o => o.Evidence)).Concat(a.LeadSentences))
            .ToHashSet(StringComparer.Ordinal);
        var questions = corpus.Questions.Select(q => q.Question.Q).Concat(
        [
            "who talked about funding?", "What did Cambodia say?", "Which outcomes were agreed?", "who spoke?",
            "which articles do you have?", "what happened at the roundtable in Nanning?", "What did the WHO say?",
        ]);

        foreach (var question in questions)
        {
            var answer = Ask(question);
            if (!answer.Found || answer.Intent == Intents.Help)
            {
                continue;
            }
            Assert.True(answer.Citations.Count > 0, question);
            var marks = CitationMark().Matches(answer.Text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.True(marks.Count > 0, question);
            Assert.All(marks, n => Assert.InRange(n, 1, answer.Citations.Count));
            Assert.All(answer.Citations, c =>
            {
                Assert.Contains(c.Sentence, sentences);
                var article = corpus.Knowledge.FindArticle(c.ArticleId);
                Assert.NotNull(article);
                Assert.Equal(article.Title, c.Title);
                Assert.Equal(article.Date, c.Date);
            });
        }
    }

    [Fact]
    public void Suggestions_are_two_to_four_questions_and_one_of_them_answers()
    {
        var answer = Ask("What did Zhou Mingyuan say about AI?");

        Assert.InRange(answer.Suggestions.Count, 2, 4);
        Assert.Contains(answer.Suggestions, s => Ask(s, answer.State).Found);
    }

    [Fact]
    public void Every_answer_offers_two_to_four_suggestions()
    {
        var answers = Converse("What did Cambodia say?", "the first one", "Which outcomes were agreed?", "the second one", "who spoke?", "the third one", "gibberish xyzzy");

        Assert.All(answers, a => Assert.InRange(a.Suggestions.Count, 2, 4));
    }

    [Fact]
    public void Answers_are_the_same_when_many_threads_ask_at_once()
    {
        var engine = corpus.Engine;
        var questions = corpus.Questions.Select(q => q.Question.Q).ToList();
        var expected = questions.Select(q => engine.Answer(q).Text).ToList();

        var actual = new string[questions.Count];
        Parallel.For(0, questions.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = i % questions.Count;
            actual[index] = engine.Answer(questions[index]).Text;
        });

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_same_person_in_two_articles_is_one_speaker()
    {
        var ids = corpus.Knowledge.Speakers.Select(s => s.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(corpus.Knowledge.Speakers, s => Assert.NotEmpty(s.ArticleIds));
    }

    [Fact]
    public void Status_words_of_the_corpus_extraction_are_all_known_to_the_engine()
    {
        // Guards the wire names the answers print ("- Launched: …") against a renamed status.
        var statuses = corpus.Knowledge.Articles.SelectMany(a => a.Extraction.Outcomes).Select(o => o.Status).Distinct();

        Assert.All(statuses, s => Assert.True(Enum.IsDefined(s)));
        Assert.Contains(OutcomeStatus.Proposed, corpus.Knowledge.Articles.SelectMany(a => a.Extraction.Outcomes).Select(o => o.Status));
    }
}
