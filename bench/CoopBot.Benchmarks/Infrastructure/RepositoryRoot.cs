namespace CoopBot.Benchmarks.Infrastructure;

/// <summary>The repository, found from the benchmark's folder upwards.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string CorpusArticles => System.IO.Path.Combine(Path, "tests", "CoopBot.Core.Tests", "Corpus", "articles");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CoopBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CoopBot.sln not found above " + AppContext.BaseDirectory);
    }
}
