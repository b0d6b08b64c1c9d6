using CoopBot.Core.Answering;
using CoopBot.Core.Extraction;
using static CoopBot.Core.Tests.Answering.Knowledge;

namespace CoopBot.Core.Tests.Answering;

public class KnowledgeBaseTests
{
    [Fact]
    public void The_same_speaker_in_two_articles_is_merged_keeping_the_most_complete_fields()
    {
        var early = Person("Lena Hofstetter", role: "analyst");
        var late = Person("Lena Hofstetter", role: "climate policy analyst at E3 Futures", organisation: "E3 Futures", country: "Germany");
        var knowledge = new KnowledgeBase(
        [
            Article("Talks open", "2025-01-10", [early], [Said(early, "Talks matter")]),
            Article("Talks close", "2025-02-10", [late], [Said(late, "Deals matter"), Said(late, "Money matters", 1)]),
            Article("Talks review", "2025-03-10", [early], [Said(early, "Reviews matter")]),
        ]);

        var speaker = Assert.Single(knowledge.Speakers);
        Assert.Equal("lena-hofstetter", speaker.Id);
        Assert.Equal("climate policy analyst at E3 Futures", speaker.Role);
        Assert.Equal("E3 Futures", speaker.Organisation);
        Assert.Equal("Germany", speaker.Country);
        Assert.Equal(4, speaker.StatementCount);
        Assert.Equal(["2025-03-10-talks-review", "2025-02-10-talks-close", "2025-01-10-talks-open"], speaker.ArticleIds);
    }

    [Fact]
    public void A_statement_whose_speaker_is_missing_from_the_list_still_gets_a_speaker()
    {
        var ghost = Person("Ghost Writer");
        var knowledge = new KnowledgeBase([Article("Talks", "2025-01-10", speakers: [], statements: [Said(ghost, "Boo")])]);

        Assert.Equal("ghost-writer", Assert.Single(knowledge.Speakers).Name);
    }

    [Fact]
    public void Articles_are_kept_once_per_id_newest_first()
    {
        var a = Article("Alpha talks", "2025-01-01");
        var b = Article("Beta talks", "2025-06-01");

        var knowledge = new KnowledgeBase([a, b, a with { Title = "Alpha again" }]);

        Assert.Equal(["Beta talks", "Alpha talks"], knowledge.Articles.Select(x => x.Title));
        Assert.Same(a, knowledge.FindArticle(a.Id));
    }

    [Fact]
    public void Description_leaves_out_what_an_earlier_part_already_says()
    {
        var speaker = new SpeakerProfile("x", "X", "ambassador of Kenya to China", "Kenya", "Kenya", [], 0);

        Assert.Equal("ambassador of Kenya to China", speaker.Description);
    }

    [Fact]
    public void An_empty_knowledge_base_answers_honestly()
    {
        var engine = new AnswerEngine(KnowledgeBase.Empty);

        Assert.False(engine.Answer("Who said anything about trade?").Found);
        Assert.False(engine.Answer("Which outcomes were agreed?").Found);
        Assert.Contains("don't have any articles", engine.Answer("help").Text);
    }

    [Fact]
    public void Outcomes_naming_no_party_are_listed_by_status_under_the_parties_of_their_headline()
    {
        var knowledge = new KnowledgeBase(
        [
            Article("Kenya hosts energy talks", "2025-05-01", outcomes:
            [
                Done("solar grid", OutcomeStatus.Launched),
                Done("wind study", OutcomeStatus.Proposed),
                Done("port deal", OutcomeStatus.Launched, parties: ["Laos"]),
            ]),
        ]);

        var launched = knowledge.HeadlineOutcomesByStatusAndParty[(int)OutcomeStatus.Launched];
        var proposed = knowledge.HeadlineOutcomesByStatusAndParty[(int)OutcomeStatus.Proposed];

        Assert.Equal(["solar grid"], launched["Kenya"].Select(o => knowledge.OutcomeOf(o).Text));
        Assert.Equal(["wind study"], proposed["Kenya"].Select(o => knowledge.OutcomeOf(o).Text));
        Assert.False(launched.ContainsKey("Laos"));
        Assert.Equal(["port deal"], knowledge.OutcomesByStatusAndParty[(int)OutcomeStatus.Launched]["Laos"].Select(o => knowledge.OutcomeOf(o).Text));
    }

    [Fact]
    public void Reported_statements_are_listed_under_the_status_their_sentence_names_whoever_speaks()
    {
        var envoy = Person("Ana Costa");
        var knowledge = new KnowledgeBase(
        [
            Article("Talks end", "2025-05-01", [envoy],
            [
                Said(envoy, "Brazil proposed a regional fund", 1, kind: StatementKind.Reported),
                Said(envoy, "the talks went well", 2, kind: StatementKind.Reported),
                Said(envoy, "We proposed nothing", 3),
            ]),
        ]);

        string[] Texts(OutcomeStatus status) => [.. knowledge.ReportsByStatus[(int)status].Select(s => knowledge.StatementOf(s).Text)];

        Assert.Equal(["Brazil proposed a regional fund"], Texts(OutcomeStatus.Proposed));
        Assert.Empty(Texts(OutcomeStatus.Pledged));
    }
}
