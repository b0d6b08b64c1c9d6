using CoopBot.Core.Extraction;

namespace CoopBot.Core.Answering;

/// <summary>Who someone is, who spoke, which articles there are, what happened at an event, help, and items of the last list.</summary>
public sealed partial class AnswerEngine
{
    private const int MaxProfiles = 3;

    private Answer AnswerWhoIs(Turn turn, ParsedQuestion q)
    {
        var writer = new AnswerWriter(knowledge);
        var descriptor = knowledge.Directory.Describe(q.Subject, unknownWordsAreNames: true);
        var resolution = Resolve(turn, descriptor);
        if (!resolution.Found)
        {
            return AnswerNobody(turn, writer, Intents.WhoIs, resolution, descriptor, q.SubjectText, string.Empty);
        }
        var speakers = resolution.Speakers.Take(MaxProfiles).ToList();
        foreach (var speaker in speakers)
        {
            WriteProfile(writer, speaker);
            writer.AddItem("p:" + knowledge.Speakers[speaker].Id);
        }
        writer.More(resolution.Speakers.Count - speakers.Count, "more people match");
        var name = knowledge.Speakers[speakers[0]].Name;
        writer.Suggest($"What did {name} say?");
        if (speakers.Count > 1)
        {
            writer.Suggest($"Who is {knowledge.Speakers[speakers[1]].Name}?");
        }
        writer.Suggest("Who spoke?");
        return writer.Build(true, Intents.WhoIs, NextState(turn, Intents.WhoIs, writer, speaker: speakers[0]));
    }

    /// <summary>Name, title, organisation and country, the articles quoting them, and the sentence that introduces them.</summary>
    private void WriteProfile(AnswerWriter writer, int speaker)
    {
        var profile = knowledge.Speakers[speaker];
        var description = profile.Description;
        writer.Line(description.Length > 0 ? $"**{profile.Name}** — {description}." : $"**{profile.Name}** — the articles give no title.");
        // A profile's articles are all in this knowledge base (it was built from them): only the few shown are looked up,
        // which matters for someone quoted in hundreds of articles.
        var count = profile.ArticleIds.Count;
        if (count > 0)
        {
            var shown = profile.ArticleIds.Take(MaxProfiles).Select(knowledge.FindArticle).OfType<KnowledgeArticle>();
            var listed = string.Join("; ", shown.Select(a => $"*{a.Title}* ({AnswerWriter.Date(a.Date)})"));
            var more = count > MaxProfiles ? $" and {count - MaxProfiles} more" : string.Empty;
            writer.Line($"Quoted in {count} article{(count == 1 ? string.Empty : "s")}: {listed}{more}.");
        }
        var statements = knowledge.StatementsBySpeaker[speaker];
        if (statements.Length > 0)
        {
            // The first statement of the newest article: usually the sentence that introduces the person.
            var first = statements[0];
            var statement = knowledge.StatementOf(first);
            writer.Line($"- {statement.Evidence.Trim()}{writer.Cite(knowledge.Statements[first].Article, statement.Evidence)}");
        }
    }

    /// <summary>"Tell me about X": a person if X names one, otherwise an event.</summary>
    private Answer AnswerAbout(Turn turn, ParsedQuestion q)
    {
        var descriptor = knowledge.Directory.Describe(q.Subject, unknownWordsAreNames: false);
        if (descriptor.Names.Count > 0 && descriptor.OtherWords.Count == 0 && knowledge.Directory.Resolve(descriptor).Found)
        {
            return AnswerWhoIs(turn, q);
        }
        return AnswerEvent(turn, q);
    }

    private Answer AnswerEvent(Turn turn, ParsedQuestion q)
    {
        var writer = new AnswerWriter(knowledge);
        var query = new Query(TermsOf(q.Topic.Concat(q.Event)), knowledge.ArticleIndex);
        if (query.IsEmpty)
        {
            writer.Line("Which meeting do you mean? Name its place or topic, e.g. \"What happened at the forum in …?\".");
            writer.Suggest("Which articles do you have?");
            return writer.Build(false, Intents.Event, NextState(turn, Intents.Event, writer));
        }
        using var board = knowledge.ArticleIndex.RentBoard();
        var ranked = RankArticles(query, board);
        var topic = q.Topic.Count > 0 ? q.TopicText : q.EventText;
        if (ranked.Count == 0 || ranked[0].Coverage < AnswerCoverage)
        {
            writer.Line($"The articles don't cover “{topic}”.");
            if (ranked.Count > 0 && ranked[0].Coverage >= ClosestCoverage)
            {
                var closest = knowledge.ArticleAt(ranked[0].Doc);
                writer.Line($"Closest I have: *{closest.Title}* ({AnswerWriter.Date(closest.Date)}).");
                writer.AddItem("a:" + closest.Id);
                writer.Suggest("Tell me more about the first one");
            }
            writer.Suggest("Which articles do you have?");
            return writer.Build(false, Intents.Event, NextState(turn, Intents.Event, writer, topic: topic));
        }
        var article = ranked[0].Doc;
        WriteOverview(writer, article);
        writer.Suggest("Tell me more about the first one");
        writer.Suggest($"Who spoke at {Shorten(knowledge.ArticleAt(article).Title)}?");
        writer.Suggest("What was proposed but not yet agreed?");
        return writer.Build(true, Intents.Event, NextState(turn, Intents.Event, writer, topic: topic, article: article));
    }

    /// <summary>An article's title, first sentence, agreed and proposed outcomes, and speakers.</summary>
    private void WriteOverview(AnswerWriter writer, int article)
    {
        var source = knowledge.ArticleAt(article);
        var outlet = string.IsNullOrWhiteSpace(source.Source) ? string.Empty : $", {source.Source}";
        writer.Line($"**{source.Title}** ({AnswerWriter.Date(source.Date)}{outlet})");
        if (source.LeadSentences.Count > 0)
        {
            writer.Line(source.LeadSentences[0].Trim() + writer.Cite(article, source.LeadSentences[0]));
        }
        var outcomes = knowledge.OutcomesByArticle[article];
        var agreed = outcomes.Where(o => knowledge.OutcomeOf(o).Status.IsAgreed()).ToList();
        var proposed = outcomes.Where(o => !knowledge.OutcomeOf(o).Status.IsAgreed()).ToList();
        if (agreed.Count > 0)
        {
            writer.Line("Agreed or done:");
            foreach (var outcome in agreed.Take(MaxItems - 1))
            {
                writer.Outcome(outcome);
            }
            writer.More(agreed.Count - (MaxItems - 1));
        }
        if (proposed.Count > 0)
        {
            writer.Line("Proposed or planned:");
            foreach (var outcome in proposed.Take(2))
            {
                writer.Outcome(outcome);
            }
            writer.More(proposed.Count - 2);
        }
        var speakers = knowledge.StatementsByArticle[article].Select(s => knowledge.Statements[s].Speaker).Distinct().ToList();
        if (speakers.Count > 0)
        {
            writer.Line("Speakers: " + string.Join(", ", speakers.Select(s => knowledge.Speakers[s].Name)) + ".");
        }
    }

    private Answer AnswerSpeakers(Turn turn, ParsedQuestion q)
    {
        var writer = new AnswerWriter(knowledge);
        var query = new Query(TermsOf(q.Event), knowledge.ArticleIndex);
        List<int> speakers;
        var article = -1;
        if (!query.IsEmpty)
        {
            using var board = knowledge.ArticleIndex.RentBoard();
            var ranked = RankArticles(query, board);
            if (ranked.Count == 0 || ranked[0].Coverage < AnswerCoverage)
            {
                writer.Line($"The articles don't cover “{q.EventText}”.");
                writer.Suggest("Which articles do you have?");
                writer.Suggest("Who spoke?");
                return writer.Build(false, Intents.Speakers, NextState(turn, Intents.Speakers, writer));
            }
            article = ranked[0].Doc;
            speakers = knowledge.StatementsByArticle[article].Select(s => knowledge.Statements[s].Speaker).Distinct().ToList();
            var source = knowledge.ArticleAt(article);
            writer.Line($"Speakers in *{source.Title}* ({AnswerWriter.Date(source.Date)}):");
        }
        else
        {
            speakers = knowledge.Directory.ByStatementCount.Where(s => knowledge.Speakers[s].StatementCount > 0).ToList();
            if (speakers.Count == 0)
            {
                writer.Line("The articles don't quote anyone yet.");
                return writer.Build(false, Intents.Speakers, NextState(turn, Intents.Speakers, writer));
            }
            writer.Line($"{speakers.Count} people are quoted in {knowledge.Articles.Count} articles. Most quoted first:");
        }
        foreach (var speaker in speakers.Take(MaxItems))
        {
            var profile = knowledge.Speakers[speaker];
            var statements = knowledge.StatementsBySpeaker[speaker];
            var first = article < 0 ? statements.FirstOrDefault(-1) : Array.Find(statements, s => knowledge.Statements[s].Article == article);
            var mark = first >= 0 ? writer.Cite(knowledge.Statements[first].Article, knowledge.StatementOf(first).Evidence) : string.Empty;
            var count = article < 0 ? $", {profile.StatementCount} statement{(profile.StatementCount == 1 ? string.Empty : "s")}" : string.Empty;
            writer.Line($"- {Describe(profile)}{count}{mark}");
            writer.AddItem("p:" + profile.Id);
        }
        writer.More(speakers.Count - MaxItems);
        writer.Suggest($"What did {knowledge.Speakers[speakers[0]].Name} say?");
        if (speakers.Count > 1)
        {
            writer.Suggest($"Who is {knowledge.Speakers[speakers[1]].Name}?");
        }
        writer.Suggest("Which outcomes were agreed?");
        return writer.Build(true, Intents.Speakers, NextState(turn, Intents.Speakers, writer, article: article));
    }

    private Answer AnswerArticles(Turn turn, ParsedQuestion q)
    {
        var writer = new AnswerWriter(knowledge);
        var query = new Query(TermsOf(q.Topic), knowledge.ArticleIndex);
        List<int> articles;
        if (query.IsEmpty)
        {
            articles = Enumerable.Range(0, knowledge.Articles.Count).ToList();
            if (articles.Count == 0)
            {
                writer.Line("I don't have any articles yet.");
                return writer.Build(false, Intents.Articles, NextState(turn, Intents.Articles, writer));
            }
            writer.Line($"I have {articles.Count} article{(articles.Count == 1 ? string.Empty : "s")}, newest first:");
        }
        else
        {
            using var board = knowledge.ArticleIndex.RentBoard();
            articles = RankArticles(query, board).Where(h => h.Coverage >= AnswerCoverage).Select(h => h.Doc).ToList();
            if (articles.Count == 0)
            {
                writer.Line($"None of the articles is about “{q.TopicText}”.");
                writer.Suggest("Which articles do you have?");
                return writer.Build(false, Intents.Articles, NextState(turn, Intents.Articles, writer, topic: q.TopicText));
            }
            writer.Line($"Articles about “{q.TopicText}”, best match first:");
        }
        foreach (var index in articles.Take(MaxItems))
        {
            var article = knowledge.ArticleAt(index);
            var outlet = string.IsNullOrWhiteSpace(article.Source) ? string.Empty : $" ({article.Source})";
            var mark = article.LeadSentences.Count > 0 ? writer.Cite(index, article.LeadSentences[0]) : string.Empty;
            writer.Line($"- {AnswerWriter.Date(article.Date)} — *{article.Title}*{outlet}{mark}");
            writer.AddItem("a:" + article.Id);
        }
        writer.More(articles.Count - MaxItems);
        writer.Suggest("Tell me more about the first one");
        writer.Suggest("Who spoke?");
        writer.Suggest("Which outcomes were agreed?");
        return writer.Build(true, Intents.Articles, NextState(turn, Intents.Articles, writer));
    }

    private Answer AnswerHelp(Turn turn)
    {
        var writer = new AnswerWriter(knowledge);
        if (knowledge.Articles.Count == 0)
        {
            writer.Line("I answer questions about news coverage of international cooperation, but I don't have any articles yet.");
            return writer.Build(true, Intents.Help, NextState(turn, Intents.Help, writer));
        }
        var oldest = knowledge.Articles[^1].Date;
        var newest = knowledge.Articles[0].Date;
        writer.Line($"I answer questions about {knowledge.Articles.Count} news articles on international cooperation ({AnswerWriter.Date(oldest)} to {AnswerWriter.Date(newest)}): "
            + "who said what, who someone is, and which outcomes were agreed or only proposed. Every answer cites its sentence. Try:");
        foreach (var example in knowledge.Examples.Value.Questions)
        {
            writer.Line($"- {example}");
            writer.Suggest(example);
        }
        writer.Line("Follow-ups work too: \"what else did she say?\", \"and Singapore?\", \"tell me more about the second one\".");
        return writer.Build(true, Intents.Help, NextState(turn, Intents.Help, writer));
    }

    /// <summary>"Tell me more about the second one": item N of the last list in full.</summary>
    private Answer AnswerItem(Turn turn, ParsedQuestion q)
    {
        var writer = new AnswerWriter(knowledge);
        var items = turn.State.Items;
        var index = q.Ordinal == -1 ? items.Count - 1 : q.Ordinal - 1;
        if (items.Count == 0 || index < 0 || index >= items.Count)
        {
            writer.Line(items.Count == 0 ? "There is no list to pick from yet; ask a question first." : $"I only listed {items.Count} item{(items.Count == 1 ? string.Empty : "s")}.");
            SuggestExamples(writer);
            return writer.Build(false, Intents.Item, NextState(turn, Intents.Item, writer, keepItems: true));
        }
        var reference = items[index];
        var followUp = new Turn(turn.Question, turn.State) { KeepLastQuestion = true };
        switch (reference[0])
        {
            case 'p' when knowledge.Directory.IndexOf(reference[2..]) is var speaker and >= 0:
                WriteProfile(writer, speaker);
                writer.Suggest($"What did {knowledge.Speakers[speaker].Name} say?");
                return writer.Build(true, Intents.Item, NextState(followUp, Intents.Item, writer, speaker: speaker, keepItems: true));
            case 'a' when knowledge.IndexOfArticle(reference[2..]) is var article and >= 0:
                WriteOverview(writer, article);
                writer.Suggest($"Who spoke at {Shorten(knowledge.ArticleAt(article).Title)}?");
                return writer.Build(true, Intents.Item, NextState(followUp, Intents.Item, writer, article: article, keepItems: true));
            case 's' when knowledge.Resolve(reference, 's') is var statement and >= 0:
                var entry = knowledge.Statements[statement];
                var said = knowledge.StatementOf(statement);
                var source = knowledge.ArticleAt(entry.Article);
                var profile = knowledge.Speakers[entry.Speaker];
                writer.Line($"{Describe(profile)}, in *{source.Title}* ({AnswerWriter.Date(source.Date)}):");
                writer.Line((said.Kind == StatementKind.Direct ? $"“{said.Text.Trim()}”" : said.Evidence.Trim()) + writer.Cite(entry.Article, said.Evidence));
                writer.Suggest($"What else did {profile.Name} say?");
                writer.Suggest($"Who is {profile.Name}?");
                return writer.Build(true, Intents.Item, NextState(followUp, Intents.Item, writer, speaker: entry.Speaker, article: entry.Article, keepItems: true));
            case 'o' when knowledge.Resolve(reference, 'o') is var outcome and >= 0:
                var done = knowledge.OutcomeOf(outcome);
                var at = knowledge.Outcomes[outcome];
                var from = knowledge.ArticleAt(at.Article);
                var parties = done.Parties.Count > 0 ? $"; parties: {string.Join(", ", done.Parties)}" : string.Empty;
                writer.Line($"**{done.Text}** — {done.Status.ToWire()}{parties}.");
                writer.Line($"From *{from.Title}* ({AnswerWriter.Date(from.Date)}): {AnswerWriter.Highlight(done)}{writer.Cite(at.Article, done.Evidence)}");
                if (at.AnnouncedBy >= 0)
                {
                    writer.Line($"Announced by {Describe(knowledge.Speakers[at.AnnouncedBy])}.");
                    writer.Suggest($"What did {knowledge.Speakers[at.AnnouncedBy].Name} say?");
                }
                writer.Suggest($"What happened at {Shorten(from.Title)}?");
                return writer.Build(true, Intents.Item, NextState(followUp, Intents.Item, writer, speaker: at.AnnouncedBy, article: at.Article, keepItems: true));
            default:
                writer.Line("That item is no longer in the articles.");
                return writer.Build(false, Intents.Item, NextState(followUp, Intents.Item, writer, keepItems: true));
        }
    }

    /// <summary>The first words of a title, enough to find its article again ("China, ASEAN pledge deeper AI cooperation").</summary>
    private static string Shorten(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 ? title : string.Join(' ', words.Take(6));
    }
}
