using CoopBot.Api.Answering;
using CoopBot.Core.Answering;
using CoopBot.Testing;

namespace CoopBot.Api.Tests;

/// <summary>An answer service over the development corpus, built once for the test assembly.</summary>
public sealed class CorpusKnowledge
{
    private static readonly Lazy<Task<IReadOnlyList<KnowledgeArticle>>> Articles =
        new(() => new FolderKnowledgeSource(RepositoryPaths.CorpusArticles).GetArticlesAsync());

    public static async Task<AnswerService> CreateServiceAsync() => new(new FixedKnowledgeSource(await Articles.Value));

    /// <summary>The same articles every call, so the answer engine is built once per service.</summary>
    private sealed class FixedKnowledgeSource(IReadOnlyList<KnowledgeArticle> articles) : IKnowledgeSource
    {
        public Task<IReadOnlyList<KnowledgeArticle>> GetArticlesAsync(CancellationToken cancellationToken = default) => Task.FromResult(articles);
    }
}
