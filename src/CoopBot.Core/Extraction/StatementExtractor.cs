using System.Text;
using System.Text.RegularExpressions;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Extraction;

/// <summary>A statement found while reading, before speakers are finalised.</summary>
internal sealed record FoundStatement(Person Speaker, StatementKind Kind, string Text, int SentenceIndex, string Evidence, int ParagraphIndex, int Start);

/// <summary>
/// Finds who said what: direct quotes with their attribution (before, after, or carried over from the previous
/// quote or paragraph), and reported speech introduced by a verb of saying or stance or by "according to".
/// </summary>
internal sealed partial class StatementExtractor(PersonRegistry people)
{
    private readonly List<FoundStatement> statements = [];
    private readonly PersonIntroductions introductions = new(people);
    private int paragraphBase;

    // The speaker of the last direct quote, for follow-on quote paragraphs without attribution.
    private Person? lastQuoteSpeaker;
    private int lastQuoteParagraph = -10;

    // A quote left open at the end of a paragraph, continued by the next one.
    private PendingQuote? pending;

    private sealed record PendingQuote(Person? Speaker, StringBuilder Text, int SentenceIndex, StringBuilder Evidence, int ParagraphIndex, int Start);

    public IReadOnlyList<FoundStatement> Statements => statements;

    /// <summary>The direct (not partial) quotations of the paragraph read last: their words are nobody's outcome.</summary>
    public List<QuoteSpan> DirectQuotes { get; } = [];

    /// <summary>The speaker of a statement in each sentence read so far, for "he proposed …" outcomes.</summary>
    public Dictionary<int, Person> SpeakerBySentence { get; } = [];

    private static readonly string[] ContinuationMarkers =
    [
        ", adding that ", ", adding ", ", saying that ", ", saying ", ", noting that ", ", noting ", ", arguing that ", ", arguing ",
        ", pointing out that ", ", indicating that ", ", stressing that ", ", warning that ", ", insisting that ", ", explaining that ", ", urging ",
        ", calling for ", ", calling on ", ", while adding that ", " and added that ", " and stressed that ", " and noted that ",
        " and warned that ", " and urged ", " and called for ", " but urged ", " but warned that ", " but warned ", " but added that ",
        " but stressed that ", " but noted that ", " but called for ", " and expressed hope that ", "; ",
    ];

    // The appositive may be capitalised ("According to Dr. X, Director of the IGAD Centre …, the certificates would …");
    // MatchSourceFirst checks that it describes a person. Each pattern starts where its opener ("According to ") ends.
    [GeneratedRegex(@"\G(?<who>[^,]+(?:, (?:the )?[^,]*)?), (?<what>.+)$")]
    private static partial Regex SourceFirst();

    [GeneratedRegex(@"\G(?<who>[^,]+), (?<what>.+)$")]
    private static partial Regex SourceFirstWithoutAppositive();

    [GeneratedRegex(@"^(?:Quotes?|Comments?) (?:attributable|attributed) to ")]
    private static partial Regex QuotesAttributableTo();

    // A name of two to five words, capitalised but for the particles inside it ("Norhafizah binti Haji Yassin", "Ana de la Cruz").
    private const string NameOfWords = @"\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:bin|binti|bint|van|von|de|del|da|dos|das|di|du|la|le|al|el|der|den)\s+)*\p{Lu}[\p{L}'’.\-]*){1,4}";

    [GeneratedRegex(@"\G(?<title>[^,]+), (?<who>" + NameOfWords + @"), (?<what>.+)$")]
    private static partial Regex SourceTitleThenName();

    [GeneratedRegex(@"\G(?<who>(?:the )[^,]+, (?:the|a|an) [^,]+, " + NameOfWords + @"), (?<what>.+)$")]
    private static partial Regex SourceTitleRemarkThenName();

    /// <summary>
    /// The source and what it said, after an opener ending at <paramref name="from"/> ("According to ", "For "): "According
    /// to Jane Doe, the bank's chief economist, …" takes the appositive with the name; "According to Ratu Semi, each move
    /// has cost far more …" has none: the lower-case clause after the name is what was said.
    /// </summary>
    private static Match MatchSourceFirst(string text, int from)
    {
        // "According to Mexico’s ambassador to Argentina, Citlali Ocampo Huerta, the agency will …": the title first.
        // "According to the Chief of Mission of the … (IOM) in Sierra Leone, X, …": after "the", a capitalised title too.
        // "According to Mozambique's National Director of Agriculture, Celso Chauque, …": after a country's possessive too.
        var titleFirst = SourceTitleThenName().Match(text, from);
        var title = titleFirst.Groups["title"].Value;
        var capitalisedTitleMayOpen = title.StartsWith("the ", StringComparison.Ordinal)
            || title.IndexOf(' ') is > 0 and var space && MentionParser.CountryOfPossessive(title[..space]) is not null;
        if (titleFirst.Success && Tokens.Words(title).Any(w => (!w.IsCapitalized || capitalisedTitleMayOpen) && Vocabulary.TitleNouns.Contains(w.Text)))
        {
            return titleFirst;
        }
        // "According to the executive director of Agesic, the government agency in charge of digital government, Florencia
        // X, the agency will …": a description of the title's body between the title and the name.
        var remarked = SourceTitleRemarkThenName().Match(text, from);
        if (remarked.Success && remarked.Groups["who"].Value is var titled && MentionParser.SubjectAfter(titled, 0, titled.Length).Kind is MentionKind.Name)
        {
            return remarked;
        }
        var match = SourceFirst().Match(text, from);
        var who = match.Groups["who"].Value;
        var comma = who.IndexOf(", ", StringComparison.Ordinal);
        if (match.Success && comma > 0)
        {
            // "According to Dr X, who heads Earth observation programmes at AfSA, the agency will …": a relative clause
            // describes the person too.
            // "According to him, the Kenema Government Hospital, which …, will serve …": a pronoun takes no description,
            // nor does a title naming someone already introduced ("According to the minister, the agreement removes …, eggs
            // and dairy products").
            if (who[..comma] is "him" or "her" or "them" || IsBareTitleReference(who[..comma])
                || !who[(comma + 2)..].StartsWith("who ", StringComparison.Ordinal) && !MentionParser.DescribesPerson(Tokens.Words(who[(comma + 2)..])))
            {
                return SourceFirstWithoutAppositive().Match(text, from);
            }
        }
        // "According to X, head of Tajikistan's Agency for Standardization, Metrology, Certification and Trade Inspection
        // (Tajikstandard), several …": the commas between portfolios are the title's.
        for (var portfolios = 1; match.Success && portfolios <= 3 && match.Groups["what"].Index is var what and >= 2 && text[what - 2] == ',' && MentionParser.IsPortfolioListCommaAt(text, what - 2); portfolios++)
        {
            match = SourceFirstWithPortfolioCommas[portfolios - 1].Match(text, from);
        }
        return match;
    }

    // SourceFirst with one, two or three more commas inside the appositive's title.
    private static readonly Regex[] SourceFirstWithPortfolioCommas = [SourceFirstWithOneMoreComma(), SourceFirstWithTwoMoreCommas(), SourceFirstWithThreeMoreCommas()];

    [GeneratedRegex(@"\G(?<who>[^,]+, (?:the )?[^,]*(?:, [^,]*){1}), (?<what>.+)$")]
    private static partial Regex SourceFirstWithOneMoreComma();

    [GeneratedRegex(@"\G(?<who>[^,]+, (?:the )?[^,]*(?:, [^,]*){2}), (?<what>.+)$")]
    private static partial Regex SourceFirstWithTwoMoreCommas();

    [GeneratedRegex(@"\G(?<who>[^,]+, (?:the )?[^,]*(?:, [^,]*){3}), (?<what>.+)$")]
    private static partial Regex SourceFirstWithThreeMoreCommas();

    /// <summary>"the minister", "the deputy governor": "the" and lower-case words ending in a title noun.</summary>
    private static bool IsBareTitleReference(string who)
    {
        var words = Tokens.Words(who);
        return words.Count >= 2 && words[0].Text == "the" && words.Skip(1).All(w => !w.IsCapitalized) && Vocabulary.TitleNouns.Contains(words[^1].Text);
    }

    [GeneratedRegex(@"^(?<what>.+?),? according to (?<who>.+?)\.?$")]
    private static partial Regex AccordingToLast();

    // The pattern's lazy prefix retries at every character; without its literal middle it cannot match at all.
    private static Match MatchAccordingToLast(string text) =>
        text.Contains(" according to ", StringComparison.Ordinal) ? AccordingToLast().Match(text) : Match.Empty;

    [GeneratedRegex(@"^(?:Similar|Such|These|Those) (?:views|remarks|sentiments|concerns|points|opinions) (?:were|was) (?:shared|echoed|expressed|voiced) by (?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SharedBy();

    /// <summary>Reads one paragraph; <paramref name="next"/> may attribute its quotes ("– Name, Title" on a line of its own).</summary>
    public void ReadParagraph(Paragraph paragraph, Paragraph? next = null)
    {
        var text = paragraph.Text;
        var quotes = QuoteScanner.Find(text);
        var handledSentences = new HashSet<int>();
        DirectQuotes.Clear();
        paragraphBase = PersonRegistry.Position(paragraph.Index, 0);
        foreach (var sentence in paragraph.Sentences)
        {
            introductions.Read(sentence.Text, PersonRegistry.Position(paragraph.Index, sentence.Start));
        }

        RegisterReportedSubjects(paragraph, quotes);
        if (quotes.Count == 0 && text.EndsWith(':') && paragraph.Sentences.Count > 0)
        {
            // "Minister for Development Harriet Colquhoun said:" on a line of its own, the quote in the paragraphs after it,
            // as government press releases print it.
            var last = paragraph.Sentences[^1];
            if (PreAttribution(text, last.Start, text.Length - 1, out var announced) is { } announcer && announced)
            {
                FlushPending(null);
                lastQuoteSpeaker = announcer;
                lastQuoteParagraph = paragraph.Index;
                handledSentences.Add(last.Index);
            }
            // "Quotes attributable to Minister for Agriculture, Fisheries and Forestry Rachel X:", as Australian and New
            // Zealand ministers' media releases head the quotes below.
            else if (QuotesAttributableTo().Match(text) is { Success: true } heading
                && Resolve(MentionParser.SubjectAfter(text, heading.Length, text.Length - 1), paragraphBase) is { } attributed)
            {
                FlushPending(null);
                lastQuoteSpeaker = attributed;
                lastQuoteParagraph = paragraph.Index;
                handledSentences.Add(last.Index);
            }
        }

        // An interview's answer printed after the speaker's name: "Van Damme: Materials are where AI can show results fastest."
        if (quotes.Count == 0 && AnswerAfterName(text) is var colon and > 0 && people.FindByName(Tokens.Words(text[..colon]).Select(w => w.Text).ToList()) is { } interviewee)
        {
            FlushPending(null);
            AddDirect(interviewee, text[(colon + 1)..].Trim(), paragraph.Sentences[0].Index, EvidenceBetween(paragraph, 0, text.Length, handledSentences), paragraph.Index, colon + 1);
            foreach (var answered in paragraph.Sentences)
            {
                handledSentences.Add(answered.Index);
            }
        }

        var qi = 0;
        if (pending is not null)
        {
            if (quotes.Count > 0 && quotes[0].Open == 0)
            {
                DirectQuotes.Add(quotes[0]);
                qi = ContinuePendingQuote(paragraph, quotes[0], handledSentences) ? 1 : 0;
            }
            else
            {
                FlushPending(null);
            }
        }

        Person? paragraphSpeaker = null;
        // The quote before, when an attribution after it named its speaker: "“A,” explained X, director of Y, “B.”" resumes it.
        (Person Speaker, int Close, int Sentence)? attributedQuote = null;
        for (; qi < quotes.Count; qi++)
        {
            var quote = quotes[qi];
            var sentence = SentenceAt(paragraph, quote.Open);
            var sentenceStart = sentence.Start;
            var before = text[sentenceStart..quote.Open].TrimEnd();
            var initial = before.Length == 0 || before.All(c => QuoteScanner.IsQuoteMark(c) || c is '—' or '-' or '(');

            Person? speaker = null;
            var hasPreAttribution = false;
            if (!initial && attributedQuote is { } interrupted && interrupted.Sentence == sentence.Index && ResumesAfterAttribution(text, interrupted.Close, quote.Open))
            {
                speaker = interrupted.Speaker;
            }
            else if (!initial)
            {
                speaker = PreAttribution(text, sentenceStart, quote.Open, out hasPreAttribution);
                if (!hasPreAttribution)
                {
                    continue; // a partial quote inside reported speech; the reported-speech pass keeps it
                }
            }

            DirectQuotes.Add(quote);
            if (!quote.IsClosed(text))
            {
                // Runs on into the next paragraph: attribution may come there, at its end.
                var evidence = new StringBuilder(EvidenceBetween(paragraph, quote.Open, text.Length, handledSentences));
                pending = new PendingQuote(speaker, new StringBuilder(CleanQuote(text[quote.ContentStart..])), SentenceAt(paragraph, quote.Open).Index, evidence, paragraph.Index, quote.Open);
                return;
            }

            var closeSentence = SentenceAt(paragraph, quote.Close);
            var afterEnd = closeSentence.Start + closeSentence.Length;
            if (speaker is null)
            {
                speaker = PostAttribution(text, quote.Close + 1, afterEnd, out var attributionEnd);
                if (speaker is not null)
                {
                    ReadContinuations(paragraph, text, attributionEnd, afterEnd, speaker, closeSentence);
                }
                attributedQuote = speaker is null ? null : (speaker, quote.Close, closeSentence.Index);
            }
            else
            {
                ReadContinuations(paragraph, text, quote.Close + 1, afterEnd, speaker, closeSentence);
            }

            // A news release's quote signed with a dash after it, "“…” – Name, Title", or on the next line.
            speaker ??= initial ? DashAttribution(text, quote.Close + 1) ?? (QuoteOnlyParagraph(text, quotes) && next is not null ? DashAttribution(next.Text, 0) : null) : null;
            // Unattributed: an interrupted quote continues this paragraph's speaker; a follow-on paragraph the last one's.
            speaker ??= paragraphSpeaker ?? (initial && QuoteOnlyParagraph(text, quotes) ? PreviousParagraphSpeaker(paragraph.Index) : null)
                ?? (initial ? ReportedSubjectBefore(quote.Open) : null);
            if (speaker is null)
            {
                continue;
            }
            var first = SentenceAt(paragraph, quote.Open).Index;
            AddDirect(speaker, text[quote.ContentStart..quote.Close], first, EvidenceBetween(paragraph, quote.Open, afterEnd, handledSentences), paragraph.Index, quote.Open);
            paragraphSpeaker = speaker;
        }

        foreach (var sentence in paragraph.Sentences)
        {
            if (!handledSentences.Contains(sentence.Index))
            {
                ReadReportedSpeech(paragraph, sentence);
            }
        }
    }

    /// <summary>
    /// Whether the words between a quote closed at <paramref name="close"/> and one opened at <paramref name="open"/> are
    /// only its attribution, ending with a comma: "“A,” explained X, director of Y, “because B.”".
    /// </summary>
    private static bool ResumesAfterAttribution(string text, int close, int open)
    {
        var between = text.AsSpan(close + 1, open - close - 1).TrimEnd();
        return between.EndsWith(",") && !between.ContainsAny(QuoteScanner.QuoteMarks);
    }

    /// <summary>The speaker of the paragraph's last reported sentence before <paramref name="offset"/>, if it named one.</summary>
    private Person? ReportedSubjectBefore(int offset)
    {
        for (var i = reportedSubjects.Count - 1; i >= 0; i--)
        {
            if (reportedSubjects[i].SentenceStart < offset)
            {
                return reportedSubjects[i].Speaker;
            }
        }
        return null;
    }

    /// <summary>Call after the last paragraph, so a quote left open at the very end is still counted.</summary>
    public void Finish() => FlushPending(null);

    private bool ContinuePendingQuote(Paragraph paragraph, QuoteSpan quote, HashSet<int> handled)
    {
        var text = paragraph.Text;
        var p = pending!;
        p.Text.Append(' ').Append(CleanQuote(text[quote.ContentStart..quote.Close]));
        if (!quote.IsClosed(text))
        {
            p.Evidence.Append(' ').Append(EvidenceBetween(paragraph, 0, text.Length, handled));
            return true;
        }
        var closeSentence = SentenceAt(paragraph, quote.Close);
        var afterEnd = closeSentence.Start + closeSentence.Length;
        var speaker = p.Speaker ?? PostAttribution(text, quote.Close + 1, afterEnd, out _);
        p.Evidence.Append(' ').Append(EvidenceBetween(paragraph, 0, afterEnd, handled));
        FlushPending(speaker);
        return true;
    }

    private void FlushPending(Person? speaker)
    {
        if (pending is null)
        {
            return;
        }
        var p = pending;
        pending = null;
        speaker ??= p.Speaker;
        if (speaker is not null)
        {
            AddDirect(speaker, p.Text.ToString(), p.SentenceIndex, p.Evidence.ToString(), p.ParagraphIndex, p.Start);
        }
    }

    /// <summary>Where the colon after a name of one to four capitalised words opening the paragraph is ("Van Damme: …"), else -1.</summary>
    private static int AnswerAfterName(string paragraph)
    {
        var colon = paragraph.IndexOf(':', 0, Math.Min(paragraph.Length, 40));
        if (colon < 2 || colon + 2 >= paragraph.Length || paragraph[colon + 1] != ' ')
        {
            return -1;
        }
        var words = Tokens.Words(paragraph[..colon]);
        return words.Count is >= 1 and <= 4 && words.All(w => w.IsCapitalized || MentionParser.IsNameParticle(w.Text))
            && words[0].Text is not ("Q" or "Question" or "A" or "Answer") ? colon : -1;
    }

    private void AddDirect(Person speaker, string quote, int sentenceIndex, string evidence, int paragraphIndex, int start)
    {
        var text = CleanQuote(quote);
        if (text.Length == 0 || !text.Any(char.IsLetter))
        {
            return;
        }
        Add(new FoundStatement(speaker, StatementKind.Direct, text, sentenceIndex, evidence, paragraphIndex, start));
        lastQuoteSpeaker = speaker;
        lastQuoteParagraph = paragraphIndex;
    }

    private void Add(FoundStatement statement)
    {
        // Two readings of one sentence ("according to X, who said …" and the relative "who said") give one statement.
        if (statements.Exists(s => s.SentenceIndex == statement.SentenceIndex && s.Speaker == statement.Speaker && s.Text == statement.Text))
        {
            return;
        }
        statement.Speaker.HasStatements = true;
        people.Touch(statement.Speaker, PersonRegistry.Position(statement.ParagraphIndex, statement.Start));
        SpeakerBySentence[statement.SentenceIndex] = statement.Speaker;
        statements.Add(statement);
    }

    /// <summary>
    /// "– The Honourable Élise Marchildon, Minister of International Development": a dash, then the name and its title, at
    /// <paramref name="from"/> and to the end of <paramref name="text"/>, as news releases sign their quotes.
    /// </summary>
    private Person? DashAttribution(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        if (i >= text.Length || text[i] is not ('–' or '—' or '-'))
        {
            return null;
        }
        i++;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '-'))
        {
            i++;
        }
        // "The Honourable X": the article belongs to the honorific.
        if (text.AsSpan(i).StartsWith("The Hon", StringComparison.Ordinal))
        {
            i += 4;
        }
        var end = text.Length;
        while (end > i && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.'))
        {
            end--;
        }
        if (end - i is < 3 or > 200 || !char.IsUpper(text[i]) || text.AsSpan(i, end - i).IndexOfAny('“', '"') >= 0)
        {
            return null;
        }
        var mention = MentionParser.SubjectAfter(text, i, end);
        return mention.Kind is MentionKind.Name ? Resolve(mention, paragraphBase) : null;
    }

    /// <summary><c>X said: "…"</c>, <c>X, title, said "…"</c>, <c>X told Xinhua: "…"</c>.</summary>
    private Person? PreAttribution(string text, int sentenceStart, int quoteOpen, out bool found)
    {
        found = false;
        var before = text[sentenceStart..quoteOpen].TrimEnd();
        var words = Tokens.Words(text, sentenceStart, quoteOpen - sentenceStart);
        for (var w = words.Count - 1; w >= 0 && w >= words.Count - MaxWordsFromVerbToQuote - 2; w--)
        {
            if (!TryMatchVerb(words, w, out var verb, out var verbEnd))
            {
                continue;
            }
            // Only a listener, a time phrase or punctuation may stand between the verb and the quote; before a colon, an
            // occasion too ("The Minister said in a speech during the signing ceremony, attended by the INA correspondent:").
            var between = text[words[verbEnd - 1].End..quoteOpen].Trim();
            var wordsBetween = words.Count - verbEnd;
            var near = w >= words.Count - 8;
            if (between.Length > 0 && between is not (":" or ",") && !(near && verb.Complement == ComplementKind.Listener
                    || near && wordsBetween <= 6 && (between.EndsWith(':') || between.EndsWith(',') && OpensAdverbial(words[verbEnd].Text))
                    || between.EndsWith(':') && OpensAdverbial(words[verbEnd].Text) && !words.Skip(verbEnd).Any(x => x.Text is "that")))
            {
                continue; // "She said the hardest calls come at night, “when …”": reported speech ending in a partial quote
            }
            found = true;
            var mention = MentionParser.SubjectBefore(text, sentenceStart, words[w].Start);
            return Resolve(mention, paragraphBase);
        }
        return null;
    }

    /// <summary>How many words an occasion between a verb and the colon before its quote may run to ("said in a speech … :").</summary>
    private const int MaxWordsFromVerbToQuote = 16;

    /// <summary>
    /// How far after a closing quote its verb may stand: a name and a long title between commas ("Hwang Ye-rin, director
    /// general for resource security at South Korea's Ministry of Trade, Industry and Energy, said") run to twenty words.
    /// </summary>
    private const int MaxWordsBeforeAttributionVerb = 24;

    /// <summary><c>"…," said X, title.</c> / <c>"…," X said.</c> / <c>"…," he added.</c> / <c>"…?" asked the minister.</c></summary>
    private Person? PostAttribution(string text, int from, int sentenceEnd, out int attributionEnd)
    {
        attributionEnd = from;
        var i = from;
        while (i < sentenceEnd && (char.IsWhiteSpace(text[i]) || text[i] is ',' or '—' or '–'))
        {
            i++;
        }
        if (i >= sentenceEnd || QuoteScanner.IsQuoteMark(text[i]))
        {
            return null;
        }
        var words = Tokens.Words(text, i, sentenceEnd - i);
        if (words.Count == 0 || char.IsUpper(words[0].Text[0]) && text[from..i].Trim().Length == 0 && i > 0 && text[i - 1] != ' ')
        {
            return null;
        }
        for (var w = 0; w < words.Count && w < MaxWordsBeforeAttributionVerb; w++)
        {
            if (!TryMatchVerb(words, w, out var verb, out var verbEnd) || verb.IsGerund)
            {
                continue;
            }
            Mention mention;
            if (w == 0)
            {
                var stop = ClauseEnd(text, words[verbEnd - 1].End, sentenceEnd);
                mention = MentionParser.SubjectAfter(text, words[verbEnd - 1].End, stop);
                attributionEnd = stop;
            }
            else
            {
                mention = MentionParser.SubjectBefore(text, i, words[w].Start);
                if (mention.Kind is MentionKind.None || mention.Start > i + 2)
                {
                    return null;
                }
                attributionEnd = words[verbEnd - 1].End;
            }
            return Resolve(mention, paragraphBase);
        }
        return null;
    }

    // The named subjects of the paragraph's reported speech before its last quote, where each sentence starts: "X explained
    // that … . "Quote."" gives an unattributed quote after it to X.
    private readonly List<(int SentenceStart, Person? Speaker)> reportedSubjects = [];

    /// <summary>
    /// "Valdirene Kochhann, who coordinates a cooperative, warned that … “…,” she said.": the subject of reported speech
    /// earlier in the paragraph is known before the paragraph's quotes are attributed (they are read first), as a reader
    /// knows it. It registers them and notes each one's sentence (for a quote after it, <see cref="ReportedSubjectBefore"/>);
    /// the statements come from the reported-speech pass.
    /// </summary>
    private void RegisterReportedSubjects(Paragraph paragraph, IReadOnlyList<QuoteSpan> quotes)
    {
        reportedSubjects.Clear();
        if (quotes.Count == 0)
        {
            return;
        }
        foreach (var sentence in paragraph.Sentences)
        {
            if (sentence.Start >= quotes[^1].Open)
            {
                return;
            }
            if (HasQuoteIn(quotes, sentence))
            {
                continue;
            }
            var words = Tokens.Words(sentence.Text);
            for (var w = 0; w < words.Count; w++)
            {
                if (TryMatchVerb(words, w, out _, out _))
                {
                    if (MentionParser.SubjectBefore(sentence.Text, 0, words[w].Start) is { Kind: MentionKind.Name } mention)
                    {
                        reportedSubjects.Add((sentence.Start, Resolve(mention, PersonRegistry.Position(paragraph.Index, sentence.Start))));
                    }
                    break;
                }
            }
        }
    }

    private static bool HasQuoteIn(IReadOnlyList<QuoteSpan> quotes, Sentence sentence)
    {
        foreach (var quote in quotes)
        {
            if (quote.Open >= sentence.Start && quote.Open < sentence.Start + sentence.Length)
            {
                return true;
            }
        }
        return false;
    }

    private static int ClauseEnd(string text, int from, int end)
    {
        foreach (var marker in ContinuationMarkers)
        {
            var at = text.IndexOf(marker, from, end - from, StringComparison.Ordinal);
            if (at >= 0)
            {
                end = at;
            }
        }
        return end;
    }

    /// <summary>After an attribution: ", adding that …" and similar start statements of the same speaker.</summary>
    private void ReadContinuations(Paragraph paragraph, string text, int from, int sentenceEnd, Person speaker, Sentence sentence)
    {
        foreach (var (content, _) in SplitContinuations(text, from, sentenceEnd, includeFirst: false))
        {
            AddReported(speaker, content, sentence, paragraph.Index, from);
        }
    }

    // First words of every reporting verb, plus "according to" and "shared by": sentences without any (or an opening
    // "For", a view's) carry no statement.
    private static readonly SubstringSet ReportingCues = new(
        [.. Vocabulary.ReportingVerbs.Select(v => v.Words[0]), "According", "according", "shared by", "echoed by"]);

    private void ReadReportedSpeech(Paragraph paragraph, Sentence sentence)
    {
        var text = sentence.Text;
        if (!ReportingCues.ContainsAny(text) && !text.StartsWith("For ", StringComparison.Ordinal))
        {
            return;
        }
        var sentenceBase = PersonRegistry.Position(paragraph.Index, sentence.Start);

        // SharedBy needs " by " (in any case); most sentences have no "by" at all.
        var shared = text.Contains(" by ", StringComparison.OrdinalIgnoreCase) ? SharedBy().Match(text) : Match.Empty;
        if (shared.Success)
        {
            var who = shared.Groups["who"].Value;
            var mention = MentionParser.SubjectAfter(who, 0, who.Length);
            Resolve(mention, sentenceBase + shared.Groups["who"].Index);
        }

        const string accordingTo = "According to ";
        var according = text.StartsWith(accordingTo, StringComparison.Ordinal) ? MatchSourceFirst(text, accordingTo.Length) : Match.Empty;
        if (according.Success)
        {
            AddAccordingTo(according, paragraph, sentence, sentenceBase);
            return;
        }
        // "For the president of the Brazilian Animal Protein Association (ABPA), Ricardo Guaraldo, the change will reduce
        // costs": translated Portuguese and Spanish reports give a named person's view so ("Para o presidente …").
        var view = text.StartsWith("For ", StringComparison.Ordinal) ? MatchSourceFirst(text, "For ".Length) : Match.Empty;
        if (view.Success && ReadsAsClause(view.Groups["what"].Value) && AddAccordingTo(view, paragraph, sentence, sentenceBase, namedOnly: true))
        {
            return;
        }

        var words = Tokens.Words(text);
        Person? lastSpeaker = null;
        Person? participleSpeaker = null;
        var consumedTo = 0;
        for (var w = 0; w < words.Count; w++)
        {
            if (words[w].Start < consumedTo || !TryMatchVerb(words, w, out var verb, out var verbEnd))
            {
                continue;
            }
            if (IsPassiveOrAttributive(text, words, w))
            {
                continue;
            }
            // The participle after an attribution read just before ("…, X said, adding that …") is that speaker's.
            var mention = participleSpeaker is null ? MentionParser.SubjectBefore(text, ClauseStart(text, words[w].Start, consumedTo), words[w].Start) : Mention.Nothing;
            if (mention.Kind is MentionKind.Group)
            {
                if (IsRelativePronounAt(text, mention.Start))
                {
                    // "Kenya, which had earlier announced plans for …, would set up …, said X": a relative clause inside
                    // the content; the sentence's own verb comes later.
                    continue;
                }
                return; // "officials said …": not a named speaker
            }
            if (participleSpeaker is null && mention.Kind is MentionKind.None && w > 0 && verb.Complement == ComplementKind.Clause && TrailingInvertedAttribution(paragraph, sentence, words, w, verbEnd, sentenceBase))
            {
                return;
            }
            if (participleSpeaker is null && mention.Kind is MentionKind.None && verb.IsGerund && w > 0 && text.AsSpan(0, words[w].Start).TrimEnd().EndsWith(','))
            {
                // "He made the remarks at the opening, adding that Laos would need …": the participle's subject is the
                // sentence's, a pronoun or a person already named.
                mention = SentenceSubject(text, words);
            }
            var speaker = participleSpeaker ?? Resolve(mention, sentenceBase);
            participleSpeaker = null;
            if (speaker is null && lastSpeaker is not null && PrecededByCoordination(text, words[w].Start))
            {
                speaker = lastSpeaker;
            }
            if (speaker is null)
            {
                continue;
            }

            var complementStart = words[verbEnd - 1].End;
            var rest = text[complementStart..].TrimEnd();
            // "…, Koltsov told TASS on Wednesday on the sidelines …": past the listener, only when and where.
            var trimmedRest = (verb.Complement == ComplementKind.Listener ? SkipListener(rest) : rest).Trim().TrimEnd(Punctuation.SentenceEnds).Trim();
            // "…, Yeh said at the ceremony, adding that …": the content came first, and a participle goes on with more.
            var participle = trimmedRest.Length > 0 && mention.Start > 0 ? ParticipleAfterAttribution(text, words, verbEnd) : -1;
            if (trimmedRest.Length == 0 || IsTimeOrPlacePhrase(trimmedRest) || participle > 0)
            {
                // "…, Zhou said." — the content came first.
                var content = text[..mention.Start].Trim().TrimEnd(Punctuation.CommaDashColon).Trim();
                var according2 = MatchAccordingToLast(content);
                if (content.Length > 0 && !according2.Success)
                {
                    AddReported(speaker, content, sentence, paragraph.Index, sentence.Start);
                }
                if (participle < 0)
                {
                    return;
                }
                participleSpeaker = speaker;
                consumedTo = words[participle].Start;
                continue;
            }

            var complement = verb.Complement switch
            {
                ComplementKind.Listener => SkipListener(rest),
                _ => SkipThat(rest),
            };
            // The complement is the end of the trimmed rest: split in place, so the sentence's own words are reused.
            var complementEnd = complementStart + rest.Length;
            foreach (var (content, _) in SplitContinuations(text, complementEnd - complement.Length, complementEnd, includeFirst: true))
            {
                AddReported(speaker, content, sentence, paragraph.Index, sentence.Start + complementStart);
            }
            lastSpeaker = speaker;
            // A coordinated verb later in the sentence ("but urged …") was split off above; skip past this clause, but not
            // past another speaker's "…, while Y proposed …", which is read next.
            var otherSpeaker = WhileClauseOfAnotherSpeaker(text, complementStart);
            consumedTo = otherSpeaker > 0 ? otherSpeaker + ", while ".Length : text.Length;
        }

        // "…, according to X." at the end.
        var last = MatchAccordingToLast(text);
        if (last.Success)
        {
            AddAccordingTo(last, paragraph, sentence, sentenceBase);
        }
    }

    /// <summary>
    /// The index of a reporting participle after the attribution at <paramref name="verbEnd"/> ("…, X said, adding that",
    /// "…, X said at the ceremony, noting that"): a comma, perhaps after a time or place, then the participle; else -1.
    /// </summary>
    private static int ParticipleAfterAttribution(string text, List<Word> words, int verbEnd)
    {
        var comma = verbEnd < words.Count ? text.IndexOf(',', words[verbEnd - 1].End) : -1;
        if (comma < 0 || !IsTimeOrPlacePhrase(text[words[verbEnd - 1].End..comma].Trim()))
        {
            return -1;
        }
        var next = verbEnd;
        while (next < words.Count && words[next].Start < comma)
        {
            next++;
        }
        return next < words.Count && TryMatchVerb(words, next, out var participle, out _) && participle.IsGerund ? next : -1;
    }

    /// <summary>
    /// The subject a sentence opens with, when it is "He"/"She" or a capitalised name of one to four words followed by a
    /// lower-case verb; else nothing (a new name is left to the introductions).
    /// </summary>
    private Mention SentenceSubject(string text, List<Word> words)
    {
        if (words.Count < 2)
        {
            return Mention.Nothing;
        }
        if (words[0].Text is "He" or "She")
        {
            return new Mention(MentionKind.Pronoun, [], null, null, words[0].Text is "He" ? 'm' : 'f', null, null, words[0].Start);
        }
        var end = 0;
        while (end < words.Count && end < 4 && words[end].IsCapitalized && !HasGap(text, words, end))
        {
            end++;
        }
        if (end == 0 || end >= words.Count || words[end].IsCapitalized)
        {
            return Mention.Nothing;
        }
        var name = words.Take(end).Select(w => w.Text).ToList();
        return people.FindByName(name) is not null ? new Mention(MentionKind.Name, name, null, null, ' ', null, null, words[0].Start) : Mention.Nothing;
    }

    private static bool HasGap(string text, List<Word> words, int index) =>
        index + 1 < words.Count && !text.AsSpan(words[index].End, words[index + 1].Start - words[index].End).IsWhiteSpace();

    private static bool IsRelativePronounAt(string text, int start) =>
        start >= 0 && (text.AsSpan(start).StartsWith("which ", StringComparison.Ordinal) || text.AsSpan(start).StartsWith("that ", StringComparison.Ordinal));

    /// <summary>
    /// "Montenegro will present a coal phase-out plan by the end of the year, said Milica Radunović, state secretary at
    /// …": the content first, then the verb and its subject, a name, after a comma; the title may come first ("…, said the
    /// Spanish secretary of state for transport, Javier Albiol Cerdán", "…, said transport minister X").
    /// </summary>
    private bool TrailingInvertedAttribution(Paragraph paragraph, Sentence sentence, List<Word> words, int verbIndex, int verbEnd, int sentenceBase)
    {
        var text = sentence.Text;
        var before = text.AsSpan(0, words[verbIndex].Start).TrimEnd();
        if (!before.EndsWith(',') || verbEnd >= words.Count)
        {
            return false;
        }
        var stop = ClauseEnd(text, words[verbEnd - 1].End, text.Length);
        var mention = MentionParser.SubjectAfter(text, words[verbEnd - 1].End, stop);
        if (mention.Kind is not MentionKind.Name || Resolve(mention, sentenceBase) is not { } speaker)
        {
            return false;
        }
        AddReported(speaker, before[..^1].ToString(), sentence, paragraph.Index, sentence.Start);
        // "…, announced the Italian Ambassador to Albania, X, adding that …": the speaker goes on after the name.
        ReadContinuations(paragraph, text, stop, text.Length, speaker, sentence);
        return true;
    }

    /// <summary>
    /// Reads "According to X, …" or "…, according to X" (or another opener <see cref="MatchSourceFirst"/> matched): the
    /// "what" group is X's reported statement; with
    /// <paramref name="namedOnly"/>, only when X is named there. Whether a statement was added.
    /// </summary>
    private bool AddAccordingTo(Match according, Paragraph paragraph, Sentence sentence, int sentenceBase, bool namedOnly = false)
    {
        var who = according.Groups["who"].Value;
        // "…, according to Pilgrim, who said the money would pay for cold storage": a second statement in the relative clause.
        var relative = who.Contains(", who ", StringComparison.Ordinal) ? WhoSaid().Match(who) : Match.Empty;
        if (relative.Success)
        {
            who = who[..relative.Index];
        }
        // "according to its research program manager Fiona Ockenden": the owner's title in lower case, then the name, read as
        // the same words with the comma most papers put between them.
        who = OwnersTitleBeforeName(who);
        // "According to CPOPC deputy executive director X, …", "according to deputy minister of digital economy X": with no
        // comma, the words read as a subject would ("<body> <title> <Name>"); "According to X, title, …" and "according
        // to her" as words after a verb.
        var mention = !who.Contains(',') && who.Length > 0 && (char.IsUpper(who[0]) || MentionParser.OpensWithLowerCaseTitle(who))
            ? MentionParser.SubjectBefore(who, 0, who.Length)
            : Mention.Nothing;
        if (mention.Kind is not MentionKind.Name)
        {
            mention = MentionParser.SubjectAfter(who, 0, who.Length);
        }
        if (namedOnly && mention.Kind is not MentionKind.Name)
        {
            return false;
        }
        var speaker = Resolve(mention, sentenceBase + according.Groups["who"].Index);
        if (speaker is not null)
        {
            AddReported(speaker, according.Groups["what"].Value, sentence, paragraph.Index, sentence.Start);
            if (relative.Success)
            {
                AddReported(speaker, relative.Groups["what"].Value, sentence, paragraph.Index, sentence.Start);
            }
        }
        return speaker is not null;
    }

    /// <summary>
    /// "its research program manager Fiona Ockenden" → "its research program manager, Fiona Ockenden": an owner's title in
    /// lower case ending in a title noun, then a name; other words as they are.
    /// </summary>
    private static string OwnersTitleBeforeName(string who)
    {
        if (who.Contains(',') || !(who.StartsWith("its ", StringComparison.Ordinal) || who.StartsWith("their ", StringComparison.Ordinal)))
        {
            return who;
        }
        var words = Tokens.Words(who);
        var nameStart = words.Count;
        while (nameStart > 1 && words[nameStart - 1].IsCapitalized)
        {
            nameStart--;
        }
        return words.Count - nameStart >= 2 && nameStart >= 2 && Vocabulary.TitleNouns.Contains(words[nameStart - 1].Text)
            && words.Take(nameStart).All(w => !w.IsCapitalized)
            ? $"{who[..words[nameStart - 1].End]}, {who[words[nameStart].Start..]}"
            : who;
    }

    /// <summary>Whether words hold a finite verb a view is stated with ("the change will reduce costs"), not a phrase ("For years, …").</summary>
    private static bool ReadsAsClause(string words) =>
        Tokens.Words(words).Any(w => w.Text is "will" or "would" or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "can" or "could" or "must" or "should" or "may" or "might");

    [GeneratedRegex(@", who (?:also )?(?:(?:said|added|noted|explained|stressed|warned)(?: that)?|told [^,]{1,40}? that) (?<what>.+)$")]
    private static partial Regex WhoSaid();

    private void AddReported(Person speaker, string content, Sentence sentence, int paragraphIndex, int start)
    {
        var text = WithoutTrailingClauses(content).Trim().TrimEnd(Punctuation.Trailing).Trim();
        if (text.StartsWith("that ", StringComparison.Ordinal))
        {
            text = text[5..];
        }
        if (!HasLetters(text, atLeast: 4) || Tokens.Count(text, atMost: 2) < 2)
        {
            return;
        }
        Add(new FoundStatement(speaker, StatementKind.Reported, text, sentence.Index, sentence.Text, paragraphIndex, start));
    }

    /// <summary>
    /// What the speaker said without what the reporter adds after it: the source of a figure ("…, according to official
    /// data"), another side's words ("…, while the Nepali side suggested …") and the speaker's deeds ("… and pledged …").
    /// </summary>
    private static string WithoutTrailingClauses(string content)
    {
        var according = content.IndexOf(", according to ", StringComparison.Ordinal);
        if (according > 0)
        {
            content = content[..according];
        }
        // "lauded Jamaica for hosting the summit and pledged US$1 million": the pledge is an outcome, not what was said.
        foreach (var deed in (string[])[" and pledged ", " and committed "])
        {
            var at = content.IndexOf(deed, StringComparison.Ordinal);
            if (at > 0)
            {
                content = content[..at];
            }
        }
        var whileAt = WhileClauseOfAnotherSpeaker(content, 0);
        return whileAt > 0 ? content[..whileAt] : content;
    }

    /// <summary>
    /// Where ", while Y said …" starts in <paramref name="text"/> from <paramref name="from"/>, if it does: "while", a
    /// subject of at least one word, perhaps a title and a name between commas ("while Honduras’ Minister of Education,
    /// Fernando Alvarado Tróchez, proposed …"), then a verb of saying. Else -1.
    /// </summary>
    private static int WhileClauseOfAnotherSpeaker(string text, int from)
    {
        var whileAt = text.IndexOf(", while ", from, StringComparison.Ordinal);
        if (whileAt <= 0)
        {
            return -1;
        }
        var words = Tokens.Words(text, whileAt, text.Length - whileAt);
        for (var w = 2; w < Math.Min(words.Count, 14); w++)
        {
            if (Vocabulary.ReportingVerbsByFirstWord.ContainsKey(words[w].Text))
            {
                return whileAt;
            }
        }
        return -1;
    }

    /// <summary>
    /// Splits "A, adding that B, but urged C and insisted that D" (the text from <paramref name="start"/> to
    /// <paramref name="end"/>) into A, B, C and D: a gerund of saying after a comma, or a reporting verb after
    /// "and"/"but" (optionally with "he"/"she"), starts a new statement.
    /// </summary>
    private static List<(string Content, int Length)> SplitContinuations(string text, int start, int end, bool includeFirst)
    {
        var pieces = new List<(string, int)>();
        var words = Tokens.Words(text, start, end - start);
        var position = start;
        var first = true;
        for (var w = 0; w < words.Count; w++)
        {
            if (!TryMatchVerb(words, w, out var verb, out var verbEnd))
            {
                continue;
            }
            var before = text[position..words[w].Start];
            int cut;
            if (verb.IsGerund && before.TrimEnd().EndsWith(','))
            {
                cut = position + before.TrimEnd().Length - 1;
            }
            else if (!verb.IsGerund && HasConjunction(before) && ConjunctionBeforeVerb().Match(before) is { Success: true } conjunction)
            {
                cut = position + conjunction.Index;
            }
            else if (before.TrimEnd().EndsWith(';'))
            {
                cut = position + before.TrimEnd().Length - 1;
            }
            else
            {
                continue;
            }
            if (!first || includeFirst)
            {
                pieces.Add((text[position..cut], cut - position));
            }
            first = false;
            var rest = text[words[verbEnd - 1].End..end];
            var complement = verb.Complement == ComplementKind.Listener ? SkipListener(rest) : SkipThat(rest);
            position = end - complement.Length;
            w = verbEnd - 1;
        }
        if (first && !includeFirst)
        {
            return pieces;
        }
        pieces.Add((text[position..end], end - position));
        return pieces;
    }

    private static string SkipThat(string rest)
    {
        var trimmed = rest.TrimStart(Punctuation.LeadingSpaceCommaColon);
        // "said on Thursday that …" / "said at the forum that …".
        var that = trimmed.IndexOf(" that ", StringComparison.Ordinal);
        if (trimmed.StartsWith("that ", StringComparison.Ordinal))
        {
            return trimmed[5..];
        }
        if (that > 0 && that < 60 && IsTimeOrPlacePhrase(trimmed[..that].Trim().Trim(',')))
        {
            return trimmed[(that + 6)..];
        }
        return trimmed;
    }

    private static string SkipListener(string rest)
    {
        var trimmed = rest.TrimStart();
        var that = trimmed.IndexOf(" that ", StringComparison.Ordinal);
        if (that > 0 && that < 90)
        {
            return trimmed[(that + 6)..];
        }
        var words = Tokens.Words(trimmed);
        var skip = 1;
        if (words.Count > 1 && words[0].Text is "the" or "a")
        {
            skip = 2;
        }
        while (skip < words.Count && words[skip].IsCapitalized && words[skip - 1].IsCapitalized)
        {
            skip++;
        }
        // "…, its chief executive X told the Business Daily, with work set to start in 2027": what follows the comma
        // adds circumstances; what was said came before.
        if (skip < words.Count && words[skip].Text is "with" or "as" && trimmed.AsSpan(0, words[skip].Start).TrimEnd().EndsWith(','))
        {
            return string.Empty;
        }
        return skip < words.Count ? trimmed[words[skip].Start..] : string.Empty;
    }

    private static readonly HashSet<string> TimePlaceStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "at", "in", "during", "after", "before", "while", "when", "last", "this", "earlier", "later", "yesterday", "today",
        "recently", "separately", "afterwards", "then", "also", "too", "here", "there",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimePlaceStarterSpans = TimePlaceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsTimeOrPlacePhrase(string text)
    {
        // No words at all, or a short phrase opened by a time or place word; the words are counted last, since most
        // texts here are whole clauses that open otherwise.
        var first = Tokens.First(text);
        return first.IsEmpty
            || TimePlaceStarterSpans.Contains(first) && !text.Contains(" that ", StringComparison.Ordinal) && Tokens.Count(text, atMost: 13) <= 12
            || ThroughAnInterpreter().IsMatch(text);
    }

    // "…, the company's chief executive, Ryu So-yeon, said through an interpreter": how it was said, not what.
    [GeneratedRegex(@"^(?:through|via|with the help of) an? (?:interpreter|translator)$")]
    private static partial Regex ThroughAnInterpreter();

    private static bool HasLetters(string text, int atLeast)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c) && ++letters >= atLeast)
            {
                return true;
            }
        }
        return false;
    }

    private static bool PrecededByCoordination(string text, int verbStart)
    {
        var before = text[..verbStart].TrimEnd();
        return before.EndsWith(" and", StringComparison.Ordinal) || before.EndsWith(" but", StringComparison.Ordinal) || before.EndsWith(',');
    }

    /// <summary>"the said agreement", "said to be", "was quoted as saying" are not attributions.</summary>
    private static bool IsPassiveOrAttributive(string text, List<Word> words, int w)
    {
        var word = words[w].Text;
        if (w > 0 && words[w - 1].Text is "the" or "The" or "a" or "was" or "were" or "is" or "are" or "be" or "been" && word is "said" or "proposed" or "announced" or "stated" or "expressed" or "highlighted" or "outlined" or "welcomed" or "praised" or "noted")
        {
            return true;
        }
        if (w + 1 < words.Count && word is "said" && words[w + 1].Text is "to")
        {
            return true;
        }
        return false;
    }

    private static int ClauseStart(string text, int verbStart, int floor)
    {
        // A clause boundary before the subject: "; " or an earlier sentence-internal quote end.
        var semicolon = text.LastIndexOf("; ", verbStart, StringComparison.Ordinal);
        return Math.Max(floor, semicolon >= 0 ? semicolon + 2 : 0);
    }

    // Longer words cannot be a verb's first word; lowering a word into a buffer this size needs no string.
    private static readonly int MaxVerbWordLength = Vocabulary.ReportingVerbsByFirstWord.Keys.Max(k => k.Length);

    // Most words of a sentence are no verb: their length or (ASCII) first three letters already say so, before any
    // lowering or lookup. Two letters let through every "and", "the", "int…"; three rule out most such words. A slot
    // holds the low five bits of each lower-cased letter: words of other characters sharing a verb's slot are only
    // looked up in vain.
    private static readonly bool[] VerbWordLengths = BuildLookup(MaxVerbWordLength + 1, Vocabulary.ReportingVerbsByFirstWord.Keys.Select(k => k.Length));
    private static readonly bool[] VerbStarts = BuildLookup(32 * 32 * 32,
        Vocabulary.ReportingVerbsByFirstWord.Keys.Where(k => k.Length >= 3 && Ascii.IsValid(k.AsSpan(0, 3))).Select(k => VerbStartSlot(k[0], k[1], k[2])));

    private static int VerbStartSlot(char first, char second, char third) =>
        (char.ToLowerInvariant(first) & 31) << 10 | (char.ToLowerInvariant(second) & 31) << 5 | char.ToLowerInvariant(third) & 31;

    private static bool CannotStartVerb(string word) =>
        word.Length >= 3 && char.IsAscii(word[0]) && char.IsAscii(word[1]) && char.IsAscii(word[2])
        && !VerbStarts[VerbStartSlot(word[0], word[1], word[2])];

    private static bool[] BuildLookup(int size, IEnumerable<int> members)
    {
        var lookup = new bool[size];
        foreach (var member in members)
        {
            lookup[member] = true;
        }
        return lookup;
    }

    private static bool TryMatchVerb(List<Word> words, int index, out ReportingVerb verb, out int end)
    {
        verb = null!;
        end = index;
        var word = words[index].Text;
        if (word.Length > MaxVerbWordLength || !VerbWordLengths[word.Length] || CannotStartVerb(word))
        {
            return false;
        }
        Span<char> key = stackalloc char[MaxVerbWordLength];
        var length = word.AsSpan().ToLowerInvariant(key);
        if (!Vocabulary.ReportingVerbsByFirstWordSpan.TryGetValue(key[..length], out var candidates))
        {
            return false;
        }
        if (words[index].IsCapitalized && index > 0)
        {
            return false;
        }
        // "the notes say", "repeated calls for": an -s form after a participle or a determiner is a plural noun.
        if (index > 0 && word.EndsWith('s') && PluralNounBefore(words[index - 1].Text))
        {
            return false;
        }
        // "has answered calls on the crisis line", "responded to questions": these verbs report speech only with "that" or
        // a quote (after punctuation), not with an object.
        if (word is "answered" or "responded" or "replied" && index + 1 < words.Count && words[index + 1].Start == words[index].End + 1
            && words[index + 1].Text is not "that")
        {
            return false;
        }
        foreach (var candidate in candidates)
        {
            if (index + candidate.Words.Length > words.Count)
            {
                continue;
            }
            var match = true;
            for (var k = 1; k < candidate.Words.Length; k++)
            {
                if (!string.Equals(words[index + k].Text, candidate.Words[k], StringComparison.OrdinalIgnoreCase))
                {
                    match = false;
                    break;
                }
            }
            if (match)
            {
                verb = candidate;
                end = index + candidate.Words.Length;
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word opens a time or place phrase between a verb and its quote ("said on Tuesday, “…”").</summary>
    private static bool OpensAdverbial(string word) =>
        word is "on" or "at" or "in" or "during" or "after" or "before" or "while" or "when" or "as" or "yesterday" or "today" or "tonight"
            or "earlier" or "later" or "last" or "this" or "recently" or "also" or "then" or "of" or "from" or "with" or "by" or "afterwards"
            or "separately" or "again" or "once" or "too" or "briefly" or "simply";

    private static bool PluralNounBefore(string previous) =>
        previous is "the" or "The" or "their" or "his" or "her" or "its" or "our" or "many" or "several" or "these" or "those" or "such" or "repeated"
        || previous.Length > 4 && previous.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="title"/> is <paramref name="shorter"/> with words of its portfolio or body before it ("medical
    /// director" for "director"), not with words of another phrase ("year, its head").
    /// </summary>
    private static bool IsFullerTitle(string title, string shorter)
    {
        if (title.Length <= shorter.Length + 1 || !title.EndsWith(shorter, StringComparison.Ordinal) || title[^(shorter.Length + 1)] != ' ')
        {
            return false;
        }
        var extra = title.AsSpan(0, title.Length - shorter.Length - 1);
        return extra.IndexOfAny(',', ';', ':') < 0 && !Tokens.Words(extra.ToString()).Any(w => w.Text is "its" or "his" or "her" or "their" or "the" or "a" or "an");
    }

    private Person? Resolve(Mention mention, int basePosition)
    {
        var position = basePosition + Math.Max(0, mention.Start);
        switch (mention.Kind)
        {
            case MentionKind.Name:
            {
                var (nameTokens, givenPreTitle) = MentionParser.WithGivenNameTitle(mention.NameTokens, mention.PreTitle, mention.Appositive);
                mention = mention with { NameTokens = nameTokens, PreTitle = givenPreTitle };
                var known = people.FindByName(mention.NameTokens);
                if (known is null && mention.NameTokens.Count == 1 && mention.PreTitle is null && mention.Appositive is null)
                {
                    return null; // a lone capitalised word is not enough to name a new person
                }
                // "Fish sellers at the Manama Central Market said": words that name no office, body or honorific before one word
                // name a place, not a new person ("Minister Ellul", "… in the Ministry of External Affairs Raghunandan" do).
                if (known is null && mention.NameTokens.Count == 1 && mention.Appositive is null && mention.PreTitle is { } words
                    && !Tokens.Words(words).Any(w => Vocabulary.TitleNouns.Contains(w.Text) || Vocabulary.OrganisationHeads.Contains(w.Text)
                        || Vocabulary.Honorifics.Contains(w.Text.TrimEnd('.'))))
                {
                    return null;
                }
                if (known is null && string.Join(' ', mention.NameTokens) is var named && (Countries.CountryOfPlace(named) is not null || Countries.Party(named) is not null))
                {
                    return null; // "operators in Chiang Mai said", "Sri Lanka proposed": a place, a country
                }
                var person = known is not null && (mention.NameTokens.Count <= known.NameTokens.Length)
                    ? known
                    : people.Add(mention.NameTokens);
                var preTitle = mention.PreTitle is { } t && t.Split(' ').All(w => Vocabulary.Honorifics.Contains(w.TrimEnd('.'))) ? null : mention.PreTitle;
                person.HonorificRole ??= preTitle is null && mention.PreTitle is { } honorifics ? MentionParser.RoleOfHonorific(honorifics) : null;
                if (preTitle is not null || mention.Appositive is not null)
                {
                    var (role, organisation, country) = RoleAnalyzer.Analyze(preTitle, mention.Appositive);
                    // "…, said transport minister X": the introductions read "minister"; the attribution's fuller title, which
                    // ends with it, is the same office, written whole.
                    person.Role = person.Role is { } had && role is not null && IsFullerTitle(role, had) ? role : person.Role ?? role;
                    person.Organisation ??= organisation;
                    person.Country ??= country;
                }
                // "Hydrologist X, from the Institute of Hydraulic Research (IPH) at UFRGS, told": a body the title did not name.
                if (mention.Body is { } body)
                {
                    // "X of the Vietnam Logistics Business Association said": that organisation (and its country), no role;
                    // "X of Kenya said": that country.
                    if (Countries.Country(body) is { } bodyCountry)
                    {
                        person.Country ??= bodyCountry;
                    }
                    else
                    {
                        person.Organisation ??= body;
                        person.Country ??= RoleAnalyzer.CountryOfBody(body);
                    }
                }
                if (mention.PreTitle is { } pre)
                {
                    person.Gender ??= GenderFromHonorific(pre);
                }
                people.Touch(person, position);
                return person;
            }
            case MentionKind.Pronoun:
            {
                var person = people.ResolvePronoun(mention.Gender, position);
                if (person is not null)
                {
                    people.Touch(person, position);
                }
                return person;
            }
            case MentionKind.Relative:
            {
                // The person named last in this sentence before "who".
                Person? antecedent = null;
                var bestAt = -1;
                foreach (var candidate in people.People)
                {
                    var at = candidate.LastMentionBefore(position);
                    if (at >= basePosition && at > bestAt)
                    {
                        antecedent = candidate;
                        bestAt = at;
                    }
                }
                if (antecedent is not null)
                {
                    people.Touch(antecedent, position);
                }
                return antecedent;
            }
            case MentionKind.Title:
            {
                var person = (mention.Body is { } body ? people.ResolveTitle(mention.TitleNoun!, mention.TitleCountry, body, position) : null)
                    ?? (mention.TitleModifier is { } modifier ? people.ResolveTitle(mention.TitleNoun!, mention.TitleCountry, null, position, modifier) : null)
                    ?? people.ResolveTitle(mention.TitleNoun!, mention.TitleCountry, null, position);
                if (person is not null)
                {
                    people.Touch(person, position);
                }
                return person;
            }
            default:
                return null;
        }
    }

    private static char? GenderFromHonorific(string preTitle)
    {
        var first = preTitle.Split(' ')[0].TrimEnd('.');
        return first switch
        {
            "Mr" => 'm',
            "Ms" or "Mrs" or "Miss" or "Madam" or "Madame" or "Hajah" or "Puan" or "Daw" or "Datin" => 'f',
            _ => null,
        };
    }

    /// <summary>The speaker of the last statement in the paragraph before, for a follow-on quote paragraph.</summary>
    private Person? PreviousParagraphSpeaker(int paragraphIndex)
    {
        if (lastQuoteParagraph == paragraphIndex - 1 && lastQuoteSpeaker is not null)
        {
            return lastQuoteSpeaker;
        }
        var last = statements.Count > 0 ? statements[^1] : null;
        return last is not null && last.ParagraphIndex == paragraphIndex - 1 ? last.Speaker : null;
    }

    private static bool QuoteOnlyParagraph(string text, List<QuoteSpan> quotes)
    {
        var outside = 0;
        var position = 0;
        foreach (var quote in quotes)
        {
            outside += text[position..quote.Open].Count(char.IsLetter);
            position = Math.Min(text.Length, quote.Close + 1);
        }
        outside += text[position..].Count(char.IsLetter);
        return outside == 0;
    }

    private static Sentence SentenceAt(Paragraph paragraph, int offset)
    {
        foreach (var sentence in paragraph.Sentences)
        {
            if (offset < sentence.Start + sentence.Length)
            {
                return sentence;
            }
        }
        return paragraph.Sentences[^1];
    }

    private static string EvidenceBetween(Paragraph paragraph, int from, int to, HashSet<int> handled)
    {
        var parts = new List<string>();
        foreach (var sentence in paragraph.Sentences)
        {
            if (sentence.Start + sentence.Length > from && sentence.Start < to)
            {
                parts.Add(sentence.Text);
                handled.Add(sentence.Index);
            }
        }
        return string.Join(' ', parts);
    }

    internal static string CleanQuote(string quote)
    {
        var text = quote.Trim();
        while (text.Length > 0 && (QuoteScanner.IsQuoteMark(text[^1]) || text[^1] is ',' or '.' or ' ' or ';' or ':'))
        {
            text = text[..^1];
        }
        while (text.Length > 0 && QuoteScanner.IsQuoteMark(text[0]))
        {
            text = text[1..];
        }
        return text.Trim();
    }

    private static bool HasConjunction(string text) =>
        text.Contains("and", StringComparison.Ordinal) || text.Contains("but", StringComparison.Ordinal) || text.Contains("while", StringComparison.Ordinal);

    [GeneratedRegex(@"(?:,\s*)?\b(?:and|but|while)\s+(?:(?:he|she)\s+)?(?:(?:also|later|then)\s+)?$")]
    private static partial Regex ConjunctionBeforeVerb();
}
