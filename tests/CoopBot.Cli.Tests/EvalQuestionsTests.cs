using System.Collections;
using CoopBot.Testing;

namespace CoopBot.Cli.Tests;

public sealed class EvalQuestionsTests
{
    [Fact]
    public async Task Eval_scores_the_gold_questions_when_the_gold_files_have_them()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["eval", RepositoryPaths.CorpusArticles, RepositoryPaths.CorpusGold], output, error, new Hashtable());

        Assert.Equal(0, code);
        Assert.Matches(@"Questions: \d+/\d+ correct \(\d+(\.\d)?%\), unanswerable honest \d+/\d+", output.ToString());
    }
}
