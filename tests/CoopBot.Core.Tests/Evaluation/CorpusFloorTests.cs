using System.Collections.Concurrent;
using CoopBot.Core.Evaluation;
using CoopBot.Core.Extraction;
using CoopBot.Testing;
using Xunit.Abstractions;

namespace CoopBot.Core.Tests.Evaluation;

/// <summary>The extractor must keep at least these scores on the development corpus.</summary>
public sealed class CorpusFloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.CorpusArticles, RepositoryPaths.CorpusGold, statementF1Floor: 0.9, outcomeF1Floor: 0.85);

/// <summary>
/// The held-out set, written apart from the development corpus: floors a little below its scores, so a rule that
/// only helps the development corpus and hurts other text fails here.
/// </summary>
public sealed class HeldOutFloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.HeldOutArticles, RepositoryPaths.HeldOutGold, statementF1Floor: 0.92, outcomeF1Floor: 0.8);

/// <summary>
/// The blind set, written by another hand in the house styles of twelve other outlets: floors a little below its
/// scores after the general fixes its first run pointed to (statement F1 0.887, outcome F1 0.832 before them).
/// </summary>
public sealed class BlindFloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.BlindArticles, RepositoryPaths.BlindGold, statementF1Floor: 0.93, outcomeF1Floor: 0.85);

/// <summary>
/// The second blind set (twelve more outlets, written after the first one's fixes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.953, outcome F1 0.885 before them).
/// </summary>
public sealed class Blind2FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind2Articles, RepositoryPaths.Blind2Gold, statementF1Floor: 0.95, outcomeF1Floor: 0.85);

/// <summary>
/// The third blind set (twelve more outlets, written after the second one's fixes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.986, outcome F1 0.805 before them).
/// </summary>
public sealed class Blind3FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind3Articles, RepositoryPaths.Blind3Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.88);

/// <summary>
/// The fourth blind set (twelve more outlets, written after the third one's fixes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.978, outcome F1 0.885 before them).
/// </summary>
public sealed class Blind4FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind4Articles, RepositoryPaths.Blind4Gold, statementF1Floor: 0.96, outcomeF1Floor: 0.88);

/// <summary>
/// The fifth blind set (twelve more outlets, written after the fourth one's fixes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.907, outcome F1 0.872 before them).
/// </summary>
public sealed class Blind5FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind5Articles, RepositoryPaths.Blind5Gold, statementF1Floor: 0.94, outcomeF1Floor: 0.85);

/// <summary>
/// The sixth blind set (twelve more outlets, written after the fifth one's fixes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.928, outcome F1 0.861 before them).
/// </summary>
public sealed class Blind6FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind6Articles, RepositoryPaths.Blind6Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.87);

/// <summary>
/// The seventh blind set (twelve more outlets, written after the sixth one's fixes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.960, outcome F1 0.864 before them).
/// </summary>
public sealed class Blind7FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind7Articles, RepositoryPaths.Blind7Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.88);

/// <summary>
/// The eighth blind set (twelve more outlets, written after the seventh one's fixes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.946, outcome F1 0.899 before them).
/// </summary>
public sealed class Blind8FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind8Articles, RepositoryPaths.Blind8Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.87);

/// <summary>
/// The ninth blind set (twelve more outlets, written after the eighth one's fixes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.985, outcome F1 0.894 before them).
/// </summary>
public sealed class Blind9FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind9Articles, RepositoryPaths.Blind9Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.87);

/// <summary>
/// The tenth blind set (twelve more outlets, written after the ninth one's fixes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.910, outcome F1 0.876 before them).
/// </summary>
public sealed class Blind10FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind10Articles, RepositoryPaths.Blind10Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.86);

/// <summary>
/// The eleventh blind set (twelve more outlets, written after the tenth one's fixes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.968, outcome F1 0.851 before them).
/// </summary>
public sealed class Blind11FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind11Articles, RepositoryPaths.Blind11Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.85);

/// <summary>
/// The twelfth blind set (twelve more outlets, written after the eleventh one's fixes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.981, outcome F1 0.846 before them).
/// </summary>
public sealed class Blind12FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind12Articles, RepositoryPaths.Blind12Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.84);

/// <summary>
/// The thirteenth blind set (twelve more outlets, written after the twelfth one's fixes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.975, outcome F1 0.911 before them).
/// </summary>
public sealed class Blind13FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind13Articles, RepositoryPaths.Blind13Gold, statementF1Floor: 0.98, outcomeF1Floor: 0.94);

/// <summary>
/// The fourteenth blind set (twelve more outlets, written after the thirteenth one's fixes): floors a little below its
/// scores after the general fixes its first run pointed to (statement F1 0.945, outcome F1 0.923 before them).
/// </summary>
public sealed class Blind14FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind14Articles, RepositoryPaths.Blind14Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.91);

/// <summary>
/// The fifteenth blind set (twelve more outlets, written after the fourteenth one's fixes): floors a little below its
/// scores after the general fixes its first run pointed to (statement F1 0.982, outcome F1 0.924 before them).
/// </summary>
public sealed class Blind15FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind15Articles, RepositoryPaths.Blind15Gold, statementF1Floor: 0.98, outcomeF1Floor: 0.92);

/// <summary>
/// The sixteenth blind set (twelve more outlets, written after the fifteenth one's fixes): floors a little below its
/// scores after the general fixes its first run pointed to (statement F1 0.970, outcome F1 0.947 before them).
/// </summary>
public sealed class Blind16FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind16Articles, RepositoryPaths.Blind16Gold, statementF1Floor: 0.98, outcomeF1Floor: 0.94);

/// <summary>
/// The seventeenth blind set (twelve more outlets, written while the sixteenth one's fixes were made): floors a little
/// below its scores after the general fixes its first run pointed to (statement F1 0.977, outcome F1 0.896 before them).
/// </summary>
public sealed class Blind17FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind17Articles, RepositoryPaths.Blind17Gold, statementF1Floor: 0.98, outcomeF1Floor: 0.92);

/// <summary>
/// The eighteenth blind set (twelve more outlets, first run after the eighth round's fixes): floors a little below its
/// scores after the few general fixes its first run pointed to (statement F1 0.987, outcome F1 0.883 before them).
/// </summary>
public sealed class Blind18FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind18Articles, RepositoryPaths.Blind18Gold, statementF1Floor: 0.98, outcomeF1Floor: 0.90);

/// <summary>
/// The nineteenth blind set (twelve more outlets, written to vary the devices earlier sets repeated; first run after the
/// ninth round's first fixes): floors a little below its scores after the general fixes its first run pointed to
/// (statement F1 0.918, outcome F1 0.725 before them). Its outcome floor is under the 0.85: bulleted agreements,
/// plans of bodies known only by name and objects the gold cuts shorter are still missed.
/// </summary>
public sealed class Blind19FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind19Articles, RepositoryPaths.Blind19Gold, statementF1Floor: 0.96, outcomeF1Floor: 0.82);

/// <summary>
/// The twentieth blind set (twelve more outlets, varied devices; first run after Blind19's fixes): floors a little below
/// its scores after the general fixes its first run pointed to (statement F1 0.928, outcome F1 0.877 before them).
/// </summary>
public sealed class Blind20FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind20Articles, RepositoryPaths.Blind20Gold, statementF1Floor: 0.95, outcomeF1Floor: 0.89);

/// <summary>
/// The twenty-first blind set (twelve more outlets, varied devices, Q&amp;A excerpts; first run after Blind20's fixes): floors a
/// little below its scores after the general fixes its first run pointed to (statement F1 0.969, outcome F1 0.890 before them).
/// </summary>
public sealed class Blind21FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind21Articles, RepositoryPaths.Blind21Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.90);

/// <summary>
/// The twenty-second blind set (twelve more outlets, written as they write; first run after the tenth round's first
/// fixes, which did not move it): floors a little below its scores after the general fixes its first run pointed to
/// (statement F1 0.916, outcome F1 0.863 before them).
/// </summary>
public sealed class Blind22FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind22Articles, RepositoryPaths.Blind22Gold, statementF1Floor: 0.98, outcomeF1Floor: 0.92);

/// <summary>
/// The twenty-third blind set (twelve more outlets; first run after Blind22's fixes and the widened lexicons): floors a
/// little below its scores after the general fixes its first run pointed to (statement F1 0.871, outcome F1 0.853 before them).
/// </summary>
public sealed class Blind23FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind23Articles, RepositoryPaths.Blind23Gold, statementF1Floor: 0.94, outcomeF1Floor: 0.87);

/// <summary>
/// The twenty-fourth blind set (twelve more outlets, written with Blind25 in the eleventh round; first run after that
/// round's first two rules, which did not move it): floors a little below its scores after the general fixes its first run
/// pointed to (statement F1 0.952, outcome F1 0.920 before them).
/// </summary>
public sealed class Blind24FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind24Articles, RepositoryPaths.Blind24Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.89);

/// <summary>
/// The twenty-fifth blind set (twelve more outlets, written with Blind24; first run with the same build): floors a little
/// below its scores after the general fixes (statement F1 0.967, outcome F1 0.881 before them).
/// </summary>
public sealed class Blind25FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind25Articles, RepositoryPaths.Blind25Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.88);

/// <summary>
/// The twenty-sixth blind set (twelve more outlets, written with Blind27 in the twelfth round; first run with the round's
/// first two changes, both to answering): floors a little below its scores after the general fixes its first run pointed
/// to (statement F1 0.964, outcome F1 0.925 before them).
/// </summary>
public sealed class Blind26FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind26Articles, RepositoryPaths.Blind26Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.93);

/// <summary>
/// The twenty-seventh blind set (twelve more outlets, written with Blind26; first run with the same build): floors a
/// little below its scores after the general fixes (statement F1 1.000, outcome F1 0.919 before them).
/// </summary>
public sealed class Blind27FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind27Articles, RepositoryPaths.Blind27Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.92);

/// <summary>
/// The twenty-eighth blind set (twelve more outlets, written with Blind29 in the thirteenth round; first run with the
/// round's first change, to outcome parties): floors a little below its scores after the general fixes its first run
/// pointed to (statement F1 0.968, outcome F1 0.901 before them).
/// </summary>
public sealed class Blind28FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind28Articles, RepositoryPaths.Blind28Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.92);

/// <summary>
/// The twenty-ninth blind set (twelve more outlets, written with Blind28; first run with the same build): floors a little
/// below its scores after the general fixes (statement F1 0.993, outcome F1 0.966 before them).
/// </summary>
public sealed class Blind29FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind29Articles, RepositoryPaths.Blind29Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.97);

/// <summary>
/// The thirtieth blind set (twelve more outlets, written with Blind31 in the fourteenth round; first run with the round's
/// first two changes, a surname that is a country's name and a standfirst's outcomes): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.985, outcome F1 0.938 before them).
/// </summary>
public sealed class Blind30FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind30Articles, RepositoryPaths.Blind30Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.96);

/// <summary>
/// The thirty-first blind set (twelve more outlets, written with Blind30; first run after Blind30's speaker fixes, which
/// scored it exactly as the round's starting build did): floors a little below its scores after the general fixes
/// (statement F1 0.996, outcome F1 0.949 before them).
/// </summary>
public sealed class Blind31FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind31Articles, RepositoryPaths.Blind31Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.96);

/// <summary>
/// The thirty-second blind set (twelve more outlets, written with Blind33 in the fifteenth round; first run after the
/// round's first four outcome fixes, which scored it as the round's starting build did): floors a little below its scores
/// after the general fixes its first run pointed to (statement F1 0.996, outcome F1 0.956 before them).
/// </summary>
public sealed class Blind32FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind32Articles, RepositoryPaths.Blind32Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.97);

/// <summary>
/// The thirty-third blind set (twelve more outlets, written with Blind32): floors a little below its scores after the
/// general fixes (statement F1 0.996, outcome F1 0.963 before them).
/// </summary>
public sealed class Blind33FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind33Articles, RepositoryPaths.Blind33Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.97);

/// <summary>
/// The thirty-fourth blind set (twelve more outlets, written with Blind35 in the fifteenth round; its first run scored it
/// as the round's starting build did): floors a little below its statement and outcome F1 (1.000 and 0.959, which the
/// round's country fixes since left as they were).
/// </summary>
public sealed class Blind34FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind34Articles, RepositoryPaths.Blind34Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.94);

/// <summary>
/// The thirty-fifth blind set (twelve more outlets, written with Blind34): floors a little below its first run's scores
/// (statement F1 1.000, outcome F1 0.953), which the general fixes since have kept.
/// </summary>
public sealed class Blind35FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind35Articles, RepositoryPaths.Blind35Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.94);

/// <summary>
/// The thirty-sixth blind set (twelve more outlets, written with Blind37 at the end of the fifteenth round; first run with
/// all but the round's last rule): floors a little below its first run's statement and outcome F1 (0.996, 0.945).
/// </summary>
public sealed class Blind36FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind36Articles, RepositoryPaths.Blind36Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.93);

/// <summary>
/// The thirty-seventh blind set (twelve more outlets, written with Blind36): floors a little below its first run's
/// statement and outcome F1 (0.979, 0.952).
/// </summary>
public sealed class Blind37FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind37Articles, RepositoryPaths.Blind37Gold, statementF1Floor: 0.96, outcomeF1Floor: 0.94);

/// <summary>
/// The thirty-eighth blind set (twelve more outlets, written with Blind39 at the start of the sixteenth round; first run
/// with the round's first country rules): floors a little below its first run's statement and outcome F1 (0.985, 0.929).
/// </summary>
public sealed class Blind38FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind38Articles, RepositoryPaths.Blind38Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.91);

/// <summary>
/// The thirty-ninth blind set (twelve more outlets, written with Blind38): floors a little below its first run's
/// statement and outcome F1 (0.964, 0.927).
/// </summary>
public sealed class Blind39FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind39Articles, RepositoryPaths.Blind39Gold, statementF1Floor: 0.95, outcomeF1Floor: 0.91);

/// <summary>
/// The fortieth blind set (twelve more outlets, written with Blind41 in the middle of the sixteenth round; first run
/// with most of the round's rules): floors a little below its first run's statement and outcome F1 (0.993, 0.936).
/// </summary>
public sealed class Blind40FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind40Articles, RepositoryPaths.Blind40Gold, statementF1Floor: 0.98, outcomeF1Floor: 0.92);

/// <summary>
/// The forty-first blind set (twelve more outlets, written with Blind40): floors a little below its first run's
/// statement and outcome F1 (0.984, 0.952).
/// </summary>
public sealed class Blind41FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind41Articles, RepositoryPaths.Blind41Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.94);

/// <summary>
/// The forty-second blind set (twelve more outlets, written with Blind43 at the start of the seventeenth round; first run after the round's first three rules): floors a little below its first run's
/// statement and outcome F1 (0.992, 0.940).
/// </summary>
public sealed class Blind42FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind42Articles, RepositoryPaths.Blind42Gold, statementF1Floor: 0.98, outcomeF1Floor: 0.92);

/// <summary>
/// The forty-third blind set (twelve more outlets, written with Blind42): floors a little below its first run's
/// statement and outcome F1 (0.980, 0.917).
/// </summary>
public sealed class Blind43FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind43Articles, RepositoryPaths.Blind43Gold, statementF1Floor: 0.96, outcomeF1Floor: 0.90);

/// <summary>
/// The forty-fourth blind set (twelve more outlets, written with Blind45 in the middle of the seventeenth round): floors a little below its first run's
/// statement and outcome F1 (0.972, 0.970).
/// </summary>
public sealed class Blind44FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind44Articles, RepositoryPaths.Blind44Gold, statementF1Floor: 0.96, outcomeF1Floor: 0.95);

/// <summary>
/// The forty-fifth blind set (twelve more outlets, written with Blind44): floors a little below its first run's
/// statement and outcome F1 (1.000, 0.926).
/// </summary>
public sealed class Blind45FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind45Articles, RepositoryPaths.Blind45Gold, statementF1Floor: 0.98, outcomeF1Floor: 0.91);

/// <summary>
/// The forty-sixth blind set (twelve more outlets, written with Blind47 later in the seventeenth round): floors a little below its first run's
/// statement and outcome F1 (0.978, 0.944).
/// </summary>
public sealed class Blind46FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind46Articles, RepositoryPaths.Blind46Gold, statementF1Floor: 0.96, outcomeF1Floor: 0.92);

/// <summary>
/// The forty-seventh blind set (twelve more outlets, written with Blind46): floors a little below its first run's
/// statement and outcome F1 (0.989, 0.960).
/// </summary>
public sealed class Blind47FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind47Articles, RepositoryPaths.Blind47Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.94);

/// <summary>
/// The forty-eighth blind set (twelve more outlets, written with Blind49 near the end of the seventeenth round): floors a little below its first run's
/// statement and outcome F1 (0.958, 0.932).
/// </summary>
public sealed class Blind48FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind48Articles, RepositoryPaths.Blind48Gold, statementF1Floor: 0.94, outcomeF1Floor: 0.91);

/// <summary>
/// The forty-ninth blind set (twelve more outlets, written with Blind48): floors a little below its first run's
/// statement and outcome F1 (0.996, 0.951).
/// </summary>
public sealed class Blind49FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind49Articles, RepositoryPaths.Blind49Gold, statementF1Floor: 0.98, outcomeF1Floor: 0.93);

/// <summary>
/// The fiftieth blind set (twelve more outlets, written with Blind51 early in the eighteenth round): floors a little below
/// its first run's statement and outcome F1 (0.996, 0.896).
/// </summary>
public sealed class Blind50FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind50Articles, RepositoryPaths.Blind50Gold, statementF1Floor: 0.98, outcomeF1Floor: 0.87);

/// <summary>
/// The fifty-first blind set (twelve more outlets, written with Blind50): floors a little below its first run's
/// statement and outcome F1 (0.978, 0.940).
/// </summary>
public sealed class Blind51FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind51Articles, RepositoryPaths.Blind51Gold, statementF1Floor: 0.96, outcomeF1Floor: 0.92);

/// <summary>
/// The fifty-second blind set (twelve more outlets, written with Blind53 in the eighteenth round): floors a little below
/// its first run's statement and outcome F1 (0.978, 0.957).
/// </summary>
public sealed class Blind52FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind52Articles, RepositoryPaths.Blind52Gold, statementF1Floor: 0.96, outcomeF1Floor: 0.94);

/// <summary>
/// The fifty-third blind set (twelve more outlets, written with Blind52): floors a little below its first run's
/// statement and outcome F1 (0.991, 0.922).
/// </summary>
public sealed class Blind53FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind53Articles, RepositoryPaths.Blind53Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.90);

/// <summary>
/// The fifty-fourth blind set (twelve more outlets, written with Blind55 in the eighteenth round): floors a little below
/// its first run's statement and outcome F1 (0.942, 0.927).
/// </summary>
public sealed class Blind54FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind54Articles, RepositoryPaths.Blind54Gold, statementF1Floor: 0.92, outcomeF1Floor: 0.91);

/// <summary>
/// The fifty-fifth blind set (twelve more outlets, written with Blind54): floors a little below its first run's
/// statement and outcome F1 (0.979, 0.927).
/// </summary>
public sealed class Blind55FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind55Articles, RepositoryPaths.Blind55Gold, statementF1Floor: 0.96, outcomeF1Floor: 0.91);

/// <summary>
/// The fifty-sixth blind set (twelve more outlets, written with Blind57 late in the eighteenth round): floors a little below
/// its first run's statement and outcome F1 (0.987, 0.889).
/// </summary>
public sealed class Blind56FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind56Articles, RepositoryPaths.Blind56Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.87);

/// <summary>
/// The fifty-seventh blind set (twelve more outlets, written with Blind56): floors a little below its first run's
/// statement and outcome F1 (0.988, 0.919).
/// </summary>
public sealed class Blind57FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind57Articles, RepositoryPaths.Blind57Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.90);

/// <summary>
/// The fifty-eighth blind set (twelve more outlets, written with Blind59, Blind60 and Blind61 in the nineteenth round, four at once): floors a little below its first run's
/// statement and outcome F1 (0.991, 0.934).
/// </summary>
public sealed class Blind58FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind58Articles, RepositoryPaths.Blind58Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.91);

/// <summary>
/// The fifty-ninth blind set (twelve more outlets, written with the other three of the round): floors a little below its first run's
/// statement and outcome F1 (0.983, 0.932).
/// </summary>
public sealed class Blind59FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind59Articles, RepositoryPaths.Blind59Gold, statementF1Floor: 0.96, outcomeF1Floor: 0.91);

/// <summary>
/// The sixtieth blind set (twelve more outlets, written with the other three of the round): floors a little below its first run's
/// statement and outcome F1 (0.988, 0.910).
/// </summary>
public sealed class Blind60FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind60Articles, RepositoryPaths.Blind60Gold, statementF1Floor: 0.97, outcomeF1Floor: 0.89);

/// <summary>
/// The sixty-first blind set (twelve more outlets, written with the other three of the round): floors a little below its first run's
/// statement and outcome F1 (0.979, 0.882).
/// </summary>
public sealed class Blind61FloorTests(ITestOutputHelper output)
    : ExtractionFloorTests(output, RepositoryPaths.Blind61Articles, RepositoryPaths.Blind61Gold, statementF1Floor: 0.96, outcomeF1Floor: 0.86);

/// <summary>Extracts and scores a folder of articles against its gold files, and asserts floors on the scores.</summary>
public abstract class ExtractionFloorTests(ITestOutputHelper output, string articles, string gold, double statementF1Floor, double outcomeF1Floor)
{
    private const double StatusFloor = 0.9;

    // Extract and score each folder once for all the tests that use it.
    private static readonly ConcurrentDictionary<string, Lazy<Task<CorpusEvaluation>>> Evaluations = new();

    private async Task<CorpusEvaluation> EvaluateAsync()
    {
        var evaluation = await Evaluations.GetOrAdd(articles, _ => new(() => CorpusEvaluator.EvaluateAsync(articles, gold, new ArticleExtractor().Extract))).Value;
        output.WriteLine(ExtractionReportFormatter.Format(evaluation, verbose: true));
        return evaluation;
    }

    [Fact]
    public async Task Every_article_is_read_extracted_and_scored()
    {
        var evaluation = await EvaluateAsync();

        Assert.Empty(evaluation.Skipped);
        // A warning here is a gold id that differs from the id the parser derives for the article.
        Assert.Empty(evaluation.Warnings);
        Assert.Equal(Directory.GetFiles(gold, "*.json").Length, evaluation.Score.Articles.Count);
    }

    [Fact]
    public async Task Statement_F1_at_loose_overlap_is_at_least_the_floor()
    {
        var evaluation = await EvaluateAsync();

        var loose = evaluation.Score.Statements.Loose;
        Assert.True(loose.F1 >= statementF1Floor,
            $"Statement F1 at overlap {loose.MinOverlap} is {loose.F1:0.000} (P {loose.Precision:0.000}, R {loose.Recall:0.000}), below {statementF1Floor}.");
    }

    [Fact]
    public async Task Outcome_F1_is_at_least_the_floor()
    {
        var evaluation = await EvaluateAsync();

        var match = evaluation.Score.Outcomes.Match;
        Assert.True(match.F1 >= outcomeF1Floor,
            $"Outcome F1 is {match.F1:0.000} (P {match.Precision:0.000}, R {match.Recall:0.000}), below {outcomeF1Floor}.");
    }

    [Fact]
    public async Task Outcome_statuses_are_right_at_least_nine_times_in_ten()
    {
        var evaluation = await EvaluateAsync();

        var accuracy = evaluation.Score.Outcomes.Status.Value;
        Assert.True(accuracy is null or >= StatusFloor, $"Outcome status accuracy is {accuracy:0.000}, below {StatusFloor}.");
    }
}
