using CoopBot.Core.Answering.Text;

namespace CoopBot.Core.Tests.Answering;

public class FuzzyNameTests
{
    [Theory]
    [InlineData("mingyuan", "mingyuan", 0)]
    [InlineData("mingyuan", "mingyan", 1)]
    [InlineData("mingyuan", "mignyuan", 1)]
    [InlineData("kulkarni", "kulkarin", 1)]
    [InlineData("kulkarni", "kalkarin", 2)]
    [InlineData("abc", "xyz", 3)]
    public void Damerau_Levenshtein_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Compute(a, b));
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    public void Tolerance_grows_with_the_length_of_the_word(int length, int tolerance)
    {
        Assert.Equal(tolerance, EditDistance.Tolerance(length));
    }

    [Theory]
    [InlineData("wicaksono", "wicaksono")]
    [InlineData("wicaksomo", "wicaksono")] // substitution at the end
    [InlineData("iwcaksono", "wicaksono")] // swap at the start
    [InlineData("wicksono", "wicaksono")]  // deletion
    [InlineData("wicaksonno", "wicaksono")] // insertion
    [InlineData("wikasono", "wicaksono")]  // two edits in a long name
    [InlineData("sengdra", "sengdara")]
    public void Typos_within_tolerance_find_the_known_name(string typed, string known)
    {
        var index = FuzzyTokenIndex.Build(["wicaksono", "sengdara", "mingyuan", "zhou"]);

        Assert.Contains(index.Find(typed), hit => hit.Token == known);
    }

    [Theory]
    [InlineData("zhuo")] // below five letters only exact matches count
    [InlineData("wixaksomu")] // three edits
    [InlineData("gonzalez")]
    public void Words_beyond_tolerance_find_nothing(string typed)
    {
        var index = FuzzyTokenIndex.Build(["wicaksono", "sengdara", "mingyuan", "zhou"]);

        Assert.Empty(index.Find(typed));
    }
}
