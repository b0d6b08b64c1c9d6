using CoopBot.Core.Answering;
using CoopBot.Core.Evaluation;
using CoopBot.Testing;

namespace CoopBot.Core.Tests.Answering;

/// <summary>One knowledge base of all corpus articles, parsed and run through the real extractor, shared by a test class.</summary>
public sealed class CorpusKnowledgeFixture
{
    private static readonly Lazy<(KnowledgeBase Knowledge, IReadOnlyList<GoldQuestion> Questions)> Corpus = new(Load);

    public KnowledgeBase Knowledge => Corpus.Value.Knowledge;

    public AnswerEngine Engine => new(Knowledge);

    /// <summary>Every question of every gold file, with its article id.</summary>
    public IReadOnlyList<GoldQuestion> Questions => Corpus.Value.Questions;

    private static (KnowledgeBase, IReadOnlyList<GoldQuestion>) Load()
    {
        var articles = new FolderKnowledgeSource(RepositoryPaths.CorpusArticles).GetArticlesAsync().GetAwaiter().GetResult();
        var questions = new List<GoldQuestion>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.CorpusGold, "*.json").Order(StringComparer.Ordinal))
        {
            var gold = EvaluationJson.Deserialize(File.ReadAllBytes(path));
            questions.AddRange((gold.Questions ?? []).Select(q => new GoldQuestion(gold.Article.Id, q)));
        }
        return (new KnowledgeBase(articles), questions);
    }
}
