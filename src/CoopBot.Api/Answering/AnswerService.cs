using CoopBot.Core.Answering;

namespace CoopBot.Api.Answering;

/// <summary>
/// Gives every front end (bot, /api/ask, the CLI) an answer engine over the current articles. The knowledge source
/// caches and refreshes the articles; the engine and its indexes are rebuilt only when that list changes.
/// </summary>
public sealed class AnswerService(IKnowledgeSource source)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TaskCompletionSource warm = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private (IReadOnlyList<KnowledgeArticle> Articles, AnswerEngine Engine)? current;

    /// <summary>Completes when the first engine has been built (or the first attempt failed), so start-up work can wait its turn.</summary>
    public Task WhenWarm => warm.Task;

    /// <summary>Loads the articles and builds the engine now, at start-up, instead of on the first question.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await GetEngineAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            warm.TrySetResult();
        }
    }

    public async Task<AnswerEngine> GetEngineAsync(CancellationToken cancellationToken = default)
    {
        var articles = await source.GetArticlesAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = current;
        if (snapshot is { } ready && ReferenceEquals(ready.Articles, articles))
        {
            return ready.Engine;
        }
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (current is { } built && ReferenceEquals(built.Articles, articles))
            {
                return built.Engine;
            }
            var engine = new AnswerEngine(new KnowledgeBase(articles));
            current = (articles, engine);
            return engine;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<Answer> AnswerAsync(string question, ConversationState? state, CancellationToken cancellationToken = default) =>
        (await GetEngineAsync(cancellationToken).ConfigureAwait(false)).Answer(question, state);
}
