using System.Diagnostics;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;

var root = FindRoot();
var files = Directory.GetFiles(Path.Combine(root, "tests", "CoopBot.Core.Tests", "Corpus", "articles"), "*.txt").Order().ToArray();
var articles = files.Select(f => ArticleParser.ParseText(File.ReadAllBytes(f)).Article!).ToArray();
var bytes = files.Sum(f => new FileInfo(f).Length);
var extractor = new ArticleExtractor();
for (var i = 0; i < 20; i++) foreach (var a in articles) extractor.Extract(a);
var sw = Stopwatch.StartNew();
var rounds = 0;
while (sw.Elapsed < TimeSpan.FromSeconds(5)) { foreach (var a in articles) extractor.Extract(a); rounds++; }
sw.Stop();
Console.WriteLine($"{rounds * bytes / sw.Elapsed.TotalSeconds / 1e6:F2} MB/s ({rounds} rounds of {bytes} bytes)");

static string FindRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "CoopBot.sln"))) return d.FullName;
    throw new InvalidOperationException();
}
