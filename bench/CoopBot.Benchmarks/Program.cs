using System.Diagnostics;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;

// Extraction throughput on the development corpus, per core: bytes of article text divided by the CPU time the
// process used (so a busy machine does not flatter or penalise the figure), after a warm-up.
var root = FindRoot();
var files = Directory.GetFiles(Path.Combine(root, "tests", "CoopBot.Core.Tests", "Corpus", "articles"), "*.txt").Order().ToArray();
var articles = files.Select(f => ArticleParser.ParseText(File.ReadAllBytes(f)).Article!).ToArray();
var bytes = files.Sum(f => new FileInfo(f).Length);
var extractor = new ArticleExtractor();
for (var i = 0; i < 30; i++)
{
    foreach (var a in articles)
    {
        extractor.Extract(a);
    }
}
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var wall = Stopwatch.StartNew();
var rounds = 0;
while (wall.Elapsed < TimeSpan.FromSeconds(5))
{
    foreach (var a in articles)
    {
        extractor.Extract(a);
    }
    rounds++;
}
wall.Stop();
process.Refresh();
var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
var total = (double)rounds * bytes;
Console.WriteLine($"extraction: {total / cpu / 1e6:F2} MB/s per core (CPU time), {total / wall.Elapsed.TotalSeconds / 1e6:F2} MB/s wall clock; {rounds} rounds of {bytes} bytes");

static string FindRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
    {
        if (File.Exists(Path.Combine(d.FullName, "CoopBot.sln")))
        {
            return d.FullName;
        }
    }
    throw new InvalidOperationException("CoopBot.sln not found");
}
