namespace CoopBot.Testing;

/// <summary>Locations in the repository, found from the test assembly's folder upwards.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoopBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CoopBot.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The development corpus: articles and their gold extraction files.</summary>
    public static string CorpusArticles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Corpus", "articles");

    public static string CorpusGold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Corpus", "gold");

    /// <summary>The held-out set: articles written apart from the development corpus, for honest scores.</summary>
    public static string HeldOutArticles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "HeldOut", "articles");

    public static string HeldOutGold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "HeldOut", "gold");

    public static string BlindArticles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind", "articles");

    public static string BlindGold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind", "gold");

    public static string Blind2Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind2", "articles");

    public static string Blind2Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind2", "gold");

    public static string Blind3Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind3", "articles");

    public static string Blind3Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind3", "gold");

    public static string Blind4Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind4", "articles");

    public static string Blind4Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind4", "gold");

    public static string Blind5Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind5", "articles");

    public static string Blind5Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind5", "gold");

    public static string Blind6Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind6", "articles");

    public static string Blind6Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind6", "gold");

    public static string Blind7Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind7", "articles");

    public static string Blind7Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind7", "gold");

    public static string Blind8Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind8", "articles");

    public static string Blind8Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind8", "gold");

    public static string Blind9Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind9", "articles");

    public static string Blind9Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind9", "gold");
    public static string Blind10Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind10", "articles");

    public static string Blind10Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind10", "gold");
    public static string Blind11Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind11", "articles");

    public static string Blind11Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind11", "gold");
    public static string Blind12Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind12", "articles");

    public static string Blind12Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind12", "gold");

    public static string Blind13Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind13", "articles");

    public static string Blind13Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind13", "gold");

    public static string Blind14Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind14", "articles");

    public static string Blind14Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind14", "gold");

    public static string Blind15Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind15", "articles");

    public static string Blind15Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind15", "gold");

    public static string Blind16Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind16", "articles");

    public static string Blind16Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind16", "gold");

    public static string Blind17Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind17", "articles");

    public static string Blind17Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind17", "gold");

    public static string Blind18Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind18", "articles");

    public static string Blind18Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind18", "gold");

    public static string Blind19Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind19", "articles");

    public static string Blind19Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind19", "gold");

    public static string Blind20Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind20", "articles");

    public static string Blind20Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind20", "gold");

    public static string Blind21Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind21", "articles");

    public static string Blind21Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind21", "gold");

    public static string Blind22Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind22", "articles");

    public static string Blind22Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind22", "gold");

    public static string Blind23Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind23", "articles");

    public static string Blind23Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind23", "gold");

    public static string Blind24Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind24", "articles");

    public static string Blind24Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind24", "gold");

    public static string Blind25Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind25", "articles");

    public static string Blind25Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind25", "gold");

    public static string Blind26Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind26", "articles");

    public static string Blind26Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind26", "gold");

    public static string Blind27Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind27", "articles");

    public static string Blind27Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind27", "gold");

    public static string Blind28Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind28", "articles");

    public static string Blind28Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind28", "gold");

    public static string Blind29Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind29", "articles");

    public static string Blind29Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind29", "gold");

    public static string Blind30Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind30", "articles");

    public static string Blind30Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind30", "gold");

    public static string Blind31Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind31", "articles");

    public static string Blind31Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind31", "gold");

    public static string Blind32Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind32", "articles");

    public static string Blind32Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind32", "gold");

    public static string Blind33Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind33", "articles");

    public static string Blind33Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind33", "gold");

    public static string Blind34Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind34", "articles");

    public static string Blind34Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind34", "gold");

    public static string Blind35Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind35", "articles");

    public static string Blind35Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind35", "gold");

    public static string Blind36Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind36", "articles");

    public static string Blind36Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind36", "gold");

    public static string Blind37Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind37", "articles");

    public static string Blind37Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind37", "gold");

    public static string Blind38Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind38", "articles");

    public static string Blind38Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind38", "gold");

    public static string Blind39Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind39", "articles");

    public static string Blind39Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind39", "gold");

    public static string Blind40Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind40", "articles");

    public static string Blind40Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind40", "gold");

    public static string Blind41Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind41", "articles");

    public static string Blind41Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind41", "gold");

    public static string Blind42Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind42", "articles");

    public static string Blind42Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind42", "gold");

    public static string Blind43Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind43", "articles");

    public static string Blind43Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind43", "gold");

    public static string Blind44Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind44", "articles");

    public static string Blind44Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind44", "gold");

    public static string Blind45Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind45", "articles");

    public static string Blind45Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind45", "gold");

    public static string Blind46Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind46", "articles");

    public static string Blind46Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind46", "gold");

    public static string Blind47Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind47", "articles");

    public static string Blind47Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind47", "gold");

    public static string Blind48Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind48", "articles");

    public static string Blind48Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind48", "gold");

    public static string Blind49Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind49", "articles");

    public static string Blind49Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind49", "gold");

    public static string Blind50Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind50", "articles");

    public static string Blind50Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind50", "gold");

    public static string Blind51Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind51", "articles");

    public static string Blind51Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind51", "gold");

    public static string Blind52Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind52", "articles");

    public static string Blind52Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind52", "gold");

    public static string Blind53Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind53", "articles");

    public static string Blind53Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind53", "gold");

    public static string Blind54Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind54", "articles");

    public static string Blind54Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind54", "gold");

    public static string Blind55Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind55", "articles");

    public static string Blind55Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind55", "gold");

    public static string Blind56Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind56", "articles");

    public static string Blind56Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind56", "gold");

    public static string Blind57Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind57", "articles");

    public static string Blind57Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind57", "gold");

    public static string Blind58Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind58", "articles");

    public static string Blind58Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind58", "gold");

    public static string Blind59Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind59", "articles");

    public static string Blind59Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind59", "gold");

    public static string Blind60Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind60", "articles");

    public static string Blind60Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind60", "gold");

    public static string Blind61Articles => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind61", "articles");

    public static string Blind61Gold => Path.Combine(Root, "tests", "CoopBot.Core.Tests", "Blind61", "gold");
}
