using CoopBot.Benchmarks.Synthetic;
using CoopBot.Core.Answering;

namespace CoopBot.Benchmarks.Suites;

/// <summary>
/// Prints the engine's answers to the benchmark's question mix (and the overviews) at the largest size: a transcript
/// to diff before and after a change to the engine that should be faster without answering differently.
/// Not part of <c>all</c>.
/// </summary>
internal static class AnswersSuite
{
    public static void Run(int largest)
    {
        var articles = SyntheticCorpus.Get(largest).Take(largest);
        var engine = new AnswerEngine(new KnowledgeBase(articles.Select(a => a.Knowledge).ToList()));
        var conversations = QuestionScript.Build(articles, 1_000, seed: 1_000 + largest)
            .Concat(QuestionScript.Overviews(articles, 100, seed: 5 + largest));
        foreach (var conversation in conversations)
        {
            ConversationState? state = null;
            foreach (var turn in conversation.Turns)
            {
                var answer = engine.Answer(turn.Question, state);
                state = answer.State;
                Console.WriteLine($"Q [{turn.Kind}] {turn.Question}");
                Console.WriteLine($"A found={answer.Found} intent={answer.Intent}");
                Console.WriteLine(answer.Text);
                foreach (var citation in answer.Citations)
                {
                    Console.WriteLine($"  cite {citation.ArticleId} | {citation.Sentence}");
                }
                Console.WriteLine($"  suggest {string.Join(" | ", answer.Suggestions)}");
            }
            Console.WriteLine();
        }
    }
}
