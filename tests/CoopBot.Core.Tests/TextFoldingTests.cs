using CoopBot.Testing;

namespace CoopBot.Core.Tests;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Zhou Mingyuan", "Zhou Mingyuan")]
    [InlineData("Bogotá, São Paulo, Łódź, Øresund, Straße", "Bogota, Sao Paulo, Lodz, Oresund, Strasse")]
    [InlineData("“Côte d’Ivoire”", "“Cote d’Ivoire”")]
    public void Accents_go_and_the_rest_stays(string text, string expected) => Assert.Equal(expected, TextFolding.FoldToAscii(text));

    [Fact]
    public void The_character_table_folds_exactly_as_the_full_algorithm()
    {
        var alphabet = Enumerable.Range(32, 95).Concat(Enumerable.Range(0x80, 0x100)).Concat(Enumerable.Range(0x2000, 0x70)).Select(c => (char)c).ToArray();
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(TextFolding.FoldWithoutShortcut(text), TextFolding.FoldToAscii(text));
        }
        foreach (var file in Directory.GetFiles(RepositoryPaths.CorpusArticles).Concat(Directory.GetFiles(RepositoryPaths.HeldOutArticles)))
        {
            var text = File.ReadAllText(file);
            Assert.Equal(TextFolding.FoldWithoutShortcut(text), TextFolding.FoldToAscii(text));
        }
    }

    [Fact]
    public void Text_outside_the_table_takes_the_full_algorithm()
    {
        // Hangul decomposes and recomposes; a combining accent joins the letter before it.
        Assert.Equal("한국 cafe", TextFolding.FoldToAscii("한국 cafe\u0301"));
    }
}
