using CoopBot.Core.Answering;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Tests.Answering;

public class QuestionParserTests
{
    [Theory]
    [InlineData("Who said AI could boost global trade?", Intents.WhoSaid)]
    [InlineData("who talked about funding?", Intents.WhoSaid)]
    [InlineData("Who proposed a joint drought research center?", Intents.WhoSaid)]
    [InlineData("which minister warned about debt?", Intents.WhoSaid)]
    [InlineData("What did Low Yen Ling say?", Intents.WhatSaid)]
    [InlineData("what did the Indonesian official say about infrastructure?", Intents.WhatSaid)]
    [InlineData("What has Wang said on trade?", Intents.WhatSaid)]
    [InlineData("what were Zhou's remarks on AI?", Intents.WhatSaid)]
    [InlineData("Did Kenya say anything about storage?", Intents.WhatSaid)]
    [InlineData("What did Ethiopia call for at the forum?", Intents.Outcomes)]
    [InlineData("Which outcomes were agreed?", Intents.Outcomes)]
    [InlineData("what was launched?", Intents.Outcomes)]
    [InlineData("How much did Norway pledge?", Intents.Outcomes)]
    [InlineData("What fund did Africa CDC call for?", Intents.Outcomes)]
    [InlineData("Who is Sok Puthyvuth?", Intents.WhoIs)]
    [InlineData("who's hendrik vos", Intents.WhoIs)]
    [InlineData("what is the role of Hendrik Vos?", Intents.WhoIs)]
    [InlineData("who spoke?", Intents.Speakers)]
    [InlineData("who spoke at the Kigali conference?", Intents.Speakers)]
    [InlineData("which articles do you have?", Intents.Articles)]
    [InlineData("what happened at the roundtable in Nanning?", Intents.Event)]
    [InlineData("help", Intents.Help)]
    [InlineData("What can you do?", Intents.Help)]
    [InlineData("what else did she say?", Intents.WhatElse)]
    [InlineData("tell me more about the first one", Intents.Item)]
    [InlineData("the second one", Intents.Item)]
    [InlineData("and what about the 3rd one?", Intents.Item)]
    [InlineData("vaccine stockpile", Intents.Search)]
    public void Questions_are_read_as_the_intent_a_person_means(string question, string intent)
    {
        Assert.Equal(intent, QuestionParser.Parse(question).Intent);
    }

    [Fact]
    public void The_subject_topic_and_event_of_a_what_said_question_are_told_apart()
    {
        var q = QuestionParser.Parse("What did Kenya's ambassador to China say about storage at the Changsha forum?");

        Assert.Equal("Kenya's ambassador to China", q.SubjectText);
        Assert.Equal("storage", q.TopicText);
        Assert.Equal("Changsha forum", q.EventText);
    }

    [Theory]
    [InlineData("What will the OCD conduct with the AHA Centre after the ASEAN Regional Forum?", "conduct", "ASEAN Regional Forum")]
    [InlineData("What did China and ASEAN agree following the Nanning roundtable?", "", "Nanning roundtable")]
    public void An_event_after_at_or_following_the_question_says_where_not_what(string question, string topic, string eventText)
    {
        var q = QuestionParser.Parse(question);

        Assert.Equal(eventText, q.EventText);
        Assert.DoesNotContain(eventText, q.TopicText);
        Assert.Contains(topic, q.TopicText);
    }

    [Theory]
    [InlineData("Who said the state has to build trust first, after the cyber agreement was signed in Podgorica?", "state has to build trust first", "Podgorica")]
    [InlineData("Who proposed a binational fund when Guatemala and Honduras signed the Motagua River agreement?", "binational fund", "Motagua")]
    public void An_occasion_after_what_was_said_is_the_event_not_the_words_looked_for(string question, string topic, string eventWord)
    {
        var q = QuestionParser.Parse(question);

        Assert.Equal(Intents.WhoSaid, q.Intent);
        Assert.Equal(topic, q.TopicText);
        Assert.Contains(eventWord, q.EventText);
    }

    [Theory]
    [InlineData("What did Kwon say about training Central Asian officials?", Intents.WhatSaid)]
    [InlineData("Who said East African countries buying together are a market of 300 million people?", Intents.WhoSaid)]
    [InlineData("Which officials were quoted?", Intents.Speakers)]
    [InlineData("Show me the speakers", Intents.Speakers)]
    public void People_or_officials_late_in_a_question_do_not_make_it_a_list_of_speakers(string question, string intent)
    {
        Assert.Equal(intent, QuestionParser.Parse(question).Intent);
    }

    [Theory]
    [InlineData("Who described the climate centre at Bangalore as a test of whether two democracies can share data?", "the climate centre a test of whether two democracies can share data", "Bangalore")]
    [InlineData("Who hailed the pact at the Lima summit as a turning point?", "the pact a turning point", "Lima summit")]
    public void What_something_was_described_as_is_what_was_said_even_after_the_event(string question, string topic, string eventText)
    {
        var q = QuestionParser.Parse(question);

        Assert.Equal(Intents.WhoSaid, q.Intent);
        Assert.Equal(topic, string.Join(' ', q.Topic.Select(word => word.Text)));
        Assert.Equal(eventText, q.EventText);
    }

    [Theory]
    [InlineData("What will Jordan open after the transport ministers' meeting in Cairo?")]
    [InlineData("What will JADCO do under the anti-doping agreement signed in Kingston?")]
    [InlineData("What will Greece test after the Chania meeting on Xylella fastidiosa?")]
    [InlineData("What will the Emergency Telecommunications Cluster deploy under the crisis.lu service?")]
    [InlineData("Where will Estonia test the Baltic AI language model?")]
    public void What_a_party_will_do_asks_for_plans_and_proposals_not_what_was_done(string question)
    {
        var q = QuestionParser.Parse(question);

        Assert.Equal(Intents.Outcomes, q.Intent);
        Assert.NotEqual(0u, q.AllowedStatuses & (1u << (int)OutcomeStatus.Planned));
        Assert.Equal(0u, q.AllowedStatuses & (1u << (int)OutcomeStatus.Launched));
        Assert.Equal(0u, q.AllowedStatuses & (1u << (int)OutcomeStatus.Agreed));
    }

    [Fact]
    public void Whom_something_was_told_to_is_not_its_topic()
    {
        var q = QuestionParser.Parse("What did Kulkarni tell reporters about the Gulf?");

        Assert.Equal("Gulf", q.TopicText);
    }

    [Fact]
    public void And_a_new_name_is_a_follow_up_with_that_subject()
    {
        var q = QuestionParser.Parse("and Singapore?");

        Assert.Equal(Intents.WhatSaid, q.Intent);
        Assert.Equal(["singapore"], q.FollowUp!.Select(w => w.Text));
    }

    [Theory]
    [InlineData("Which outcomes were agreed?", false)]
    [InlineData("What did the EU and China agree to explore?", true)]
    [InlineData("what was proposed but not yet agreed?", true)]
    [InlineData("What did Singapore and Vietnam agree to study?", true)]
    [InlineData("what did China and ASEAN agree on AI?", false)]
    [InlineData("What did Bangladesh propose at the launch of the South Asia Thalassaemia Network in Colombo?", true)]
    [InlineData("What did Hungary propose at the Central European laser programme launch?", true)]
    public void Agreeing_to_explore_or_study_asks_for_proposals_and_agreeing_asks_for_decisions(string question, bool proposals)
    {
        var q = QuestionParser.Parse(question);

        Assert.Equal(Intents.Outcomes, q.Intent);
        Assert.Equal(proposals, (q.PreferredStatuses & (1u << (int)OutcomeStatus.Proposed)) != 0);
        Assert.Equal(!proposals, (q.PreferredStatuses & (1u << (int)OutcomeStatus.Launched)) != 0);
    }

    [Theory]
    [InlineData("the first one", 1)]
    [InlineData("tell me more about the second one", 2)]
    [InlineData("number 3", 3)]
    [InlineData("the last one", -1)]
    public void Ordinals_point_at_items_of_the_last_list(string question, int ordinal)
    {
        Assert.Equal(ordinal, QuestionParser.Parse(question).Ordinal);
    }
}
