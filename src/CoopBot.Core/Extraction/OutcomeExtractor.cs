using System.Text.RegularExpressions;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Extraction;

/// <summary>An outcome found while reading, before it is merged with others of the same thing.</summary>
internal sealed record FoundOutcome(string Text, OutcomeStatus Status, List<string> Parties, Person? AnnouncedBy, int SentenceIndex, string Evidence);

/// <summary>
/// Finds what an article records as done or decided at its event (inaugurated, launched, signed, agreed, pledged …)
/// and what was only proposed or planned, with the thing named, its parties and who announced it.
/// Text inside direct quotes, past history ("launched in 2010"), descriptions ("which was set up …") and hopes are not outcomes.
/// </summary>
// shortNames: the one-word names the article gives bodies in brackets ("… Research Corporation (Embrapa)"), see ShortNamesOf.
internal sealed partial class OutcomeExtractor(PersonRegistry people, IReadOnlyList<string> mainParties, int articleYear, IReadOnlySet<string> shortNames)
{
    /// <summary>The one-word names in brackets after a body's full name: "(Embrapa)", "(NVD)", "(LWSC)".</summary>
    public static HashSet<string> ShortNamesOf(Article article)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in article.Paragraphs)
        {
            var text = paragraph.Text;
            for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
            {
                var close = text.IndexOf(')', open + 1);
                if (close > open + 2 && close - open <= 16 && char.IsUpper(text[open + 1]) && text.AsSpan(open + 1, close - open - 1).IndexOfAny(' ', ',') < 0)
                {
                    names.Add(text[(open + 1)..close]);
                }
            }
        }
        return names;
    }

    private readonly List<FoundOutcome> outcomes = [];

    // The normalized words of each outcome, at the same index, for Merge: every new outcome is compared with all the
    // earlier ones. Only reading merges; NameGenericOutcomes, which renames and removes outcomes after it, leaves these.
    private readonly List<List<string>> outcomeWords = [];

    public IReadOnlyList<FoundOutcome> Outcomes => outcomes;

    // The outcome patterns, each written out as the regular expression it stands for. Optional parts are listed expanded,
    // longest first, in the order a regex would try them.

    // Passive: "<thing> was inaugurated", "were signed", "has been set up".
    // \b(?<aux>was|were|has been|have been|had been|is|are|got)\s+(?:(?:officially|formally|jointly|also|successfully|finally|unanimously|today)\s+)?
    // (?<verb>inaugurated|launched|established|set up|signed|inked|adopted|approved|endorsed|unveiled|released|created|formed|founded|agreed(?: upon| on)?|
    // opened|issued|pledged|committed|proposed|suggested|initiated|kicked off|rolled out|finalized|finalised|concluded|reached)\b
    private static readonly PhrasePattern Passive = new(
        ["was", "were", "has been", "have been", "had been", "is", "are", "got"],
        ["officially", "formally", "jointly", "also", "successfully", "finally", "unanimously", "today"],
        ["inaugurated", "launched", "established", "set up", "signed", "inked", "adopted", "approved", "endorsed", "unveiled", "released", "created",
         "formed", "founded", "agreed upon", "agreed on", "agreed", "opened", "issued", "pledged", "committed", "proposed", "suggested", "initiated",
         "kicked off", "rolled out", "finalized", "finalised", "concluded", "reached"]);

    // Active, done: "<subject> launched <thing>".
    // \b(?<verb>inaugurated|launched|established|set up|signed|inked|adopted|approved|endorsed|unveiled|released|created|formed|founded|
    // agreed(?: to| on| upon)?|pledged(?: to)?|pledging(?: to)?|committed(?: to)?|committing(?: to)?|reached(?: an?)? (?:consensus|agreement)(?: on)?|
    // issued|initiated|kicked off|rolled out|finalized|finalised|sealed|put forward|proposed|suggested|called for|agreed to explore|agreed to study)\b
    private static readonly PhrasePattern Active = new(
        ["inaugurated", "launched", "established", "set up", "signed", "inked", "adopted", "approved", "endorsed", "unveiled", "released", "created",
         "formed", "founded", "agreed to", "agreed on", "agreed upon", "agreed", "pledged to", "pledged", "pledging to", "pledging", "committed to",
         "committed", "committing to", "committing",
         "reached an consensus on", "reached an consensus", "reached an agreement on", "reached an agreement",
         "reached a consensus on", "reached a consensus", "reached a agreement on", "reached a agreement",
         "reached consensus on", "reached consensus", "reached agreement on", "reached agreement",
         "issued", "initiated", "kicked off", "rolled out", "finalized", "finalised", "sealed", "put forward", "proposed", "suggested", "called for",
         "agreed to explore", "agreed to study"]);

    // Future or planned: "<subject> will open <thing>", "plans to", "is expected to" — a modal, an optional adverb, then one
    // of the verbs below (the pattern is written once, here: the lists are the code).
    private static readonly PhrasePattern Planned = new(
        ["will", "would", "plans to", "plan to", "planned to", "is set to", "are set to", "is scheduled to", "are scheduled to", "is expected to",
         "are expected to", "intends to", "intend to", "aims to", "aim to", "is to", "are to", "is due to", "are due to",
         // in reported speech: "said the centre was set to start …", "said Laos was due to open …"
         "was set to", "were set to", "was due to", "were due to", "was expected to", "were expected to"],
        ["also", "jointly", "soon", "further", "initially"],
        ["set up", "establish", "launch", "open", "host", "hold", "build", "send", "train", "provide", "fund", "finance", "create", "sign", "deploy",
         "develop", "invest", "convene", "organise", "organize", "introduce", "construct", "donate", "allocate", "offer", "deliver", "supply",
         "mobilise", "mobilize", "contribute", "start", "begin", "roll out", "publish", "release", "issue", "explore", "study", "be held", "be hosted",
         "be convened", "take place", "be launched", "be set up", "be established", "be signed", "be opened", "be built", "share", "expand", "extend",
         "double", "increase", "import", "export", "buy", "purchase", "sell", "put up", "give", "spend", "lend", "grant", "award", "start building",
         "start", "begin building", "remove", "eliminate", "reduce", "cut", "lift", "scrap", "abolish", "ease", "waive", "implement", "complete",
         "upgrade", "connect", "link", "meet", "install", "test", "set aside", "commit", "join", "submit", "be submitted", "earmark",
         "dispatch", "recruit", "pilot", "drill", "draft", "prepare", "run", "put", "lead", "station", "plant", "map", "pre-position",
         "preposition", "restore", "rehabilitate", "equip", "procure", "conduct", "carry out", "undertake", "hire", "repair", "renovate",
         "ban", "repatriate", "enroll", "enrol", "pre-enroll", "register", "add", "reserve", "assign", "take over", "dredge", "admit",
         "guarantee", "cover", "take part in", "participate in", "suspend", "simplify", "second", "fast-track", "rebuild", "include",
         "clean", "clear", "desilt", "place", "print", "pay for", "pay", "convert", "resurface", "cap", "select", "keep", "distribute", "move",
         "maintain", "review", "check", "dedicate", "advertise", "fly", "post", "vaccinate", "bear", "finalise", "finalize", "stage", "digitise", "digitize", "certify", "recognise",
         "recognize", "inspect", "present", "apply", "process", "store", "adapt", "choose", "amend", "reinforce", "require", "co-finance",
         "cofinance", "co-fund", "fit", "record", "produce", "switch", "screen", "accredit", "approve"]);

    // Literals every match of the pattern below or beside it contains: without one, it need not run.
    private static readonly SubstringSet HistoryLiterals = new(
        ["in 19", "in 20", "since 19", "since 20", "from 19", "from 20", "years ago", "in recent years", "over the years", "over the past",
         "previously", "already", "since then", "last year", "last week", "last month", "earlier this year", "earlier this month", "in the past",
         "so far", "to date", "in Jan", "in Feb", "in Mar", "in Apr", "in May", "in Jun", "in Jul", "in Aug", "in Sep", "in Oct", "in Nov", "in Dec",
         "in early", "in mid", "in late",
         // "was established on June 18, 1981", "on 18 June 1981": a full date of an earlier year.
         "on Jan", "on Feb", "on Mar", "on Apr", "on May", "on Jun", "on Jul", "on Aug", "on Sep", "on Oct", "on Nov", "on Dec",
         "on 1", "on 2", "on 3", "on 4", "on 5", "on 6", "on 7", "on 8", "on 9"]);

    private static readonly SubstringSet TrailingTimeLiterals = new(
        ["in 19", "in 20", "by 19", "by 20", "from 19", "from 20", "before 19", "before 20", "until 19", "until 20", "over 19", "over 20",
         "the next ", "the coming ", " years", " months", " period", "this year", "next year"]);

    /// <summary>What starts a thing agreed with no preposition: "agreed a joint quality framework", "agreed new rules".</summary>
    private static readonly string[] AgreedObjectStarts = [" a ", " an ", " new ", " joint ", " common "];

    private static readonly string[] LeadingTimePhraseStarts = ["on ", "last week", "this week", "at the ", "also", "jointly", "formally", "earlier today", "today", "yesterday", "this morning", "this afternoon", "this evening",
        // "this Thursday": the weekdays from the pattern's own list (Weekdays is set later in the file, so read the constant).
        .. Weekday[3..^1].Split('|').Select(day => "this " + day)];

    private static bool StartsWithOneOf(ReadOnlySpan<char> text, string[] starts)
    {
        foreach (var start in starts)
        {
            if (text.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:in|since|from|on) (?:(?:early|mid-?|late) )?(?:\d{1,2} )?(?:" + MonthName + @"(?: \d{1,2},?)? )?(?<year>(?:19|20)\d\d)\b|\b(?:years ago|in recent years|over the years|over the past|previously|already|since then|last year|last week|last month|earlier this year|earlier this month|in the past|so far|to date)\b")]
    private static partial Regex History();

    /// <summary>Whether the sentence opens with a year before the article's ("In 2021, …", "Since March 2019, …").</summary>
    private static bool OpensWithEarlierYear(string text, int articleYear) =>
        text.Length > 8 && text[0] is 'I' or 'S' && FrontedYear().Match(text) is { Success: true } fronted
        && int.Parse(fronted.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) < articleYear;

    [GeneratedRegex(@"^(?:In|Since) (?:(?:early|mid-?|late) )?(?:" + MonthName + @" )?(?<year>(?:19|20)\d\d),")]
    private static partial Regex FrontedYear();

    private static readonly string[] NounPhraseStops =
    [
        ", ", " as ", " which ", " that ", " who ", " aimed at ", " aiming ", " in a bid ", " during ", " on the sidelines", " at the ",
        " on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday", " on Saturday", " on Sunday", " last week", " this week",
        " next year", " this year", " later this", " next month", " earlier", " — ", " – ", "; ", " while ", " after ", " before ",
        " amid ", " following ", " so that ", " in order to ", " designed to ", " intended to ", " and agreed ", " and signed ",
        " and launched ", " and pledged ", " and adopted ", " and endorsed ", " and approved ", " and released ", " and called ",
        " and proposed ", " and said ", " and added ", " and noted ", " and pointed out ", " and stressed ", " and recalled ", " and warned ",
        " but ", " under which ", " through which ", " by which ", " with the aim ", " to be held ",
    ];

    // A search for many strings has a fast path only when all of them are ASCII: the two dashes are looked for apart.
    private static readonly System.Buffers.SearchValues<string> AsciiNounPhraseStops =
        System.Buffers.SearchValues.Create(NounPhraseStops.Where(s => System.Text.Ascii.IsValid(s)).ToArray(), StringComparison.Ordinal);

    private static readonly string[] OtherNounPhraseStops = NounPhraseStops.Where(s => !System.Text.Ascii.IsValid(s)).ToArray();

    /// <summary>Where the first stop after the start ends the noun phrase (a stop at the very start does not count).</summary>
    private static int NounPhraseEnd(string text)
    {
        // One search for all stops finds the earliest; only when a stop opens the text (and so is ignored wherever it
        // recurs) must each stop's own first occurrence be looked up.
        var first = text.AsSpan().IndexOfAny(AsciiNounPhraseStops);
        foreach (var stop in OtherNounPhraseStops)
        {
            var at = text.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }
        if (first > 0)
        {
            return first;
        }
        if (first < 0)
        {
            return text.Length;
        }
        var end = text.Length;
        foreach (var stop in NounPhraseStops)
        {
            var at = text.IndexOf(stop, StringComparison.Ordinal);
            if (at > 0 && at < end)
            {
                end = at;
            }
        }
        return end;
    }

    private static readonly HashSet<string> ConcreteHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "mechanism", "fund", "centre", "center", "platform", "network", "alliance", "agreement", "framework", "programme", "program",
        "study", "edition", "train", "line", "route", "call",
        "initiative", "corridor", "council", "committee", "task", "secretariat", "facility", "zone", "pathway", "scheme", "desk",
        "dialogue", "body", "partnership", "treaty", "accord", "roadmap", "road", "plan", "register", "registry", "database", "system",
        "office", "offices", "hub", "lab", "laboratory", "exchange", "bank", "union", "market", "stockpile", "standard", "charter",
        "declaration", "forum", "summit", "meeting", "round", "institute", "academy", "observatory", "group", "working", "project",
        "projects", "swap", "pool", "reserve", "label", "certification", "certificate", "visa", "passport", "list", "mou",
        "memorandum", "protocol", "convention", "pact", "deal", "deals", "contracts", "agreements", "bridge", "action", "commission",
        "authority", "agency", "board", "panel", "portal", "app", "fellowship", "scholarship", "scholarships", "experts", "technicians",
        "ministerial", "conference", "session", "cell", "team", "force", "line", "link", "cable", "terminal", "port", "railway",
        "pipeline", "grid", "park", "parks", "facility", "consortium", "coalition", "index", "report", "map", "sandbox", "pilot",
        "pathway", "registration", "hotline", "channel", "mission", "missions", "procedure", "review", "compact", "patrols", "drills", "exercise", "exercises", "systems", "scholarship", "places", "data", "center", "offices",
        "clinic", "clinics", "hospital", "hospitals",
    };

    private static readonly HashSet<string> HopeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hoped", "hopes", "hope", "hoping", "wished", "wishes", "welcome", "prepared", "ready", "willing", "keen", "eager",
        "could", "might", "may", "should", "if", "whether", "unless", "would like", "wants", "want", "wanted",
    };

    private static readonly HashSet<string> GroupSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "organizers", "organisers", "participants", "officials", "donors", "delegates", "attendees", "experts", "they", "organizer",
        "organiser", "host", "hosts",
    };

    // Every word the outcome patterns start from; a sentence with none of them cannot hold an outcome.
    private static readonly SubstringSet Triggers = new(
        ["inaugurat", "launch", "establish", "set up", "sign", "inked", "adopt", "approv", "endors", "unveil", "releas", "creat",
         "formed", "founded", "agree", "opened", "issued", "pledg", "committ", "propos", "suggest", "initiat", "kicked off",
         "rolled out", "finali", "conclud", "reach", "sealed", "put forward", "called for", "will ", "would ", "plan", "set to",
         "schedul", "expect", "intend", "aim", "is to ", "are to ", "announc", "witness", "due to"]);

    private Person? sentenceSpeaker;
    private string currentSentence = string.Empty;
    private int sentencePosition;

    /// <param name="paragraph">The paragraph of the sentence.</param>
    /// <param name="sentence">The sentence to read.</param>
    /// <param name="directQuotes">Direct quotations of the paragraph, whose words are masked.</param>
    /// <param name="speaker">The speaker of a statement in this sentence, for a pronoun subject ("He proposed …").</param>
    /// <param name="leadIn">
    /// For an item of a bulleted list, the clause that introduced the list ("the three ministers agreed on"), which the item
    /// completes: "• common billing rules;" is read as "the three ministers agreed on common billing rules".
    /// </param>
    public void ReadSentence(Paragraph paragraph, Sentence sentence, IReadOnlyList<QuoteSpan> directQuotes, Person? speaker, string? leadIn = null)
    {
        if (!Triggers.ContainsAny(sentence.Text) && (leadIn is null || !Triggers.ContainsAny(leadIn)))
        {
            return; // no verb or modal that can carry an outcome: most sentences of an article
        }
        sentenceSpeaker = speaker;
        currentSentence = sentence.Text;
        sentencePosition = PersonRegistry.Position(paragraph.Index, sentence.Start);
        // Masking leaves runs of spaces; collapse them (offsets are only used within this text).
        var text = CollapseSpaces(MaskTimePhrases(MaskQuotes(paragraph.Text, sentence, directQuotes)));
        if (leadIn is not null)
        {
            text = $"{leadIn} {Bullets.WithoutMark(text)}";
        }
        if (text.AsSpan().Trim().IsEmpty || text.AsSpan().TrimEnd().EndsWith('?'))
        {
            return;
        }
        var found = new List<FoundOutcome>();
        ReadPassive(text, sentence, found);
        ReadActive(text, sentence, found);
        ReadWitnessedAndAnnounced(text, sentence, found);
        ReadPlanned(text, sentence, found);
        ReadScheduled(text, sentence, found);
        foreach (var outcome in found)
        {
            Merge(outcome);
        }
    }

    /// <summary>
    /// "The first round of negotiations is scheduled for April in Tokyo", "Its first meeting is scheduled for Lilongwe in
    /// January", "The next meeting of the joint technical committee will hold in Abidjan in September", "A review of the
    /// arrangements is expected next spring", "The results of the pilot will be presented at a meeting in Tashkent": a
    /// meeting, round, review or report set for a date or place is planned (the subject names it); so is the first or next
    /// of anything ("The first joint inspection exercise is planned for January in Saipan", "The first joint report … is
    /// due to be published in April").
    /// </summary>
    private void ReadScheduled(string text, Sentence sentence, List<FoundOutcome> found)
    {
        if (!MayBeScheduled(text) || Scheduled().Match(text) is not { Success: true } match
            || ClauseStart(text, match.Index) != match.Index || CleanThing(match.Groups["subject"].Value) is not { } thing
            || HeadNoun(thing) is var head && !EventHeads.Contains(head) && !ScheduledHeads.Contains(head)
                && !thing.StartsWith("first ", StringComparison.Ordinal) && !thing.StartsWith("next ", StringComparison.Ordinal))
        {
            return;
        }
        var parties = Countries.FindParties(thing);
        found.Add(new FoundOutcome(thing, OutcomeStatus.Planned, parties.Count > 0 ? parties : [.. mainParties], null, sentence.Index, sentence.Text));
    }

    /// <summary>Whether a text has one of the literals every <see cref="Scheduled"/> match needs: without one the pattern need not run.</summary>
    private static bool MayBeScheduled(string text) => ScheduledLiterals.ContainsAny(text);

    // Most sentences with "will" set nothing for a date: only the verbs the pattern takes after it let it run.
    private static readonly SubstringSet ScheduledLiterals = new(
        [" scheduled ", " planned for ", " expected ", " due ", " will hold ", " will take place ", " will be held ", " will be presented ",
         " will be published ", " will be released "]);

    /// <summary>Besides events (<see cref="EventHeads"/>), what is set for a date: a round of talks, a review, a report, results.</summary>
    private static readonly HashSet<string> ScheduledHeads = new(StringComparer.Ordinal)
    {
        "round", "review", "report", "result", "finding", "evaluation", "assessment",
    };

    // The subject, then a date or place it is set for: "is scheduled for", "is planned for", "is scheduled in", "is expected
    // next spring", "is due to be published in", "will hold in", "will be held in", "will be presented at".
    [GeneratedRegex(@"(?<subject>\b(?:[Tt]he|[Ii]ts|[Tt]heir|A)\s[^,;:]{3,80}?)\s(?:(?:is|are)\s(?:now\s)?(?:scheduled\s+(?:for|in|to\s+take\s+place)|planned\s+for|(?:expected|due)\s+(?:in|at|on|by|before|next|to\s+be\s+(?:held|presented|published|released|reviewed)\s+(?:in|at|on|by|before|next)))|will\s+(?:hold|take\s+place|be\s+(?:held|presented|published|released))\s+(?:in|at|on|by|before|next)\s)")]
    private static partial Regex Scheduled();

    private void ReadPassive(string text, Sentence sentence, List<FoundOutcome> found)
    {
        foreach (var match in Passive.Matches(text))
        {
            var aux = match.Lead;
            var verb = match.Verb!;
            if (aux is "is" or "are" && verb is not ("launched" or "established" or "signed" or "unveiled" or "released"))
            {
                continue; // "is committed", "are agreed": states, not events of this meeting
            }
            if (verb is "committed" && text.AsSpan(match.Index + match.Length).TrimStart().StartsWith("to ", StringComparison.Ordinal))
            {
                continue; // "the federal government was committed to closing the camps": a stance, not a commitment made
            }
            if (IsBackground(text, match.Index, match.Index + match.Length) || InRelativeClause(text, match.Index))
            {
                continue;
            }
            var subjectStart = ClauseStart(text, match.Index);
            var subject = CleanThing(text[subjectStart..match.Index]);
            if (subject is null || IsPronounOnly(subject))
            {
                continue;
            }
            var status = StatusOf(verb, passive: true);
            if (status is null)
            {
                continue;
            }
            var after = text[(match.Index + match.Length)..];
            var parties = PartiesOfAgent(after) ?? Countries.FindParties(subject);
            found.Add(new FoundOutcome(subject, status.Value, parties, null, sentence.Index, sentence.Text));
        }
    }

    private void ReadActive(string text, Sentence sentence, List<FoundOutcome> found)
    {
        foreach (var match in Active.Matches(text))
        {
            var verb = match.Lead;
            // Only the words right before the verb matter ("was", "would", "not"…); a bounded window keeps the check cheap.
            var before = WithoutTrailingAdverb(text.AsSpan(Math.Max(0, match.Index - 40), Math.Min(40, match.Index)));
            var gerund = verb.StartsWith("pledging", StringComparison.Ordinal) || verb.StartsWith("committing", StringComparison.Ordinal);
            // "New Zealand’s approved organic certifiers": after a possessive the participle is an adjective too.
            if ((gerund ? NegationBeforeGerund : AuxiliaryBeforeVerb).IsMatch(before) || !gerund && EndsWithPossessive(before)
                || IsBackground(text, match.Index, match.Index + match.Length) || InRelativeClause(text, match.Index))
            {
                continue;
            }
            var subjectStart = ClauseStart(text, match.Index);
            var subjectText = text[subjectStart..match.Index].Trim().TrimEnd(',').Trim();
            // "… officials from China, Laos and Cambodia, who also signed …": the people the relative pronoun stands for.
            if (subjectText is "who" or "who also" && subjectStart > 2 && text[subjectStart - 2] == ',')
            {
                subjectText = text[ClauseStart(text, subjectStart - 2)..(subjectStart - 2)].Trim();
            }
            if (subjectText.Length == 0 || subjectText is "and")
            {
                subjectText = CoordinatedSubject(text, match.Index);
                // "Tahiri noted that …, and proposed that …": the person the sentence reports proposes too.
                if (subjectText.Length == 0 && sentenceSpeaker is { } reported && text.AsSpan(0, match.Index).TrimEnd().EndsWith(" and", StringComparison.Ordinal))
                {
                    subjectText = reported.Name;
                }
            }
            if (ContainsHope(subjectText) || subjectText.Length == 0)
            {
                continue;
            }
            var afterStart = match.Index + match.Length;
            var objectText = SkipTimePhrase(text[afterStart..]);
            // "agreed on Tuesday, at the close of …, to adopt …", "agreed on Nov. 5 to set up …": the day, not the thing agreed on.
            if (verb is "agreed on" && (StartsWithWeekday(objectText) || DateStart().IsMatch(objectText)))
            {
                verb = "agreed";
                objectText = SkipTimePhrase(text[(afterStart - " on".Length)..]);
            }
            if (verb is "agreed on" or "agreed upon" or "agreed" && objectText.TrimStart().StartsWith("to ", StringComparison.Ordinal))
            {
                verb = "agreed to";
                objectText = " " + objectText.TrimStart()[3..];
            }
            // "agreed that …", "agreed with …": no thing named; but British English agrees a thing with no "on" ("Regulators …
            // have agreed a joint quality framework", "agreed new rules").
            if (verb is "agreed" && !objectText.StartsWith(" to", StringComparison.Ordinal) && !StartsWithOneOf(objectText, AgreedObjectStarts))
            {
                continue;
            }
            var status = StatusOf(verb, passive: false);
            string? talksVerb = null;
            if (verb is "agreed to" || verb.EndsWith(" to", StringComparison.Ordinal) && !verb.StartsWith("agreed to ", StringComparison.Ordinal))
            {
                // "agreed to set up X" → X; "agreed to explore X" → proposed.
                var inner = InnerVerb().Match(objectText);
                if (!inner.Success)
                {
                    continue;
                }
                var innerVerb = inner.Groups["v"].Value;
                talksVerb = innerVerb is "start" or "begin" or "launch" or "open" or "resume" or "conclude" ? innerVerb : null;
                if (innerVerb is "explore" or "study" or "consider" or "examine" or "discuss" or "look" or "assess" or "review")
                {
                    status = OutcomeStatus.Proposed;
                }
                objectText = objectText[(inner.Index + inner.Length)..];
                if (innerVerb is "the" or "a" or "an")
                {
                    objectText = inner.Value + objectText;
                }
                // "agreed to switch to electronic phytosanitary certificates by 2028": what they move to is the thing.
                else if (innerVerb is "switch" or "move" or "shift" or "transition" or "migrate" && objectText.StartsWith("to ", StringComparison.Ordinal))
                {
                    objectText = objectText[2..];
                }
            }
            else if (verb is "proposed" && AdjectivalProposed(text, match.Index))
            {
                continue; // "asks universities to screen proposed partnerships": a thing someone proposed, not a proposal made here
            }
            else if (verb is "proposed" or "suggested" && objectText.TrimStart().StartsWith("that ", StringComparison.Ordinal))
            {
                if (ProposedClauseObject(objectText) is not { } proposedObject)
                {
                    continue;
                }
                objectText = proposedObject;
            }
            else if (verb is "proposed" or "suggested" or "called for" or "put forward")
            {
                objectText = LeadingCreationGerund().Replace(objectText, " ");
            }
            if (status is null)
            {
                continue;
            }
            var thing = CleanThing(CutNounPhrase(objectText));
            // "approved the financing on 22 April 2026", "approved the grants in November": a thing named before, dated.
            if (thing is not null && IsDatedReference(thing, objectText))
            {
                continue;
            }
            // "agreed to start talks on updating …": starting (or concluding) talks is what was agreed, not the talks.
            if (thing is not null && talksVerb is not null && HeadNoun(thing) is "talk" or "negotiation")
            {
                thing = $"{talksVerb} {thing}";
            }
            // "pledged the largest single share, 150 million euros, …": the sum the share was, named after it.
            if (thing is not null && status is OutcomeStatus.Pledged or OutcomeStatus.Committed && ShareNouns.Contains(HeadNoun(thing))
                && objectText.IndexOf(thing + ", ", StringComparison.Ordinal) is var shareAt and >= 0
                && CleanThing(CutNounPhrase(objectText[(shareAt + thing.Length + 2)..])) is { } sum && IsAmount(sum))
            {
                thing = sum;
            }
            if (thing is null || (status is OutcomeStatus.Inaugurated && EventHeads.Contains(HeadNoun(thing))))
            {
                continue; // "the minister inaugurated the forum": the event opened, nothing came of it yet
            }
            // "called for closer cooperation" is not a proposal of a thing; "proposed X" and "agreed to explore X" name one.
            if (status is OutcomeStatus.Proposed && verb is "called for" && !IsConcrete(thing))
            {
                continue;
            }
            // "called for the landing point of any cable to be kept away from the dunes": a call for how a thing be done,
            // no thing proposed.
            if (verb is "called for" && objectText.Contains(thing + " to be ", StringComparison.Ordinal))
            {
                continue;
            }
            var (parties, announcer) = PartiesOfSubject(subjectText, thing, status.Value);
            if (PartyJoinedBefore(text, subjectStart) is { } joined && !parties.Contains(joined))
            {
                parties = [joined, .. parties];
            }
            if (status.Value.IsAgreed())
            {
                AddPartnersAfterWith(objectText, thing, parties);
            }
            found.Add(new FoundOutcome(thing, status.Value, parties, announcer, sentence.Index, sentence.Text));
            if (status is OutcomeStatus.Pledged or OutcomeStatus.Committed)
            {
                AddGappedAmounts(objectText, thing, status.Value, sentence, found);
            }

            // "agreed to deepen cooperation … and to set up a working group …": a second thing under the same verb (only a
            // verb that took an infinitive: "adopted the declaration, which calls on … and to accept …" has none).
            var infinitive = verb is "agreed to" || verb.EndsWith(" to", StringComparison.Ordinal);
            var coordinated = infinitive && objectText.Contains("and to ", StringComparison.Ordinal) ? CoordinatedInfinitive().Match(objectText) : Match.Empty;
            if (coordinated.Success)
            {
                var second = CleanThing(CutNounPhrase(objectText[(coordinated.Index + coordinated.Length)..]));
                if (second is not null && second != thing)
                {
                    var innerVerb = coordinated.Groups["v"].Value;
                    var secondStatus = innerVerb is "explore" or "study" or "consider" ? OutcomeStatus.Proposed : status.Value;
                    found.Add(new FoundOutcome(second, secondStatus, parties, announcer, sentence.Index, sentence.Text));
                }
            }
        }
    }

    /// <summary>
    /// "signed a fertiliser supply protocol with Ghana, Benin and Togo, under which …": the countries the thing was agreed
    /// with are its parties too. The list is the run of capitalised words, commas and "and" after the "with" that ends
    /// the thing or follows it; a lower-case word ends it ("with support from …" names no partner).
    /// </summary>
    private static void AddPartnersAfterWith(string objectText, string thing, List<string> parties)
    {
        var at = objectText.IndexOf(thing, StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }
        var inThing = thing.LastIndexOf(" with ", StringComparison.Ordinal);
        var with = inThing >= 0 ? at + inThing + 1 : objectText.AsSpan(at + thing.Length).TrimStart().StartsWith("with ", StringComparison.Ordinal)
            ? objectText.IndexOf("with ", at + thing.Length, StringComparison.Ordinal) : -1;
        if (with < 0)
        {
            return;
        }
        var listStart = with + "with ".Length;
        var words = Tokens.Words(objectText, listStart, Math.Min(objectText.Length, listStart + 120) - listStart);
        var end = listStart;
        foreach (var word in words)
        {
            if (!(word.IsCapitalized || word.Text is "and" or "the"))
            {
                break;
            }
            end = word.End;
        }
        foreach (var partner in Countries.FindParties(objectText[listStart..end]))
        {
            if (!parties.Contains(partner))
            {
                parties.Add(partner);
            }
        }
    }

    /// <summary>"witnessed the exchange of a memorandum …" (signed) and "announced a grant of Rs 1,200 crore …" (pledged).</summary>
    private void ReadWitnessedAndAnnounced(string text, Sentence sentence, List<FoundOutcome> found)
    {
        // Each pattern has a literal part that most sentences lack; one search for any of them rules out both.
        if (!WitnessedOrAnnouncedLiterals.ContainsAny(text))
        {
            return;
        }
        var witnessed = text.Contains(" the exchange of ", StringComparison.Ordinal) || text.Contains(" the signing of ", StringComparison.Ordinal);
        foreach (Match match in witnessed ? WitnessedSigning().Matches(text) : (IEnumerable<Match>)[])
        {
            if (CleanThing(CutNounPhrase(text[(match.Index + match.Length)..])) is { } thing)
            {
                var (parties, announcer) = PartiesOfSubject(text[ClauseStart(text, match.Index)..match.Index].Trim(), thing, OutcomeStatus.Signed);
                found.Add(new FoundOutcome(thing, OutcomeStatus.Signed, parties, announcer, sentence.Index, sentence.Text));
            }
        }
        // "The United States, Japan and Australia joined Palau, … and Tonga in signing a framework agreement …": both sides sign.
        foreach (Match match in text.Contains("joined ", StringComparison.Ordinal) ? JoinedInDoing().Matches(text) : (IEnumerable<Match>)[])
        {
            if (IsBackground(text, match.Index, match.Index + match.Length) || CleanThing(CutNounPhrase(text[(match.Index + match.Length)..])) is not { } thing)
            {
                continue;
            }
            var status = match.Groups["verb"].Value switch
            {
                "launching" => OutcomeStatus.Launched,
                "adopting" => OutcomeStatus.Adopted,
                "endorsing" => OutcomeStatus.Endorsed,
                _ => OutcomeStatus.Signed,
            };
            var parties = Countries.FindParties(text[ClauseStart(text, match.Index)..match.Groups["verb"].Index]);
            found.Add(new FoundOutcome(thing, status, parties, null, sentence.Index, sentence.Text));
        }
        foreach (Match match in text.Contains("announced ", StringComparison.Ordinal) ? AnnouncedFunding().Matches(text) : (IEnumerable<Match>)[])
        {
            if (IsBackground(text, match.Index, match.Index + match.Length))
            {
                continue;
            }
            if (CleanThing(CutNounPhrase(text[match.Groups["what"].Index..])) is { } thing)
            {
                var (parties, announcer) = PartiesOfSubject(text[ClauseStart(text, match.Index)..match.Index].Trim(), thing, OutcomeStatus.Pledged);
                found.Add(new FoundOutcome(thing, OutcomeStatus.Pledged, parties, announcer, sentence.Index, sentence.Text));
            }
        }
    }

    private static readonly SubstringSet WitnessedOrAnnouncedLiterals = new([" the exchange of ", " the signing of ", "announced ", "joined "]);

    [GeneratedRegex(@"\bjoined [^;:]{1,160}? in (?<verb>signing|launching|adopting|endorsing) (?:an? |the )?")]
    private static partial Regex JoinedInDoing();

    // "supervised this Wednesday in Nouakchott the signing of a memorandum", as French-language agencies order it: a time or
    // place may stand between the verb and its object.
    [GeneratedRegex(@"\b(?:witnessed|oversaw|attended|supervised)(?: (?:this|on|in|at|last|yesterday|today)\b[^,;]{0,50}?)? the (?:exchange|signing) of (?:an? |the )?")]
    private static partial Regex WitnessedSigning();

    [GeneratedRegex(@"\bannounced (?:an? |its |their |a new |an additional )?(?<what>(?:grant|pledge|donation|contribution|package|loan|funding|investment)s? (?:of|worth|totalling|totaling) )")]
    private static partial Regex AnnouncedFunding();

    private void ReadPlanned(string text, Sentence sentence, List<FoundOutcome> found)
    {
        // "Under the memorandum, universities will admit …": what an agreement provides for describes it; the agreement
        // is the outcome.
        if (text.StartsWith("Under the ", StringComparison.Ordinal) || text.StartsWith("Under this ", StringComparison.Ordinal))
        {
            return;
        }
        foreach (var match in Planned.Matches(text))
        {
            var modal = match.Lead;
            var verb = match.Verb!;
            if (IsBackground(text, match.Index, match.Index + match.Length) || InRelativeClause(text, match.Index))
            {
                continue;
            }
            // "… in a move ministers said would cut feed costs": "said would" opens a relative clause whose subject is the
            // move itself (what the agreement is said to do), not a plan of anyone.
            if (text.AsSpan(0, match.Index).TrimEnd() is var head && (head.EndsWith(" said", StringComparison.Ordinal) || head.EndsWith(" say", StringComparison.Ordinal)))
            {
                continue;
            }
            var subjectStart = ClauseStart(text, match.Index);
            var subjectText = text[subjectStart..match.Index].Trim().TrimEnd(',').Trim();
            var inherited = subjectText is "and" or "" && found.Count > 0 ? found[^1] : null;
            // "Kenya hoped the alliance would …" (the hope just before the subject), not "buyers wanted packs, adding that KTDA
            // would …" (a hope in the clause before).
            var hopeFrom = Math.Max(0, subjectStart - 30);
            var clauseComma = subjectStart > 0 ? text.LastIndexOf(", ", subjectStart - 1, StringComparison.Ordinal) : -1;
            hopeFrom = clauseComma >= hopeFrom ? clauseComma + 2 : hopeFrom;
            if (ContainsHope(text[hopeFrom..match.Index]) || subjectText.Length == 0 && inherited is null || IsPronounOnly(subjectText) && subjectText is not ("he" or "she" or "He" or "She"))
            {
                continue;
            }
            var status = verb is "explore" or "study" ? OutcomeStatus.Proposed : OutcomeStatus.Planned;
            // "The ministers agreed that the next meeting would be held in Thimphu": what they agreed on.
            if (status is OutcomeStatus.Planned && text.AsSpan(0, subjectStart).TrimEnd().EndsWith(" agreed that", StringComparison.Ordinal))
            {
                status = OutcomeStatus.Agreed;
            }
            string? thing;
            if (verb is "meet" && GroupOfPeople(subjectText) && MeetsAgainOrFirst(text, match.Index + match.Length))
            {
                // "The partners will meet again in Brasília in early 2027": the next meeting, said as the clause; "…, in the
                // Brazilian state of Acre, in March": the place and time run on over commas.
                var clauseEnd = text.IndexOfAny([',', ';', '.'], match.Index);
                while (clauseEnd > 0 && text[clauseEnd] == ',' && PlaceOrTimeAfterComma().IsMatch(text.AsSpan(clauseEnd)))
                {
                    clauseEnd = text.IndexOfAny([',', ';', '.'], clauseEnd + 1);
                }
                var purpose = text.IndexOf(" to ", match.Index + match.Length, StringComparison.Ordinal); // not "are due to meet"
                var end = new[] { clauseEnd, purpose, text.Length }.Where(e => e > match.Index).Min();
                found.Add(new FoundOutcome(text[subjectStart..end].Trim(), status, [.. mainParties], null, sentence.Index, sentence.Text));
                continue;
            }
            if (verb.StartsWith("be ", StringComparison.Ordinal) || verb is "take place" or "meet")
            {
                thing = CleanThing(subjectText);
                if (thing is null || !IsConcrete(thing))
                {
                    continue;
                }
                var parties = Countries.FindParties(thing);
                if (parties.Count == 0)
                {
                    parties = [.. mainParties];
                }
                found.Add(new FoundOutcome(thing, status, parties, null, sentence.Index, sentence.Text));
                continue;
            }
            // "part of the Government’s plan to connect …", "its plans to …", "approved … a plan to reinforce …": a plan named
            // as a thing (what was approved is the plan), not one made here.
            if (modal is "plan to" or "plans to" && (subjectText.EndsWith("'s", StringComparison.Ordinal) || subjectText.EndsWith("’s", StringComparison.Ordinal)
                || subjectText.EndsWith(" its", StringComparison.Ordinal) || subjectText.EndsWith(" their", StringComparison.Ordinal) || subjectText.EndsWith(" the", StringComparison.Ordinal)
                || subjectText.EndsWith(" a", StringComparison.Ordinal)))
            {
                continue;
            }
            if (modal is "aims to" or "aim to" && Countries.FindParties(subjectText, includeDemonyms: true, atLeast: 1).Count == 0)
            {
                continue; // the purpose of a thing, not a plan of a party
            }
            var rest = text[(match.Index + match.Length)..];
            var coordinated = rest.Contains("and ", StringComparison.Ordinal) ? CoordinatedPlan().Match(rest) : Match.Empty;
            thing = CleanThing(CutNounPhrase(coordinated.Success ? rest[..coordinated.Index] : rest, infinitiveCompletes: verb is "require"));
            // "Niger is expected to join the protocol next year": joining what the report named before is a plan all the same.
            if (thing is null && verb is "join")
            {
                thing = JoinedReference(rest);
            }
            // "the Department of Health will train nurses at the border posts": people a concrete action is done to, named by
            // a plural alone, are its object (a lone singular, "the agreement", is a reference and stays out) — where the
            // clause names who acts ("a warning system that will send alerts to hospitals" describes the system).
            if (thing is null && ConcreteActionVerbs.Contains(verb) && subjectText is not ("" or "and") && BarePluralObject(rest) is { } people)
            {
                thing = people;
            }
            if (thing is null || VagueObjects.Contains(HeadNoun(thing)))
            {
                continue;
            }
            // A concrete thing, or a concrete action by a named party ("Tashkent would introduce round-the-clock operation
            // at …", "the Research Council will test the seed varieties …").
            var concrete = IsConcrete(thing) || IsAmount(thing);
            // "would start paying compensation to households": what is started is an action, named by its gerund.
            var startsAction = verb is "start" or "begin" && Tokens.Words(thing) is { Count: > 1 } started && started[0].Text.EndsWith("ing", StringComparison.Ordinal);
            if (!concrete && !ConcreteActionVerbs.Contains(verb) && !startsAction)
            {
                continue;
            }
            var (partiesOfSubject, announcer) = inherited is not null ? (inherited.Parties, inherited.AnnouncedBy) : PartiesOfSubject(subjectText, thing, status);
            // "the university would reserve clinical placements", said its rector: the speaker's own body, even unnamed.
            if (!concrete && partiesOfSubject.Count == 0 && !(announcer is not null && (IsOwnSide(subjectText) || IsSpeakersUnit(subjectText, announcer))))
            {
                continue;
            }
            if (modal is "would" or "will" && partiesOfSubject.Count == 0 && announcer is null && !EventHeads.Contains(HeadNoun(thing)))
            {
                continue; // "the centre would train …": a description, not a party's plan; "will hold its first meeting" is one
            }
            found.Add(new FoundOutcome(WithActionVerb(verb, text, match.Index + match.Length, thing), status, partiesOfSubject, announcer, sentence.Index, sentence.Text));

            // "would send 500 experts … and train 3,000 technicians": the coordinated verb shares the subject.
            if (coordinated.Success)
            {
                var second = CleanThing(CutNounPhrase(rest[(coordinated.Index + coordinated.Length)..]));
                if (second is not null && (IsConcrete(second) || IsAmount(second)))
                {
                    found.Add(new FoundOutcome(second, status, partiesOfSubject, announcer, sentence.Index, sentence.Text));
                }
            }
        }
    }

    /// <summary>"nurses at the Kopfontein border posts …", "teachers.": a plural noun alone, no article, opening the object, else null.</summary>
    private static string? BarePluralObject(string rest)
    {
        var words = Tokens.Words(rest.AsSpan(0, Math.Min(rest.Length, 40)).ToString());
        if (words.Count == 0 || words[0].IsCapitalized || words[0].Text.Length < 4 || !words[0].Text.EndsWith('s') || words[0].Text.EndsWith("ss", StringComparison.Ordinal)
            || VagueObjects.Contains(words[0].Text) || rest.AsSpan(0, words[0].Start).Trim().Length > 0)
        {
            return null;
        }
        // Only where the noun ends the phrase: "nurses at …", "nurses." (not "funds for …" read as "funds").
        var after = words.Count > 1 ? words[1].Text : string.Empty;
        return after is "" or "at" or "in" or "from" or "to" or "for" || rest.AsSpan(words[0].End).TrimStart().StartsWith(".", StringComparison.Ordinal)
            ? words[0].Text
            : null;
    }

    /// <summary>
    /// A planned action is named by its verb ("send a team of 15 engineers", "train 200 guides", "release 32 fishermen"): the
    /// engineers are not the plan. A thing created or a sum keeps its own name ("regional office in Kuala Lumpur",
    /// "$5 million").
    /// </summary>
    private static string WithActionVerb(string verb, string text, int objectStart, string thing)
    {
        // "host the next meeting": the meeting is what is planned.
        if (CreationVerbs.Contains(verb) || IsSum(thing) || verb.StartsWith("be ", StringComparison.Ordinal) || EventHeads.Contains(HeadNoun(thing)))
        {
            return thing;
        }
        var at = text.IndexOf(thing, objectStart, StringComparison.Ordinal);
        return at < 0 ? thing : $"{verb} {text[objectStart..at].Trim()} {thing}".Replace("  ", " ", StringComparison.Ordinal).Trim();
    }

    /// <summary>A sum of money ("TT$15 million", "2.5 billion euros"), not a count of people or things ("32 Indian fishermen").</summary>
    private static bool IsSum(string thing) => AmountStart().IsMatch(thing) || SumInWords().IsMatch(thing);

    [GeneratedRegex(@"^\d[\d.,]*\s*(?:million|billion|trillion|bn|mn)\b")]
    private static partial Regex SumInWords();

    private static readonly HashSet<string> CreationVerbs = new(StringComparer.Ordinal)
    {
        "set up", "establish", "launch", "open", "build", "construct", "create", "develop", "introduce", "install", "hold", "convene",
        "organise", "organize", "sign", "draft", "prepare", "pilot", "start", "begin", "roll out",
        "start building", "begin building", "put up", "meet", "explore", "study",
    };

    /// <summary>Amounts with the verb left out after the first: "…, Spain 60 million and Italy 45 million".</summary>
    private static void AddGappedAmounts(string objectText, string thing, OutcomeStatus status, Sentence sentence, List<FoundOutcome> found)
    {
        var at = objectText.IndexOf(thing, StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }
        var rest = objectText[(at + thing.Length)..];
        // The party a country, or a body by its acronym ("…, JST ¥4 billion and NSERC C$20 million").
        while (GappedAmount().Match(rest) is { Success: true } gapped
               && (Countries.Party(gapped.Groups["party"].Value) ?? (MentionParser.IsCapitalsAndDigits(gapped.Groups["party"].Value) ? gapped.Groups["party"].Value : null)) is { } party)
        {
            found.Add(new FoundOutcome(gapped.Groups["amount"].Value, status, [party], null, sentence.Index, sentence.Text));
            rest = rest[gapped.Length..];
        }
    }

    private (List<string> Parties, Person? Announcer) PartiesOfSubject(string subject, string thing, OutcomeStatus status)
    {
        // "THE Federal Government, yesterday, signed …", "The ministers also agreed …": the subject without the adverbs it carries.
        if (subject.EndsWith(',') || TrailingSubjectAdverbWords.ContainsAny(subject))
        {
            subject = TrailingSubjectAdverbs().Replace(subject, string.Empty);
        }
        // "The window, announced at the ISA Assembly in New Delhi, will offer …": where a thing was announced names no party.
        if (subject.Contains(", ", StringComparison.Ordinal) && ParticipleAside().Match(subject) is { Success: true } aside)
        {
            subject = subject.Remove(aside.Index, aside.Length);
        }
        // Each pattern needs a literal word that most subjects lack ("two"/"both"; "country", "government" …).
        var mayBeBothSides = subject.Contains("two ", StringComparison.OrdinalIgnoreCase) || subject.Contains("both ", StringComparison.OrdinalIgnoreCase)
            || subject.Contains("three ", StringComparison.OrdinalIgnoreCase) || subject.Contains("four ", StringComparison.OrdinalIgnoreCase)
            || subject.Contains("five ", StringComparison.OrdinalIgnoreCase) || subject.Contains("six ", StringComparison.OrdinalIgnoreCase);
        if (mayBeBothSides && BothSides().IsMatch(subject.ToLowerInvariant()))
        {
            return ([.. mainParties], null);
        }
        if (HisCountryNouns.ContainsAny(subject) && HisCountry().IsMatch(subject))
        {
            if (sentenceSpeaker is { } speaking)
            {
                var party = speaking.Country ?? speaking.Organisation;
                return (party is null ? [] : [party], speaking);
            }
            // "ABUJA - The Federal Government signed a protocol with Ghana …": a government no one speaks for is the one where
            // the report is filed (else the outlet's own), not the first country the sentence names.
            if (IsOwnGovernment(subject) && (people.Home?.Venue ?? people.Home?.Agency) is { } whose)
            {
                return ([whose], null);
            }
            // "Brazil, represented by …, announced that the country would …": the country the sentence opened with.
            if (Countries.FindParties(currentSentence, includeDemonyms: false, atLeast: 1).FirstOrDefault() is { } named && Countries.Country(named) is not null)
            {
                return ([named], null);
            }
        }
        if (sentenceSpeaker is { } speaker && SpeakersBody(subject, speaker) is { } body)
        {
            return ([body], speaker);
        }
        // "her department would connect …", "its agency will …": the speaker's own body; and "the company would install …",
        // "the province would lead …", "the concessionaire would add …" from someone of a body that goes by its name.
        if (sentenceSpeaker is { } owner && (HisBody().IsMatch(subject) || IsBodyByItsKind(subject) && !NamesAnOutcome(subject) || IsSpeakersUnit(subject, owner)))
        {
            var party = owner.Organisation ?? owner.Country;
            return (party is null ? [] : [party], owner);
        }
        var person = PersonIn(subject);
        if (person is not null)
        {
            var party = person.Country ?? person.Organisation;
            return (party is null ? [] : [party], person);
        }
        var bare = WithoutLeadingThe(subject);
        if (Countries.Party(bare) is { } whole)
        {
            return ([whole], null);
        }
        // "Guam would install …", "Greenland will open …": a territory acts for itself.
        if (Countries.SovereignOf(bare) is not null)
        {
            return ([bare], null);
        }
        // "Tashkent would introduce …", "Wellington would commit …": a capital (or another city) for its government.
        if (Countries.CountryOfPlace(bare) is { } cityCountry)
        {
            return ([cityCountry], null);
        }
        var lastWord = Tokens.Words(subject).LastOrDefault().Text ?? string.Empty;
        // "Finland's Ministry of Education and Culture will fund …": a country's own body acts for it (one owner only: "Brazil's
        // President and Türkiye's … signed" names two).
        if (bare.AsSpan().IndexOfAny('\'', '’') > 0 && Possessives.All(bare) is [{ Index: 0 } owned] && Countries.Country(owned.Owner) is { } ownerCountry && !NamesAnOutcome(subject))
        {
            return ([ownerCountry], null);
        }
        if (ConcreteHeads.Contains(lastWord) && Countries.Party(lastWord) is null)
        {
            // "the GCC AI Governance Observatory will …" launched here is a thing acting, not a party; "the Agricultural
            // Research Council will test …", a named body no outcome here created, is a party to its own plan.
            return IsNamedBody(bare) && !outcomes.Exists(o => o.Text.Contains(bare, StringComparison.OrdinalIgnoreCase) || bare.Contains(o.Text, StringComparison.OrdinalIgnoreCase))
                ? ([bare], null)
                : ([], null);
        }
        var parties = Countries.FindParties(subject, includeDemonyms: true);
        if (parties.Count > 0)
        {
            return (parties, null);
        }
        // "the Pollution Control Department would publish …", "Indian Railways would add …", "the Ministry of Environment and
        // Climate Change would plant …": a named body's own plan, its head noun last or first.
        // "the Conseil du Café-Cacao (CCC) would register …": a name given with its acronym is a body's.
        if ((Vocabulary.OrganisationHeads.Contains(lastWord) || Vocabulary.OrganisationHeads.Contains(Tokens.Words(bare)[0].Text)
                || bare.EndsWith(')') && MentionParser.IsCapitalsAndDigits(lastWord)) && IsNamedBody(bare))
        {
            return ([bare], null);
        }
        if (GroupSubjects.Contains(lastWord))
        {
            return ([], null);
        }
        if (lastWord is "ministers" or "leaders" or "members" or "states" or "countries" or "governments")
        {
            return ([.. mainParties], null);
        }
        // "Embrapa would send ten researchers", "DNIT will dredge the canal": a body by the short name the article gave it,
        // or one readers know by name ("Rijkswaterstaat will extend its forecasts").
        if (shortNames.Contains(bare) || KnownBodies.IsName(bare))
        {
            return ([bare], null);
        }
        return (status.IsAgreed() ? Countries.FindParties(thing) : [], null);
    }

    /// <summary>
    /// The body a speaker reports a plan of: "the agency will set up …" from the head of an agency, "the bank would
    /// provide …" from a bank's manager, "WHO would deploy …" — the speaker's organisation when it is that body, else
    /// the acronym as named.
    /// </summary>
    private static string? SpeakersBody(string subject, Person speaker)
    {
        var words = Tokens.Words(subject);
        if (words.Count == 0)
        {
            return null;
        }
        // "Hintco would open a tender" from its head of tenders: the body by the name the speaker's title gave it.
        if (speaker.Organisation is { } organisation && WithoutLeadingThe(subject).Equals(organisation, StringComparison.OrdinalIgnoreCase))
        {
            return organisation;
        }
        var last = words[^1].Text;
        // "WHO would deploy …", "C40 will fund …": a body by its acronym, digits and all.
        var acronym = last.Length is >= 2 and <= 6 && MentionParser.IsCapitalsAndDigits(last) && last.Any(char.IsLetter) && (words.Count == 1 || words[^2].Text is "that" or "the");
        // "the agency", "the apex bank", "the grid operator": the body, with at most two words before its noun.
        var bodyNoun = words.Count is >= 2 and <= 4 && words[0].Text is "the" && words.Skip(1).SkipLast(1).All(w => !w.IsCapitalized) && BodyNouns.Contains(last);
        if (!acronym && !bodyNoun)
        {
            return null;
        }
        var own = $"{speaker.Organisation} {speaker.Role}";
        if (own.Contains(acronym ? $"({last})" : last, StringComparison.OrdinalIgnoreCase) || own.Contains(' ' + last + ' ', StringComparison.OrdinalIgnoreCase))
        {
            // "C40 will fund …" from the "regional director for Africa at the C40 Cities network": the acronym, unless the
            // organisation read from the role holds it.
            return acronym && speaker.Organisation?.Contains(last, StringComparison.Ordinal) != true ? last : speaker.Organisation;
        }
        if (!acronym && OwnAcronym(speaker) is { } body)
        {
            return body; // "the agency would launch …" from the "KASA Administrator", "the agency" from a director "at WFP"
        }
        // "the grid operator would launch a tender", said the chief executive of EirGrid: a company's name has no head noun.
        if (!acronym && Vocabulary.CompanyKinds.Contains(last) && speaker.Organisation is { } brand && !Tokens.Words(brand).Any(w => Vocabulary.OrganisationHeads.Contains(w.Text)))
        {
            return brand;
        }
        return acronym ? last : null;
    }

    /// <summary>The speaker's body when it goes by an acronym: their organisation, or the acronym their role names.</summary>
    private static string? OwnAcronym(Person speaker)
    {
        if (speaker.Organisation is { } organisation && MentionParser.IsCapitalsAndDigits(organisation) && organisation.Length >= 2)
        {
            return organisation;
        }
        // "the Agency would publish …" from the "Head of the Energy Access Unit at the IEA": the unit's body, by the acronym
        // the role ends with.
        foreach (var word in Tokens.Words(speaker.Role ?? string.Empty))
        {
            if (word.Text.Length is >= 2 and <= 6 && MentionParser.IsCapitalsAndDigits(word.Text))
            {
                return word.Text;
            }
        }
        return null;
    }

    /// <summary>
    /// "the unit would publish a public tracker …", said by the head of "the JET project management unit in the Presidency":
    /// the unit, team or programme the speaker's own role names.
    /// </summary>
    private static bool IsSpeakersUnit(string subject, Person speaker) =>
        speaker.Role is { } role && Tokens.Words(subject) is [{ Text: "the" }, { IsCapitalized: false } noun]
        && UnitSubjectNouns.Contains(noun.Text) && Tokens.Words(role).Exists(w => w.Text.Equals(noun.Text, StringComparison.OrdinalIgnoreCase));

    private static readonly HashSet<string> UnitSubjectNouns = new(StringComparer.Ordinal) { "unit", "team", "programme", "program", "division", "project" };

    /// <summary>"the university", "the Government", "her ministry": the speaker's own side, named without its name.</summary>
    private static bool IsOwnSide(string subject) =>
        IsBodyByItsKind(subject) || HisBody().IsMatch(subject) || HisCountryNouns.ContainsAny(subject) && HisCountry().IsMatch(subject);

    /// <summary>"the new centre would train …" after the centre was launched: the thing the meeting created, not the speaker's body.</summary>
    private bool NamesAnOutcome(string subject)
    {
        var noun = Tokens.Words(subject)[^1].Text;
        return outcomes.Exists(o => HeadNoun(o.Text).Equals(noun, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"the company", "the provincial government", "the concessionaire": a body named by its kind, as a speaker calls their own.</summary>
    private static bool IsBodyByItsKind(string subject)
    {
        // The noun may be capitalised, as Commonwealth papers write their own bodies: "the Ministry would open …", "the
        // Territory would fund …", "the University would connect …".
        var words = Tokens.Words(subject);
        return words.Count is >= 2 and <= 4 && words[0].Text is "the" && words.Skip(1).SkipLast(1).All(w => !w.IsCapitalized)
            && (BodyNouns.Contains(words[^1].Text) || OwnSideNouns.Contains(words[^1].Text));
    }

    private static readonly HashSet<string> OwnSideNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "province", "state", "region", "city", "municipality", "concessionaire", "government", "administration", "county", "district",
        "territory",
    };

    private static readonly HashSet<string> BodyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "bank", "board", "secretariat", "commission", "authority", "fund", "organisation", "organization", "institute",
        "office", "bureau", "council", "foundation", "company", "firm", "group", "university", "centre", "center", "hospital",
        "ministry", "department", "regulator", "lender", "utility", "operator", "association", "federation", "chamber", "college",
        "corporation", "airline", "carrier", "maker", "developer", "insurer", "exchange", "port", "directorate", "trust", "network",
        "consulate", "embassy", "mission", "alliance", "laboratory", "lab", "academy", "observatory",
    };


    private Person? PersonIn(string subject)
    {
        var words = Tokens.Words(subject);
        if (words.Count == 0)
        {
            return null;
        }
        var last = words[^1].Text;
        if (last is "he" or "He" or "she" or "She")
        {
            var gender = last is "he" or "He" ? 'm' : 'f';
            return sentenceSpeaker is { } s && s.Gender != (gender == 'm' ? 'f' : 'm') ? s : people.ResolvePronoun(gender, sentencePosition);
        }
        // A known person named by a capitalised run, or by the end of one ("Indonesian Minister Budi Santoso", "Santoso").
        for (var start = 0; start < words.Count; start++)
        {
            if (!words[start].IsCapitalized)
            {
                continue;
            }
            var end = start;
            while (end + 1 < words.Count && words[end + 1].IsCapitalized)
            {
                end++;
            }
            for (var from = Math.Max(start, end - 3); from <= end; from++)
            {
                var tokens = new List<string>(end - from + 1);
                for (var k = from; k <= end; k++)
                {
                    tokens.Add(words[k].Text);
                }
                if (people.FindByName(tokens) is { } person)
                {
                    return person;
                }
            }
            start = end;
        }
        return null;
    }

    private static List<string>? PartiesOfAgent(string after)
    {
        var by = ByAgent().Match(after);
        if (!by.Success)
        {
            return null;
        }
        var parties = Countries.FindParties(by.Groups["agent"].Value, includeDemonyms: true);
        return parties.Count > 0 ? parties : null;
    }

    private static OutcomeStatus? StatusOf(string verb, bool passive)
    {
        var v = verb;
        if (v.StartsWith("reached", StringComparison.Ordinal) || v.StartsWith("agreed", StringComparison.Ordinal) || v is "finalized" or "finalised" or "sealed" or "concluded")
        {
            return v.Contains("explore", StringComparison.Ordinal) || v.Contains("study", StringComparison.Ordinal) ? OutcomeStatus.Proposed : OutcomeStatus.Agreed;
        }
        if (v.StartsWith("pledg", StringComparison.Ordinal))
        {
            return OutcomeStatus.Pledged;
        }
        if (v.StartsWith("committ", StringComparison.Ordinal))
        {
            return OutcomeStatus.Committed;
        }
        return v switch
        {
            // "opened talks", "opened the way": only a thing that was opened is one.
            "inaugurated" => OutcomeStatus.Inaugurated,
            "opened" => passive ? OutcomeStatus.Inaugurated : null,
            "launched" or "initiated" or "kicked off" or "rolled out" => OutcomeStatus.Launched,
            "established" or "set up" or "created" or "formed" or "founded" => OutcomeStatus.Established,
            "signed" or "inked" => OutcomeStatus.Signed,
            "adopted" => OutcomeStatus.Adopted,
            "approved" => OutcomeStatus.Approved,
            "endorsed" => OutcomeStatus.Endorsed,
            "unveiled" => OutcomeStatus.Unveiled,
            "released" or "issued" => OutcomeStatus.Released,
            "announced" => passive ? OutcomeStatus.Launched : null,
            "proposed" or "suggested" or "called for" or "put forward" => OutcomeStatus.Proposed,
            _ => null,
        };
    }

    private bool IsBackground(string text, int start, int end)
    {
        // "In 2021, Guatemala approved the Regulation …": a sentence that opens with an earlier year tells history.
        if (OpensWithEarlierYear(text, articleYear) && text.IndexOf("; ", StringComparison.Ordinal) is var clauseEnd && (clauseEnd < 0 || start < clauseEnd))
        {
            return true;
        }
        // The window after the verb is copied for the pattern only when it holds one of the pattern's literals.
        var after = text.AsSpan(end, Math.Min(text.Length, end + 100) - end);
        if (HistoryLiterals.ContainsAny(after))
        {
            var window = after.ToString();
            var history = History().Match(window);
            // Only in the verb's own clause: "would assign the minehunter to the survey and pointed out that the navy had
            // neutralised 14 mines since 2022" is a plan.
            // "was signed by New Zealand, Singapore and Chile in 2020": the commas of the signatories' list are no clause's.
            if (history.Success && history.Index < 100 && (!window[..history.Index].Contains(", ", StringComparison.Ordinal) || AgentList().IsMatch(window[..history.Index]))
                && !window[..history.Index].Contains(" that ", StringComparison.Ordinal)
                && (!history.Groups["year"].Success || int.Parse(history.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) < articleYear))
            {
                return true;
            }
        }
        // "committed S$15 million to help small and medium-sized enterprises set up operations": after "help", "set up" is
        // the bare infinitive of a purpose, nothing set up.
        var setUp = text.AsSpan(start, end - start).IndexOf("set up", StringComparison.Ordinal) is var at and >= 0 ? start + at : -1;
        if (setUp >= 0 && HelpBefore().IsMatch(text.AsSpan(Math.Max(0, setUp - 80), Math.Min(80, setUp))))
        {
            return true;
        }
        var before = text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start));
        // "would stay away until the rules for grid access were finalised": a condition's subject may run to six words; a
        // time clause's only to three ("… will soon be able to call for help, after Luxembourg and the World Food Programme
        // launched a service" is the report's news).
        return NegatedBefore.IsMatch(before) || SubordinateBefore.IsMatch(before) || ConditionBefore.IsMatch(text.AsSpan(Math.Max(0, start - 70), Math.Min(70, start)));
    }

    [GeneratedRegex(@"^\s*by\s+(?:the\s+)?\p{Lu}[\p{L}\-'’]*(?:(?:\s+|,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}\-'’]*)*\s*$")]
    private static partial Regex AgentList();

    // Words may be hyphenated ("small and medium-sized enterprises"), which TrailingPhrasePattern does not step over.
    [GeneratedRegex(@"\b(?:help|helps|helping|let|lets)\s+(?:[\w\-'’]+\s+){0,8}$")]
    private static partial Regex HelpBefore();

    /// <summary>Whether the words before a verb end with a possessive ("New Zealand’s approved …").</summary>
    private static bool EndsWithPossessive(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        return trimmed.EndsWith("'s", StringComparison.Ordinal) || trimmed.EndsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>"was also signed", "were formally adopted": the words before the verb without the adverb between it and its auxiliary.</summary>
    private static ReadOnlySpan<char> WithoutTrailingAdverb(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        // The space before the adverb stays: the auxiliary check wants the words before a verb and its space.
        return space >= 0 && VerbAdverbs.Contains(trimmed[(space + 1)..].ToString()) ? trimmed[..(space + 1)] : before;
    }

    // The adverbs that stand between a subject and its verb ("was also signed", "The ministers also agreed"); the set and the
    // subject pattern below are built from this one list.
    private const string VerbAdverbWords = "also|jointly|formally|officially|later|subsequently|then|finally|successfully|eventually";

    private static readonly HashSet<string> VerbAdverbs = new(VerbAdverbWords.Split('|'), StringComparer.Ordinal);

    private static bool InRelativeClause(string text, int verbIndex)
    {
        var before = text.AsSpan(Math.Max(0, verbIndex - 60), Math.Min(60, verbIndex));
        // "…, Dr Claudine X, who proposed a regional reserve of milk powder": a person's own proposal, made at the event.
        if (before.EndsWith(", who ", StringComparison.Ordinal) && ProposalVerbStarts.ContainsAny(text.AsSpan(verbIndex, Math.Min(12, text.Length - verbIndex))))
        {
            return false;
        }
        // "… launched by officials from China, Laos and Cambodia, who also signed a memorandum …": what they did besides, there.
        if (before.EndsWith(", who also ", StringComparison.Ordinal))
        {
            return false;
        }
        // The pattern needs "which", "who", "whose" or "that" (in any case); most windows have none.
        if (before.IndexOf("wh", StringComparison.OrdinalIgnoreCase) < 0 && before.IndexOf("that", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }
        var window = before.ToString();
        return RelativeBefore().IsMatch(window) && !IsReportedThat(window);
    }

    /// <summary>
    /// "said that Japan", "said at the opening session that Japan", "specified that Bulgaria", "told reporters that the bank":
    /// reported speech, whatever its verb of saying; "agreed that the next meeting …", "decided that …": what was agreed.
    /// </summary>
    private static readonly SubstringSet ProposalVerbStarts = new(["proposed", "suggested", "called for", "put forward"]);

    private static bool IsReportedThat(string window)
    {
        var words = Tokens.Words(window);
        var that = words.FindLastIndex(w => w.Text is "that");
        if (that < 0 || words.Count - that - 1 > 6)
        {
            return false;
        }
        // "said the MOU would help firms to enter markets, and that SBF would lead …": a second that-clause after a comma
        // and "and" is reported too (its verb of saying may lie beyond the window).
        if (that >= 1 && words[that - 1].Text is "and" && window.AsSpan(0, words[that - 1].Start).TrimEnd().EndsWith(','))
        {
            return true;
        }
        // "said in a statement following the meeting that the ministry": the occasion may take seven words or so.
        for (var k = that - 1; k >= Math.Max(0, that - 9); k--)
        {
            // "agreed to set up a joint monitoring committee that will …": an infinitive's object takes the clause.
            if (words[k].Text is "to")
            {
                return false;
            }
            // "launched a shared online dashboard that will …": after an article, a verb's participle is an adjective.
            if ((words[k].Text is "agreed" or "decided" || Vocabulary.ReportingVerbsByFirstWord.ContainsKey(words[k].Text))
                && !(k > 0 && words[k - 1].Text is "a" or "an" or "the"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsHope(string text)
    {
        foreach (var word in Tokens.Words(text))
        {
            // "CAIRO – 12 May 2026: Egypt, Kenya … agreed": the month, not the modal.
            if (HopeWords.Contains(word.Text) && word.Text is not "May")
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] ClauseMarkers =
        [", ", " that ", "; ", " while ", " as ", " and ", " but ", " said ", " says ", " told ", " announced ", " added ", " stressed ", " noted ",
         // A dateline's dash: "Rome, May 14 (Agenzia Nova) - Italy, Ethiopia, Uganda and Kenya today signed …".
         ") - ", ") – ", ") — ", ") -- "];

    /// <summary>Start of the clause that ends at <paramref name="index"/>: after ", ", "that ", "and " joining clauses, or the sentence start.</summary>
    private static int ClauseStart(string text, int index)
    {
        // "X, deputy head of …, proposed": the subject is the name before the appositive.
        var head = text.AsSpan(0, index).TrimEnd();
        if (head.EndsWith(',') && head.Length > 1)
        {
            var opening = text.LastIndexOf(", ", head.Length - 2, StringComparison.Ordinal);
            if (opening > 0)
            {
                return ClauseStart(text, opening);
            }
        }
        var start = 0;
        foreach (var marker in ClauseMarkers)
        {
            // Only a marker's last occurrence counts, and only if it ends after the best start so far: look no further back.
            var from = Math.Max(0, index - 1);
            var floor = Math.Max(0, start - marker.Length + 1);
            var at = from >= floor ? text.LastIndexOf(marker, from, from - floor + 1, StringComparison.Ordinal) : -1;
            if (at < 0 || at + marker.Length > index)
            {
                continue;
            }
            if (marker == " and " && !LooksLikeClauseAfter(text, at + marker.Length, index))
            {
                continue;
            }
            if (marker == ", " && IsAppositiveOrListComma(text, at, index))
            {
                continue;
            }
            start = Math.Max(start, at + marker.Length);
        }
        // "Cotonou, Benin - The African Development Bank Group on Tuesday signed …": a dateline of a place, and its dash.
        var dateline = DatelineDashEnd(text);
        return dateline <= index ? Math.Max(start, dateline) : start;
    }

    private static readonly string[] DatelineDashes = [" - ", " – ", " — ", " -- "];

    private static readonly System.Buffers.SearchValues<char> UpperCaseCity = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ -.'’");

    /// <summary>
    /// Where the text starts after a dateline of capitalised words and a dash near its start ("Cotonou, Benin - "), or after
    /// a city in capitals and an em dash with no spaces ("ABUJA—THE Federal Government"), else 0.
    /// </summary>
    private static int DatelineDashEnd(string text)
    {
        // Only the first 50 characters can hold a dateline: most clauses are searched no further.
        var head = text.AsSpan(0, Math.Min(text.Length, 53));
        // Only capitals before it: an em dash between words in lower case ("Kenya—the host—") is punctuation.
        if (head.IndexOf('—') is > 2 and var emDash && head[..emDash].TrimEnd() is var city && !city.ContainsAnyExcept(UpperCaseCity))
        {
            return emDash + 1 + (text.Length > emDash + 1 && text[emDash + 1] == ' ' ? 1 : 0);
        }
        foreach (var dash in DatelineDashes)
        {
            var at = head.IndexOf(dash, StringComparison.Ordinal);
            if (at is > 0 and < 50 && Tokens.Words(text, 0, at) is { Count: > 0 and <= 5 } words && words.All(w => w.IsCapitalized || char.IsDigit(w.Text[0]))
                && !text.AsSpan(0, at).ContainsAny("()\"“"))
            {
                return at + dash.Length;
            }
        }
        return 0;
    }

    /// <summary>
    /// "China and the member states of ASEAN pledged …": the clause split at "and", but a party alone before it (from the
    /// sentence start, a comma or a dateline's dash) shares the verb.
    /// </summary>
    private static string? PartyJoinedBefore(string text, int subjectStart)
    {
        var head = text.AsSpan(0, subjectStart);
        if (!head.EndsWith(" and ", StringComparison.Ordinal))
        {
            return null;
        }
        var before = text[..(subjectStart - 5)];
        var words = Tokens.Words(before);
        for (var n = Math.Min(4, words.Count); n >= 1; n--)
        {
            var first = words[^n];
            var opening = before.AsSpan(0, first.Start).TrimEnd();
            if (first.IsCapitalized && (opening.Length == 0 || opening[^1] is ',' or '-' or '–' or '—' or ':')
                && Countries.Party(before[first.Start..]) is { } party)
            {
                return party;
            }
        }
        return null;
    }

    private static bool LooksLikeClauseAfter(string text, int from, int verbIndex)
    {
        // "China and ASEAN launched": "and" joins the subject, not clauses, when few capitalised words sit between.
        var between = text.AsSpan(from, verbIndex - from).Trim();
        return between.Length > 0 && Tokens.Count(between, atMost: 4) > 3;
    }

    private static bool IsAppositiveOrListComma(string text, int comma, int verbIndex)
    {
        // "India and the six-nation Gulf Cooperation Council (GCC), …" keep; a fronted adverbial "During the forum, " is a clause start.
        var between = text[(comma + 2)..verbIndex];
        // "Kenya, Togo and Benin launched", "Côte d'Ivoire, Ghana and Cameroon on Tuesday launched": a list of parties.
        // "Egypt, Jordan, and Iraq agreed": the serial comma before the list's last party.
        return between.TrimEnd().EndsWith(',') || between.Contains(" and ", StringComparison.Ordinal) && PartyEndsAt(text, comma) && PartyStartsAt(text, comma + 2)
            || between.StartsWith("and ", StringComparison.Ordinal) && PartyEndsAt(text, comma) && PartyStartsAt(text, comma + 2 + "and ".Length);
    }

    private static bool PartyEndsAt(string text, int end)
    {
        var words = Tokens.Words(text, Math.Max(0, end - 40), Math.Min(40, end));
        for (var n = Math.Min(4, words.Count); n >= 1; n--)
        {
            if (words[^n].IsCapitalized && Countries.Party(text[words[^n].Start..end]) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static bool PartyStartsAt(string text, int start)
    {
        var words = Tokens.Words(text, start, Math.Min(40, text.Length - start));
        for (var n = Math.Min(4, words.Count); n >= 1; n--)
        {
            if (words[0].IsCapitalized && Countries.Party(text[words[0].Start..words[n - 1].End]) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static string CoordinatedSubject(string text, int verbIndex)
    {
        // "… agreed to resume talks and signed the terms": subject of the first verb.
        var before = text[..verbIndex].TrimEnd();
        if (!before.EndsWith(" and", StringComparison.Ordinal) && !before.EndsWith(',') && before.Length > 0)
        {
            return string.Empty;
        }
        // "… adopted a declaration, pledging to …" / "… agreed to resume talks and signed …": the first verb's subject.
        return Active.TryMatch(text, 0, out var first) && first.Index < verbIndex ? text[ClauseStart(text, first.Index)..first.Index].Trim().TrimEnd(',').Trim() : string.Empty;
    }

    /// <param name="text">The words after the verb.</param>
    /// <param name="infinitiveCompletes">Whether an infinitive after the object completes it ("require every company to
    /// connect its wells") rather than giving a purpose.</param>
    private static string CutNounPhrase(string text, bool infinitiveCompletes = false)
    {
        var phrase = text[..NounPhraseEnd(text)];
        // An infinitive of purpose ends the thing: "a fund to help farmers" → "a fund".
        var infinitive = !infinitiveCompletes && phrase.Contains("to", StringComparison.Ordinal) ? PurposeInfinitive().Match(phrase) : Match.Empty;
        if (infinitive.Success && infinitive.Index > 0 && !ContentHeadBefore(phrase, infinitive.Index) && !IndefiniteNounBefore(phrase, infinitive.Index))
        {
            phrase = phrase[..infinitive.Index];
        }
        var trailingTime = TrailingTimeLiterals.ContainsAny(phrase) ? TrailingTimePhrase().Match(phrase) : Match.Empty;
        if (trailingTime.Success && trailingTime.Index > 0)
        {
            phrase = phrase[..trailingTime.Index];
        }
        return phrase;
    }

    private static readonly HashSet<string> ContentHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreement", "agreements", "deal", "plan", "decision", "commitment", "pledge", "proposal", "initiative", "accord", "pact",
        "treaty", "memorandum", "understanding", "resolution", "programme", "program", "roadmap", "framework", "mandate",
    };

    /// <summary>"an agreement to eliminate 14 barriers": the infinitive says what the agreement is, so it stays.</summary>
    private static bool ContentHeadBefore(string phrase, int index)
    {
        var words = Tokens.Words(phrase[..index]);
        return words.Count > 0 && ContentHeads.Contains(words[^1].Text);
    }

    /// <summary>
    /// "an alliance to expand lending in local currencies": a new thing named by one noun, which its infinitive
    /// describes; cut, "alliance" alone would read as a reference to something named elsewhere.
    /// </summary>
    private static bool IndefiniteNounBefore(string phrase, int index)
    {
        var words = Tokens.Words(phrase[..index]);
        return words.Count == 2 && words[0].Text is "a" or "an";
    }

    /// <summary>Verbs of plans whose object is a concrete action whatever it is called: "introduce round-the-clock operation".</summary>
    private static readonly HashSet<string> ConcreteActionVerbs = new(StringComparer.Ordinal)
    {
        "introduce", "test", "install", "build", "construct", "open", "deploy", "host", "set up", "establish", "launch", "create",
        "train", "send", "dispatch", "recruit", "pilot", "publish", "sign", "convene", "upgrade", "set aside", "earmark", "drill",
        "draft", "prepare", "run", "connect", "lead", "station", "plant", "map", "pre-position", "preposition", "restore", "rehabilitate",
        "equip", "procure", "conduct", "carry out", "undertake", "hire", "repair", "renovate", "issue", "ban", "repatriate", "enroll",
        "enrol", "pre-enroll", "register", "add", "reserve", "assign", "take over", "dredge", "admit", "guarantee", "suspend",
        "simplify", "second", "fast-track", "rebuild", "include", "fund", "extend", "clean", "clear", "desilt", "place", "print",
        "release", "pay", "convert", "resurface", "cap", "select", "distribute", "pay for", "dedicate", "advertise", "fly",
        "post", "vaccinate", "bear", "finalise", "finalize", "stage", "digitise", "digitize", "certify", "recognise", "recognize",
        "inspect", "present", "apply", "process", "join",
        // A party's plan to provide, offer, store or review something, to adapt its own systems or to choose a site is one
        // in nearly every gold file that has the sentence ("WHO would provide technical support to …"); to "share" is not
        // (most are descriptions: "the platform will share data").
        "provide", "offer", "store", "review", "adapt", "choose",
        // To amend a law or reinforce a grid is a party's concrete plan in every gold file that has one.
        "amend", "reinforce",
    };

    /// <summary>
    /// What "proposed that …" proposes: the words after the clause's verb ("that the two countries jointly order a first
    /// fleet of carriers" → "a first fleet of carriers"), or, for a passive ("that elders be paid as co-instructors"), the
    /// clause itself; null when the clause has no verb of action within its first words (a view, not a proposal).
    /// </summary>
    private static string? ProposedClauseObject(string objectText)
    {
        var clause = objectText.TrimStart();
        var words = Tokens.Words(clause);
        if (words.Count < 3 || words[0].Text != "that")
        {
            return null;
        }
        for (var k = 2; k < words.Count && k <= 9; k++)
        {
            var previous = words[k - 1].Text;
            if (previous is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "of" or "for" or "in" or "on" or "to" or "with")
            {
                continue; // a noun of the subject, not its verb ("the joint fund")
            }
            var two = k + 1 < words.Count ? $"{words[k].Text} {words[k + 1].Text}" : null;
            var verbEnd = two is not null && IsProposalVerb(two) ? k + 1 : IsProposalVerb(words[k].Text) ? k : -1;
            if (verbEnd >= 0 && verbEnd + 1 < words.Count)
            {
                return " " + clause[words[verbEnd + 1].Start..];
            }
            if (words[k].Text == "be" && k + 1 < words.Count && (words[k + 1].Text.EndsWith("ed", StringComparison.Ordinal) || words[k + 1].Text is "paid" or "given" or "made" or "built" or "set"))
            {
                return " " + clause[words[1].Start..]; // "elders be paid as co-instructors in every course"
            }
        }
        return null;
    }

    private static bool IsProposalVerb(string verb) => ConcreteActionVerbs.Contains(verb) || Planned.HasVerb(verb) || ProposalVerbs.Contains(verb);

    /// <summary>Verbs (base form) of what a proposal asks a party to do, beyond those of plans (<see cref="Planned"/>) and concrete actions.</summary>
    private static readonly HashSet<string> ProposalVerbs = new(StringComparer.Ordinal)
    {
        "form", "adopt", "negotiate", "consider", "exchange", "charter", "pool", "harmonise", "harmonize", "order",
        "draw up", "require", "allow", "lower", "raise", "merge", "align", "set", "make", "use", "subsidise",
        "subsidize", "insure", "monitor", "track", "coordinate", "co-ordinate", "standardise", "standardize",
        "digitise", "digitize", "streamline",
    };

    /// <summary>What a party shares or offers without anything new being decided: "would also share its experience with …".</summary>
    private static readonly HashSet<string> VagueObjects = new(StringComparer.Ordinal)
    {
        "experience", "expertise", "knowledge", "practice", "lesson", "view", "insight", "idea", "thought",
    };

    /// <summary>Head nouns (singular) of events, which are opened rather than come out of a meeting.</summary>
    private static readonly HashSet<string> EventHeads = new(StringComparer.Ordinal)
    {
        "forum", "meeting", "conference", "summit", "session", "expo", "exhibition", "fair", "roundtable", "week", "festival",
        "workshop", "ceremony", "talk", "congress", "symposium", "seminar", "event", "ministerial", "gathering", "dialogue",
    };

    private static readonly HashSet<string> LeadingDeterminerWords = new(StringComparer.OrdinalIgnoreCase)
    { "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "new", "also", "jointly", "officially", "formally", "further", "together" };


    private static readonly HashSet<string> LeadingGerundWords = new(StringComparer.OrdinalIgnoreCase)
    { "negotiating", "launching", "creating", "establishing", "building", "setting", "developing", "linking" };

    private static readonly HashSet<string> LeadingQuantifierWords = new(StringComparer.OrdinalIgnoreCase)
    { "up", "as", "at", "more", "nearly", "about", "around", "some" };

    private static readonly string[] Articles = ["the ", "a ", "an "];

    private static readonly HashSet<string> PossibilityWords = new(StringComparer.OrdinalIgnoreCase)
    { "possibility", "feasibility", "idea", "option", "prospect" };

    private static readonly HashSet<string> CreationWords = new(StringComparer.OrdinalIgnoreCase)
    { "establishment", "creation", "launch", "formation", "building", "opening", "development", "negotiating", "negotiation", "launching", "creating", "establishing" };

    /// <summary>Drops leading words of the set ("the new joint fund" → "fund" for determiners).</summary>
    private static string StripLeadingWords(string text, HashSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan();
        while (true)
        {
            var space = span.IndexOf(' ');
            if (space <= 0 || !lookup.Contains(span[..space]))
            {
                return span.Length == text.Length ? text : span.ToString();
            }
            span = span[(space + 1)..].TrimStart();
        }
    }

    /// <summary>"possibility of a …", "establishment of the …" (also "setting up of") → what follows, without its article.</summary>
    private static string StripNominalOf(string text, HashSet<string> nouns)
    {
        var span = text.AsSpan();
        var space = span.IndexOf(' ');
        if (space <= 0)
        {
            return text;
        }
        var rest = span[(space + 1)..];
        if (!nouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span[..space]))
        {
            if (!span.StartsWith("setting up of ", StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }
            rest = span["setting up ".Length..];
        }
        if (!rest.StartsWith("of ", StringComparison.Ordinal))
        {
            return text;
        }
        rest = rest[3..];
        foreach (var article in Articles)
        {
            if (rest.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[article.Length..];
                break;
            }
        }
        return rest.ToString();
    }

    // Regex replacements are costly; run one only when the first word can start what it removes.
    private static bool StartsWithAny(string text, HashSet<string> words)
    {
        var end = text.IndexOf(' ');
        return words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(end < 0 ? text : text.AsSpan(0, end));
    }

    private static string? CleanThing(string text)
    {
        var thing = (text.Contains("  ", StringComparison.Ordinal) || text.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0 ? WhiteSpaceRun().Replace(text, " ") : text)
            .Trim().TrimEnd(Punctuation.Trailing).Trim();
        var relative = thing.IndexOf(", which", StringComparison.Ordinal);
        if (relative > 0)
        {
            thing = thing[..relative];
        }
        var named = thing.Contains(", ", StringComparison.Ordinal) ? NamedThing().Match(thing) : Match.Empty;
        if (named.Success)
        {
            thing = named.Groups["name"].Value;
        }
        var definite = thing.StartsWith("the ", StringComparison.Ordinal) || thing.StartsWith("The ", StringComparison.Ordinal);
        var indefinite = thing.StartsWith("a ", StringComparison.Ordinal) || thing.StartsWith("an ", StringComparison.Ordinal);
        thing = StripLeadingWords(thing, LeadingDeterminerWords);
        thing = StripNominalOf(thing, PossibilityWords);
        thing = StripNominalOf(thing, CreationWords);
        if (StartsWithAny(thing, LeadingGerundWords))
        {
            thing = LeadingGerundVerb().Replace(thing, m => m.Value.StartsWith("linking", StringComparison.Ordinal) ? m.Value : string.Empty);
        }
        thing = thing.Trim();
        if (thing.Length < 3 || Tokens.Words(thing).Count == 0 || Tokens.Words(thing).Count > 25)
        {
            return null;
        }
        if (StartsWithAny(thing, LeadingQuantifierWords))
        {
            thing = LeadingQuantifier().Replace(thing, string.Empty);
        }
        // "signed the agreement on behalf of their sides", "signed the agreement in Perth": for whom and where, not what;
        // the agreement itself is one named before ("resurface the runway in Bissau" keeps its place).
        var behalf = thing.IndexOf(" on behalf of ", StringComparison.Ordinal);
        thing = behalf > 0 ? thing[..behalf] : thing;
        var space = thing.IndexOf(' ');
        if (definite && space > 0 && DocumentNouns.Contains(thing[..space]) && thing.AsSpan(space).StartsWith(" in ", StringComparison.Ordinal)
            && Countries.CountryOrPlace(thing[(space + 4)..]) is not null)
        {
            thing = thing[..space];
        }
        // "agreed to harmonise fertiliser labelling and to set up …": the second infinitive was cut off, its "and" with it.
        thing = thing.EndsWith(" and", StringComparison.Ordinal) ? thing[..^4] : thing.EndsWith(" or", StringComparison.Ordinal) ? thing[..^3] : thing;
        // "a common threshold below which small parcels would not pay …": the relative clause was cut off, its preposition left.
        thing = thing.LastIndexOf(' ') is var lastSpace and > 0 && DanglingPrepositions.Contains(thing[(lastSpace + 1)..]) ? thing[..lastSpace] : thing;
        // "a deal signed a few weeks earlier": a span of time, no thing.
        if (SpanOfTime().IsMatch(thing))
        {
            return null;
        }
        var thingWords = Tokens.Words(thing);
        // "the agreement", "the decision": a reference to something named elsewhere; "launched a pilot that will …" is new
        // (its name may come later: "The Paperless Trade Pilot, jointly run by …"), but a bare "an agreement" has lost the
        // words that name it ("signed an agreement on Wednesday that would …": the sentence's other reading keeps them).
        if (thingWords.Count == 1 && !thingWords[0].IsCapitalized && !IsAmount(thing) && (!indefinite || DocumentNouns.Contains(thing)))
        {
            return null;
        }
        var first = Tokens.Words(thing)[0].Text.ToLowerInvariant();
        if (first is "to" or "that" or "it" or "they" or "them" or "he" or "she" or "which" or "in" or "on" or "at" or "with" or "for" or "by" or "as" or "and" or "of" or "upon" or "what" or "how"
            or "from" or "into" or "after" or "before" or "during" or "following" or "under" or "since" or "sidelines" or "its" or "their" or "between" or "among")
        {
            return null;
        }
        return thing;
    }

    [GeneratedRegex(@"^(?:(?:a|an|the)\s+)?(?:few|several|many|some|couple\s+of|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:hours?|days?|weeks?|months?|years?|decades?)(?:\s+(?:earlier|later|ago|before|after|on))?$")]
    private static partial Regex SpanOfTime();

    /// <summary>A definite noun and a date, nothing else: what was done with a thing the article named before.</summary>
    private static bool IsDatedReference(string thing, string objectText) =>
        objectText.AsSpan().TrimStart().StartsWith("the ", StringComparison.Ordinal) && DateAtEnd().Match(thing) is { Success: true } date
        && Tokens.Words(thing, 0, date.Index) is [{ IsCapitalized: false }];

    [GeneratedRegex(@"\s(?:on " + WrittenDate + @"(?:,? (?:19|20)\d\d)?|in " + MonthName + @"(?: (?:19|20)\d\d)?)$")]
    private static partial Regex DateAtEnd();

    private static readonly HashSet<string> DanglingPrepositions = new(StringComparer.Ordinal) { "below", "above", "under", "beyond", "through", "within" };

    private static readonly HashSet<string> ShareNouns = new(StringComparer.Ordinal) { "share", "contribution", "portion", "part", "bulk", "sum", "amount" };

    /// <summary>What is signed: "the agreement in Perth" is the one the report named before.</summary>
    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "agreement", "agreements", "memorandum", "memoranda", "protocol", "accord", "deal", "pact", "treaty", "declaration", "document",
        "documents", "contract", "convention", "charter", "MoU", "MOU", "MoUs",
    };

    /// <summary>
    /// A body's proper name: two or more capitalised words, "of", "for", "and" between them ("Tourism Authority of
    /// Thailand"), or French, Spanish and Portuguese ones ("Conseil du Café-Cacao"), with or without its acronym after it.
    /// </summary>
    private static bool IsNamedBody(string text)
    {
        var bracket = text.EndsWith(')') ? text.LastIndexOf(" (", StringComparison.Ordinal) : -1;
        var words = Tokens.Words(bracket > 0 ? text[..bracket] : text);
        // "the Ministry for the Ecological Transition", "the Office of the President": "the" after a joining word.
        return words.Count >= 2 && words[0].IsCapitalized && words[^1].IsCapitalized
            && Enumerable.Range(0, words.Count).All(i => words[i].IsCapitalized
                || words[i].Text is "of" or "for" or "and" or "du" or "de" or "des" or "la" or "del" or "do" or "da" or "et" or "y" or "e"
                || words[i].Text is "the" && i > 0 && words[i - 1].Text is "of" or "for" or "and");
    }

    /// <summary>
    /// "meet again", "meet for the first time", "meet in Dhaka in February": a next meeting, right after the verb (not "meet
    /// farmers", nor a body's routine: "would meet every quarter").
    /// </summary>
    private static bool MeetsAgainOrFirst(string text, int verbEnd) => NextMeeting().IsMatch(text.AsSpan(verbEnd));

    [GeneratedRegex(@"^ (?:again|for the first time|in|next|at)\b")]
    private static partial Regex NextMeeting();

    // ", in the Brazilian state of Acre, in March": a place or a time after a comma, still the meeting's.
    [GeneratedRegex(@"^, (?:in|on|at|near|by) ")]
    private static partial Regex PlaceOrTimeAfterComma();

    /// <summary>
    /// "the ministers", "The partners", "Ministers", "Officials of the two countries", "The energy authorities of the three
    /// countries": the people at the meeting, as a group (the head before "of" or "from", or the group they come from).
    /// </summary>
    private static bool GroupOfPeople(string subject)
    {
        if (Tokens.Words(subject) is not { Count: > 0 and <= 8 } words)
        {
            return false;
        }
        var of = words.FindIndex(w => w.Text is "of" or "from");
        return MeetingGroups.Contains(words[^1].Text.ToLowerInvariant()) && (of < 0 ? words.Count <= 6 : of <= 4)
            || of > 0 && MeetingGroups.Contains(words[of - 1].Text.ToLowerInvariant());
    }

    /// <summary>Who "will meet again": the parties, the bodies they sent, or a body of them ("the council", "the working group").</summary>
    private static readonly HashSet<string> MeetingGroups = new(StringComparer.Ordinal)
    {
        "ministers", "partners", "leaders", "members", "sides", "countries", "delegations", "parties", "governments", "states", "officials",
        "regulators", "agencies", "cities", "mayors", "banks", "universities", "institutions", "organisations", "organizations", "bodies",
        "provinces", "regions", "municipalities", "negotiators", "envoys", "representatives", "participants", "delegates", "experts",
        "council", "committee", "commission", "forum", "group", "panel", "taskforce", "board", "secretariat", "network", "alliance",
        "authorities", "jurisdictions", "officers", "heads", "chiefs", "teams", "nations", "ministries", "departments",
    };

    /// <summary>A sum or a number of things: "150 experts", "$1.5 million …", "NZ$12 million", "R150 million", "Sh500 million".</summary>
    private static bool IsAmount(string thing) =>
        thing.Length > 0 && (char.IsDigit(thing[0]) || AmountStart().IsMatch(thing)
            // "the equivalent of $3.5 million" (CleanThing may already have taken its "the").
            || thing.StartsWith("the equivalent of ", StringComparison.Ordinal) && IsAmount(thing[4..])
            || thing.StartsWith("equivalent of ", StringComparison.Ordinal) && IsAmount(thing["equivalent of ".Length..]));

    // Symbols ("US$", "€", "₡", "₦", "₱", "₩"), shillings, rand, pula, and ISO codes before the figure ("AUD 12 million", "MOP 3.1
    // billion", "KD 6 million").
    [GeneratedRegex(@"^(?:[A-Z]{0,3}[$€£¥₹₡₦₱₩₫₺₴₸₭]|Rs\.?|RM|KSh|Sh|R|P|(?:USD|EUR|GBP|AUD|NZD|CAD|JPY|CNY|RMB|INR|MOP|HKD|SGD|ISK|NOK|SEK|DKK|CHF|KD|KWD|SAR|AED|QAR|ZAR|BWP|KES|NGN|EGP|MYR|IDR|THB|PHP|VND|BDT|PKR|LKR|XOF|XAF|BRL|MXN|CLP|ARS|COP|PEN|UAH|TRY)\s)\s?\d")]
    private static partial Regex AmountStart();

    private static bool IsPronounOnly(string subject)
    {
        var words = Tokens.Words(subject);
        return words.Count == 1 && words[0].Text.ToLowerInvariant() is "it" or "they" or "he" or "she" or "this" or "that" or "which" or "we";
    }

    private static bool IsConcrete(string thing)
    {
        var words = Tokens.Words(thing);
        return words.Count > 1 && words[0].Text is "next" or "first" || words.Any(w => ConcreteHeads.Contains(w.Text)) || words.Skip(1).Any(w => w.IsCapitalized) || words.Count > 0 && words[0].IsCapitalized && words.Count > 1;
    }

    [GeneratedRegex(@"\b[Tt]he (?<head>[a-z][a-z\-]*), (?:known as|called|named|titled|dubbed) [“""]?(?<name>[^,”""]+?)[”""]?(?:,|\.|$)")]
    private static partial Regex NamedAs();

    /// <summary>"The “Open Voices Africa” initiative": a name in quote marks before the head noun.</summary>
    [GeneratedRegex(@"\b[Tt]he [“""](?<name>\p{Lu}[^”""]{1,80}?)[”""] (?<head>[a-z][a-z\-]*)")]
    private static partial Regex QuotedNameBefore();

    /// <summary>
    /// Gives generic outcomes their proper names from elsewhere in the article: "launched a joint initiative …"
    /// then "The initiative, known as the Africa-EU Clean Hydrogen Corridor Initiative, …".
    /// </summary>
    public void NameGenericOutcomes(Article article)
    {
        // Renaming and merging below never change the text of an outcome not yet reached, so the head nouns to look up
        // are known before the first one.
        var genericHeads = new HashSet<string>(StringComparer.Ordinal);
        // A name is looked for from a generic outcome's sentence on, so sentences before the first such one are not read.
        var firstGenericSentence = int.MaxValue;
        foreach (var outcome in outcomes)
        {
            if (IsGeneric(outcome.Text))
            {
                genericHeads.Add(HeadNoun(outcome.Text));
                firstGenericSentence = Math.Min(firstGenericSentence, outcome.SentenceIndex);
            }
        }
        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            if (!IsGeneric(outcome.Text))
            {
                continue;
            }
            var head = HeadNoun(outcome.Text);
            var name = FindProperName(article, genericHeads, firstGenericSentence, head, outcome.SentenceIndex);
            // "pledged to deepen cooperation … for the China-Central Asia Forum on Artificial Intelligence Cooperation": the
            // event's name ends in the head noun, but an event is where the outcome came from, not what it is.
            if (name is null || Tokens.Words(name).Any(w => w.IsCapitalized && EventHeads.Contains(w.Text.ToLowerInvariant()))
                || !KeepsCompoundHead(outcome.Text, name))
            {
                continue;
            }
            // The name may be the end of one an outcome already has in full ("STEM Scholarship Scheme" of the "ECOWAS
            // Girls in STEM Scholarship Scheme").
            var existing = outcomes.FindIndex(o => !ReferenceEquals(o, outcome)
                && (string.Equals(o.Text, name, StringComparison.OrdinalIgnoreCase) || EndsWithinName(o.Text, name)));
            if (existing >= 0)
            {
                outcomes[existing] = outcomes[existing] with { Parties = outcomes[existing].Parties.Count > 0 ? outcomes[existing].Parties : outcome.Parties };
                if (existing > i)
                {
                    // Keep the first mention's place and status, under the proper name.
                    outcomes[i] = outcome with { Text = outcomes[existing].Text, Parties = outcome.Parties.Count > 0 ? outcome.Parties : outcomes[existing].Parties };
                    outcomes.RemoveAt(existing);
                }
                else
                {
                    outcomes.RemoveAt(i);
                    i--;
                }
                continue;
            }
            outcomes[i] = outcome with { Text = name, Parties = outcome.Parties.Count > 0 ? outcome.Parties : Countries.FindParties(name) };
        }
    }

    /// <summary>
    /// Whether a proper name can be a generic outcome's: a "joint working group" is not the company "VSIP Group"; its name
    /// keeps the word that makes its head a compound ("Joint Working Group on …", "Steering Committee").
    /// </summary>
    private static bool KeepsCompoundHead(string generic, string name)
    {
        var core = Tokens.Words(NounPhraseCore(generic));
        // Not a hyphenated modifier: a "capacity-building centre" may be named a "Cyber Capacity Centre".
        return core.Count < 2 || !core[^2].Text.EndsWith("ing", StringComparison.Ordinal) || core[^2].Text.Contains('-')
            || name.Contains(core[^2].Text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "ECOWAS Girls in STEM Scholarship Scheme" ends with the name "STEM Scholarship Scheme" and is a fuller name, but
    /// "combined $180 million to the Open Rails Fund" only mentions "Open Rails Fund": a pledge to the fund, not the fund.
    /// </summary>
    private static bool EndsWithinName(string text, string name)
    {
        if (!text.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var before = Tokens.Words(text[..^(name.Length + 1)]);
        return before.Count > 0 && before.All(w => w.IsCapitalized || NameConnectors.Contains(w.Text));
    }

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "in", "for", "and", "on", "the" };

    /// <summary>Generic when the noun phrase before its complement has no proper name: "joint initiative (to develop … Africa)".</summary>
    private static bool IsGeneric(string text) => !Tokens.Words(NounPhraseCore(text)).Any(w => w.IsCapitalized);

    private static string NounPhraseCore(string text)
    {
        var cut = text.Length;
        foreach (var marker in ComplementStarts)
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at < cut)
            {
                cut = at;
            }
        }
        return text[..cut];
    }

    private static readonly string[] ComplementStarts = [" to ", " on ", " for ", " in ", " with ", " across "];

    // The article's proper names with the head nouns of its generic outcomes, found once, in the order they are
    // preferred: by sentence index, and within a sentence an explicit "known as X" before capitalised phrases.
    private Dictionary<string, List<(int SentenceIndex, string Name)>>? properNamesByHead;

    private string? FindProperName(Article article, HashSet<string> heads, int firstSentence, string head, int fromSentence)
    {
        properNamesByHead ??= ProperNamesByHead(article, heads, firstSentence);
        if (properNamesByHead.TryGetValue(head, out var names))
        {
            foreach (var (sentenceIndex, name) in names)
            {
                if (sentenceIndex >= fromSentence)
                {
                    return name;
                }
            }
        }
        return null;
    }

    private static readonly SubstringSet NamingWords = new([" known as ", " called ", " named ", " titled ", " dubbed "]);

    /// <summary>The article's proper names whose head noun is one of <paramref name="heads"/>, from sentence <paramref name="firstSentence"/> on.</summary>
    private static Dictionary<string, List<(int, string)>> ProperNamesByHead(Article article, HashSet<string> heads, int firstSentence)
    {
        var headLookup = heads.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        var byHead = new Dictionary<string, List<(int, string)>>(StringComparer.Ordinal);
        void Add(string head, int sentenceIndex, string name)
        {
            if (!heads.Contains(head))
            {
                return;
            }
            if (!byHead.TryGetValue(head, out var names))
            {
                byHead[head] = names = [];
            }
            names.Add((sentenceIndex, name));
        }

        // The parser numbers sentences in reading order, so this is sentence index order.
        foreach (var sentence in article.Sentences)
        {
            var text = sentence.Text;
            // "In 2021, Guatemala approved …, known as Government Agreement 164-2021": history names no outcome of the event.
            if (sentence.Index < firstSentence || OpensWithEarlierYear(text, article.Date.Year))
            {
                continue;
            }
            if (NamingWords.ContainsAny(text))
            {
                foreach (Match named in NamedAs().Matches(text))
                {
                    Add(Singular(named.Groups["head"].Value), sentence.Index, WithoutLeadingThe(named.Groups["name"].Value.Trim()));
                }
            }
            if (text.Contains('“') || text.Contains('"'))
            {
                foreach (Match named in QuotedNameBefore().Matches(text))
                {
                    Add(Singular(named.Groups["head"].Value), sentence.Index, named.Groups["name"].Value.Trim());
                }
            }
            if (!MayHoldHead(text, heads))
            {
                continue;
            }
            foreach (var (lastWord, start, end) in CapitalisedNames(text))
            {
                // Most names have a head no generic outcome needs: compare before making the singular or the name.
                if (lastWord.Length <= lower.Length && !headLookup.Contains(SingularOf(lastWord, lower[..lastWord.Length])))
                {
                    continue;
                }
                Add(Singular(lastWord), sentence.Index, text[start..end]);
            }
        }
        return byHead;
    }

    /// <summary>Capitalised runs of two or more words (with "of", "and", "for", "on" inside): their last word is the head.</summary>
    private static List<(string LastWord, int Start, int End)> CapitalisedNames(string text)
    {
        var names = new List<(string, int, int)>();
        var words = Tokens.Words(text);
        var i = 0;
        while (i < words.Count)
        {
            if (!words[i].IsCapitalized || i == 0 && words.Count > 1 && Vocabulary.NotNameWords.Contains(words[0].Text) && words[0].Text is "The" or "A" or "An")
            {
                i++;
                continue;
            }
            var last = i;
            var j = i + 1;
            while (j < words.Count && (OnlySpaceBetween(text, words[j - 1].End, words[j].Start) || IsPluralPossessiveGap(text, words[j - 1], words[j])))
            {
                if (words[j].IsCapitalized)
                {
                    last = j;
                }
                else if (words[j].Text is not ("of" or "and" or "for" or "on"))
                {
                    break;
                }
                j++;
            }
            var capitalised = 0;
            for (var k = i; k <= last; k++)
            {
                capitalised += words[k].IsCapitalized ? 1 : 0;
            }
            if (capitalised >= 2)
            {
                names.Add((words[last].Text, words[i].Start, words[last].End));
            }
            i = last + 1;
        }
        return names;
    }

    /// <summary>
    /// "the Central Asian Teachers' Online Academy": a plural's possessive apostrophe inside a name, whose head is the word
    /// after it ("Academy"), not the owner ("Teachers").
    /// </summary>
    private static bool IsPluralPossessiveGap(string text, Word before, Word after) =>
        after.IsCapitalized && before.Text.EndsWith('s') && after.Start - before.End == 2 && text[before.End] is '\'' or '’' && text[before.End + 1] == ' ';

    /// <summary>
    /// False when no word of the text, lower-cased, can start with one of the head nouns. Only ASCII text is ruled out
    /// (ignoring case is lower-casing there); other text may lower-case in ways a case-insensitive search does not.
    /// </summary>
    private static bool MayHoldHead(string text, HashSet<string> heads)
    {
        if (!System.Text.Ascii.IsValid(text))
        {
            return true;
        }
        foreach (var head in heads)
        {
            if (text.Contains(head, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><see cref="Singular"/> written into <paramref name="buffer"/> (as long as the word).</summary>
    private static ReadOnlySpan<char> SingularOf(string word, Span<char> buffer)
    {
        word.AsSpan().ToLowerInvariant(buffer);
        return buffer.EndsWith('s') && buffer.Length > 3 ? buffer[..^1] : buffer;
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] != ' ')
            {
                return false;
            }
        }
        return true;
    }

    private static string Singular(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.EndsWith('s') && lower.Length > 3 ? lower[..^1] : lower;
    }

    private void Merge(FoundOutcome outcome)
    {
        var tokens = Tokens.Normalized(outcome.Text);
        for (var i = 0; i < outcomes.Count; i++)
        {
            var existing = outcomeWords[i];
            var byShortName = ShortNameIn(outcomes[i].Text, outcome.Text) || ShortNameIn(outcome.Text, outcomes[i].Text);
            if ((ContainsAll(existing, tokens) || ContainsAll(tokens, existing)) && SameHead(outcomes[i].Text, outcome.Text) || byShortName)
            {
                // The same thing again: keep the name that is a proper name, else the shorter (the full name over its short
                // one); the first status, unless a plan (not a proposal) is later told as done ("A regional stockpile will be
                // set up." … "The ministers also agreed to create a shared regional stockpile …").
                var keep = outcomes[i];
                if (keep.Status is OutcomeStatus.Planned && outcome.Status.IsAgreed())
                {
                    keep = keep with { Status = outcome.Status, SentenceIndex = outcome.SentenceIndex, Evidence = outcome.Evidence }; // cited where done
                }
                var text = byShortName ? (keep.Text.Length >= outcome.Text.Length ? keep.Text : outcome.Text) : PreferredName(keep.Text, outcome.Text);
                var parties = keep.Parties.Count > 0 ? keep.Parties : outcome.Parties;
                outcomes[i] = keep with { Text = text, Parties = parties, AnnouncedBy = keep.AnnouncedBy ?? outcome.AnnouncedBy };
                outcomeWords[i] = Tokens.Normalized(text);
                return;
            }
        }
        outcomes.Add(outcome);
        outcomeWords.Add(tokens);
    }

    /// <summary>
    /// "The MoU was signed at …" after "signed a memorandum of understanding (MoU) on …": the short name the full one
    /// gave in brackets is the same thing.
    /// </summary>
    private static bool ShortNameIn(string full, string shortName) =>
        shortName.Length is >= 2 and <= 8 && !shortName.Contains(' ') && full.Length > shortName.Length + 2
        && full.Contains($"({shortName})", StringComparison.OrdinalIgnoreCase);

    /// <summary>The head noun: the last word before the first preposition ("Kigali Compact on …" → compact).</summary>
    internal static string HeadNoun(string text)
    {
        var words = Tokens.Words(text);
        var end = words.FindIndex(w => w.Text is "of" or "on" or "for" or "to" or "in" or "with" or "between" or "at" or "from" or "by" or "across" or "that");
        var last = end > 0 ? words[end - 1] : words.Count > 0 ? words[^1] : default;
        var head = (last.Text ?? string.Empty).ToLowerInvariant();
        return head.EndsWith('s') && head.Length > 3 ? head[..^1] : head;
    }

    private static bool SameHead(string a, string b) => HeadNoun(a) == HeadNoun(b);

    private static string PreferredName(string first, string second)
    {
        var firstProper = Tokens.Words(first).Any(w => w.IsCapitalized);
        var secondProper = Tokens.Words(second).Any(w => w.IsCapitalized);
        if (firstProper != secondProper)
        {
            return firstProper ? first : second;
        }
        return first;
    }

    [GeneratedRegex(@"\b(?:(?:on|last|this|next) )?" + Weekday + @"\b|\bon " + MonthDay + @"\b(?!,? \d{4})|(?<=\b[a-z]{3,} )(?<!\b(?:by|until|till|from|since|before|after|than|and|through|between) )" + MonthDay + @"\b(?!,? \d{4})(?=,| to | in | at )|\b(?:last|this) week\b|\bon the sidelines of (?:the |a )?[\w\-’' ]+?(?=[,.;]| to | on | that )")]
    private static partial Regex DayPhrase();

    /// <summary>
    /// Blanks "on Tuesday" and the like (same length, so offsets hold): they sit between verbs and their objects. A date the
    /// American wire style writes without "on" ("approved a plan March 2 to build …") is one too, but not a deadline
    /// ("by March 2") or a range's end.
    /// </summary>
    private static string MaskTimePhrases(string text) =>
        DaylessTimePhraseWords.ContainsAny(text) || HasDigit(text) && MonthStarts.ContainsAny(text)
            ? DayPhrase().Replace(text, m => new string(' ', m.Length))
            : text;

    private const string Weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static readonly string[] Weekdays = Weekday[3..^1].Split('|');

    // Every match of DayPhrase holds one of these; "today" or "days" alone do not need the pattern. A month's matches
    // (MonthDay) also hold a digit, which most sentences naming "March" or "May" lack.
    private static readonly SubstringSet DaylessTimePhraseWords = new([.. Weekdays, "last week", "this week", "on the sidelines of "]);

    private static readonly SubstringSet MonthStarts =
        new("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".Split(' ').SelectMany(month => new[] { "on " + month, " " + month }));

    /// <summary>Whether the text holds a decimal digit as the regex <c>\d</c> means it (any script's).</summary>
    private static bool HasDigit(string text) =>
        text.AsSpan().ContainsAnyInRange('0', '9') || !System.Text.Ascii.IsValid(text) && text.Any(char.IsDigit);

    /// <summary>Whether text opens an object or an infinitive: "a protocol", "an accord", "the memorandum", "to adopt".</summary>
    private static bool StartsObject(ReadOnlySpan<char> text) =>
        text.StartsWith("to ", StringComparison.Ordinal) || text.StartsWith("a ", StringComparison.Ordinal)
        || text.StartsWith("an ", StringComparison.Ordinal) || text.StartsWith("the ", StringComparison.Ordinal);

    private static bool StartsWithWeekday(string text) => Array.IndexOf(Weekdays, Tokens.First(text.AsSpan()).ToString()) >= 0;

    /// <summary>Whether "proposed" at <paramref name="at"/> qualifies a noun: after a determiner, or after a verb that follows "to".</summary>
    private static bool AdjectivalProposed(string text, int at)
    {
        var before = Tokens.Words(text.AsSpan(Math.Max(0, at - 30), Math.Min(30, at)).ToString());
        return before.Count > 0 && (before[^1].Text is "the" or "a" or "an" or "any" or "all" or "its" or "their" or "such" or "these" or "those" or "of"
            || before.Count > 1 && before[^2].Text is "to" && !before[^1].IsCapitalized);
    }

    private static string SkipTimePhrase(string text)
    {
        // Times and places may come one after another ("adopted on Wednesday in N'Djamena common grades", "signed on Tuesday
        // (29), in the Colombian city of Leticia, a protocol"): each is taken off in turn.
        for (var step = 0; step < 4; step++)
        {
            var before = text;
            // "on Tuesday (29)": the day of the month a Brazilian paper adds, left behind when the day was masked.
            if (text.AsSpan().TrimStart() is ['(', >= '0' and <= '9', ..] day && day.IndexOf(')') is var dayEnd and > 1 and < 4)
            {
                text = " " + day[(dayEnd + 1)..].ToString();
            }
            // A time masked before this ("signed on Tuesday, a protocol" reads "signed , a protocol"): its comma goes too.
            if (text.AsSpan().TrimStart() is [',', ' ', ..] afterComma && StartsObject(afterComma[2..]))
            {
                text = " " + afterComma[2..].ToString();
            }
            text = text.AsSpan().TrimStart().StartsWith(", ", StringComparison.Ordinal) ? text.TrimStart() : text;
            // "signed, on Tuesday in Rabat, an intergovernmental agreement": a time or place set off by commas; "agreed on
            // Thursday, August 20, to jointly buy …": the date after a masked weekday too; "signed this Thursday, together
            // with the … (OIRSA), an agreement": a partner set off so (not read as a party: no country or bloc is named).
            if (text.StartsWith(", ", StringComparison.Ordinal) && text.IndexOf(',', 2) is var closing and > 2 and < 100
                && (Tokens.First(text.AsSpan(2)) is "on" or "in" or "at" or "during" or "yesterday" or "today" or "last" or "this" or "earlier" or "together"
                    || DateStart().IsMatch(text.AsSpan(2, closing - 2)) && closing - 2 <= 16))
            {
                // "signed this Thursday, July 16, 2026, in Quito a protocol": the year after the date, between commas too.
                if (YearBetweenCommas().Match(text, closing) is { Success: true } year)
                {
                    closing += year.Length - 1;
                }
                text = " " + text[(closing + 1)..].TrimStart();
            }
            // "signed in Montevideo an agreement …", "signed in the city of Malanje a … agreement": a place between the verb and its object.
            var start = text.AsSpan().TrimStart();
            var place = start.StartsWith("in ", StringComparison.Ordinal) ? PlaceBeforeObject().Match(text) : Match.Empty;
            if (place.Success)
            {
                text = " " + text[place.Length..];
                start = text.AsSpan().TrimStart();
            }
            if (StartsWithOneOf(start, LeadingTimePhraseStarts))
            {
                text = LeadingTimePhrase().Replace(text, " ");
                start = text.AsSpan().TrimStart();
            }
            // "agreed on Tuesday, at the conclusion of a meeting held in Beirut, to adopt …", "signed on Tuesday (29), in the
            // Colombian city of Leticia, a protocol …": the rest of a time or place, up to the comma before the object.
            if (Tokens.First(start) is "at" or "in" or "during" && start.IndexOf(',') is var comma and > 0 and < 100
                && start[(comma + 1)..].TrimStart() is var after && StartsObject(after))
            {
                text = " " + after.ToString();
            }
            // "agreed on Wednesday in Istanbul to extend …": a place named alone before the infinitive.
            else if (start.StartsWith("in ", StringComparison.Ordinal) && PlaceBeforeInfinitive().Match(text) is { Success: true } placeOnly)
            {
                text = " " + text[placeOnly.Length..];
            }
            if (ReferenceEquals(before, text))
            {
                break;
            }
        }
        return text;
    }

    // A loop rather than needle.All(haystack.Contains): Merge asks this twice for every outcome found before, and the method
    // group made a delegate each time (a fortieth of the bytes extraction allocated).
    private static bool ContainsAll(List<string> haystack, List<string> needle)
    {
        if (needle.Count == 0)
        {
            return false;
        }
        foreach (var word in needle)
        {
            if (!haystack.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    private static string MaskQuotes(string paragraphText, Sentence sentence, IReadOnlyList<QuoteSpan> quotes)
    {
        var text = sentence.Text;
        if (!AnyQuoteIn(sentence, quotes))
        {
            return text; // most sentences of a paragraph with quotes hold none of them: no copy to blank
        }
        var chars = text.ToCharArray();
        foreach (var quote in quotes)
        {
            var from = Math.Max(quote.Open, sentence.Start) - sentence.Start;
            var to = Math.Min(quote.Close + 1, sentence.Start + sentence.Length) - sentence.Start;
            for (var i = from; i < to; i++)
            {
                chars[i] = ' ';
            }
        }
        return new string(chars);
    }

    private static bool AnyQuoteIn(Sentence sentence, IReadOnlyList<QuoteSpan> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            if (quotes[i].Open < sentence.Start + sentence.Length && quotes[i].Close + 1 > sentence.Start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Runs of spaces become one space (other white space is left as it is).</summary>
    private static string CollapseSpaces(string text)
    {
        var run = text.IndexOf("  ", StringComparison.Ordinal);
        if (run < 0)
        {
            return text;
        }
        var collapsed = new System.Text.StringBuilder(text.Length);
        collapsed.Append(text, 0, run);
        for (var i = run; i < text.Length; i++)
        {
            if (text[i] != ' ' || i == 0 || text[i - 1] != ' ')
            {
                collapsed.Append(text[i]);
            }
        }
        return collapsed.ToString();
    }

    [GeneratedRegex(@"^\s*(?:(?:jointly|further|also)\s+)?(?<v>[a-z]+(?:\s+up)?)\s+")]
    private static partial Regex InnerVerb();


    [GeneratedRegex(@"^\s*(?:setting up|establishing|creating|launching|building)\s+")]
    private static partial Regex LeadingCreationGerund();

    /// <summary>
    /// "join the protocol", "join the initiative": the thing joined, named before (a document or a body of members), right
    /// after the verb; else null.
    /// </summary>
    private static string? JoinedReference(string rest)
    {
        var words = Tokens.Words(rest);
        return words.Count >= 2 && words[0].Text is "the" && (DocumentNouns.Contains(words[1].Text) || JoinedBodies.Contains(words[1].Text)) ? words[1].Text : null;
    }

    private static readonly HashSet<string> JoinedBodies = new(StringComparer.Ordinal)
    {
        "initiative", "programme", "program", "alliance", "network", "platform", "facility", "partnership", "mechanism", "framework",
        "scheme", "corridor", "project",
    };

    [GeneratedRegex(@"\band to (?<v>[a-z]+(?:\s+up)?)\s+")]
    private static partial Regex CoordinatedInfinitive();

    // Not a purpose's second verb: "provide 30 million baht to train and equip volunteers".
    [GeneratedRegex(@"(?<!\bto\s+\w+\s+)\band (?:(?:would|will|also)\s+)*(?<verb>set up|establish|launch|open|host|hold|build|send|train|provide|fund|finance|create|deploy|develop|invest|convene|offer|deliver|supply|contribute|publish|release|share|expand|extend|allocate|install|connect|upgrade|equip|hire|recruit|pilot|test|link|run)\s+")]
    private static partial Regex CoordinatedPlan();

    // "the two sides", "both countries"; opening the subject, "The three central banks", "the four health ministries": the
    // parties themselves, counted (an adjective may stand before the noun). Not "a dashboard that" after "The three
    // delegations launched": a counted group inside a longer subject is someone else's.
    [GeneratedRegex(@"^(?:the )?(?:two|three|four|five|six|both) (?:[a-z]+ )?(?:sides|countries|nations|parties|governments|blocs|regions|banks|ministries|agencies|regulators|authorities|delegations|jurisdictions|utilities|operators)$|\b(?:two|both) (?:sides|countries|nations|parties|governments|blocs|regions)\b")]
    private static partial Regex BothSides();

    /// <summary>The text without a leading "the " or "The ".</summary>
    private static string WithoutLeadingThe(string text) =>
        text.StartsWith("the ", StringComparison.Ordinal) || text.StartsWith("The ", StringComparison.Ordinal) ? text[4..] : text;

    // "by Chile, Peru and Ecuador": a list of agents goes on past its commas while each item is capitalised.
    [GeneratedRegex(@"^\s*(?:jointly\s+)?by\s+(?<agent>[^,.;]+(?:,\s+(?:and\s+)?\p{Lu}[^,.;]*)*)")]
    private static partial Regex ByAgent();

    // \b(?:not|never|failed to|yet to|declined to|refused to|being|had already|has already|have already)\s+(?:\w+\s+)?$
    private static readonly TrailingPhrasePattern NegatedBefore = new(
        ["not", "never", "failed to", "yet to", "declined to", "refused to", "being", "had already", "has already", "have already"], maxWordsAfter: 1);

    // \b(?:since|until|before|after|when|once|if)\s+(?:\w+\s+){0,3}$
    private static readonly TrailingPhrasePattern SubordinateBefore = new(["since", "until", "before", "after", "when", "once", "if"], maxWordsAfter: 3);

    private static readonly TrailingPhrasePattern ConditionBefore = new(["until", "unless", "once", "if"], maxWordsAfter: 6);

    // Not "WHO" (the World Health Organization): the pronouns in lower case or capitalised only.
    [GeneratedRegex(@"\b(?:[Ww]hich|[Tt]hat|[Ww]ho|[Ww]hose)\s+(?:\w+\s+){0,3}$")]
    private static partial Regex RelativeBefore();

    [GeneratedRegex(@"\s+to\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|our\b|this\b|these\b|all\b|each\b|every\b|more\b|\d|[A-Z$€£])[a-z]+")]
    private static partial Regex PurposeInfinitive();

    // "in 2027", "over the next five years", "over three years", "in the 2026-2028 period", "this year".
    [GeneratedRegex(@"\s+(?:(?:(?:starting|beginning) )?(?:in|by|from|before|until|over) (?:(?:19|20)\d\d|the (?:next|coming) \w+(?: \w+)?)|over (?:\w+ )?(?:years|months)|in the (?:19|20)\d\d(?:[-–](?:19|20)\d\d)? period|(?:this|next) year)\b.*$")]
    private static partial Regex TrailingTimePhrase();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRun();

    [GeneratedRegex(@"^(?:the |The )?[a-z][a-z\- ]*, (?:known as|called|named|titled|dubbed) [“""]?(?<name>[^”""]+)[”""]?,?$")]
    private static partial Regex NamedThing();



    [GeneratedRegex(@"^(?:negotiating|launching|creating|establishing|building|setting up|developing|linking)\s+(?:(?:the|a|an)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingGerundVerb();

    [GeneratedRegex(@"^(?:up to|as many as|at least|more than|nearly|about|around|some)\s+")]
    private static partial Regex LeadingQuantifier();


    // "November 5", "Nov. 5", "5 November": a date written out (the patterns below are built from these).
    private const string MonthName = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    private const string MonthDay = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}";

    private const string WrittenDate = @"(?:" + MonthDay + @"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)";

    [GeneratedRegex(@"^\s*" + WrittenDate + @"\b")]
    private static partial Regex DateStart();

    [GeneratedRegex(@"\G, (?:19|20)\d\d,")]
    private static partial Regex YearBetweenCommas();

    [GeneratedRegex(@"^\s*in (?:\p{Lu}[\p{L}'’\-]*\s+){1,3}(?=to [a-z])")]
    private static partial Regex PlaceBeforeInfinitive();

    [GeneratedRegex(@"^\s*(?:on (?:" + Weekday + @"(?: \(\d{1,2}\))?|" + WrittenDate + @"(?:,? (?:19|20)\d\d)?)|last week|this week|(?:earlier )?today|yesterday|this (?:morning|afternoon|evening|" + Weekday + @")|on the sidelines of [^,]+|at the (?:meeting|forum|summit|conference)|also|jointly|formally)\s*,?")]
    private static partial Regex LeadingTimePhrase();

    // \b(?:was|were|is|are|been|be|being|newly|recently|the|a|an|its|their|in|of|with|under|remained|remains|remain|not|never|to|would|will|could|should|may|might|must|can|shall)\s+$
    // (After an article or a preposition the participle is an adjective: "in approved holding grounds", "under agreed rules".)
    private static readonly TrailingPhrasePattern AuxiliaryBeforeVerb = new(
        ["was", "were", "is", "are", "been", "be", "being", "newly", "recently", "the", "a", "an", "its", "their", "in", "of", "with", "under",
         "remained", "remains", "remain", "not", "never", "to", "would", "will", "could", "should", "may", "might", "must", "can", "shall"]);

    // \b(?:not|never|to|by)\s+$
    private static readonly TrailingPhrasePattern NegationBeforeGerund = new(["not", "never", "to", "by"]);

    private static readonly SubstringSet HisCountryNouns = new(["country", "government", "Government", "nation", "ministry", "administration", "Kingdom", "kingdom", "Republic", "Sultanate"]);

    [GeneratedRegex(@"^(?:his|her|their|its) (?:department|agency|organi[sz]ation|institution|company|bank|office|commission|authority|institute|service|directorate|ministry|fund|network|university|hospital|council|board|unit)$", RegexOptions.IgnoreCase)]
    private static partial Regex HisBody();

    // "Government would start paying …": Zambian, Nigerian and Ghanaian papers write their government without "the";
    // "the Federal Government", "the national government": the word before it says which level, not whose.
    [GeneratedRegex(@"\b(?:his|her|their|its|the|THE) " + GovernmentLevel + @"?(?:country|[Gg]overnment|nation|ministry|administration|[Kk]ingdom|Republic|Sultanate)\b|(?:^|\b(?:said|that|and) )Government$")]
    private static partial Regex HisCountry();

    [GeneratedRegex(@",\s+(?:announced|launched|unveiled|signed|established|created|adopted|approved|opened|inaugurated)\s+(?:at|in|on|during|by|last|this|earlier)\b[^,]*,?")]
    private static partial Regex ParticipleAside();

    // "day" is in "yesterday", "today" and every weekday.
    private static readonly SubstringSet TrailingSubjectAdverbWords = new([.. VerbAdverbs, "day", "last ", "this "]);

    [GeneratedRegex(@"(?:,?\s+(?:" + VerbAdverbWords + @"|yesterday|today|on " + Weekday + @"|(?:earlier )?(?:last|this) (?:week|month|year|weekend)))*,?\s*$")]
    private static partial Regex TrailingSubjectAdverbs();

    // "Federal ", "national ": the level of a government, not whose it is.
    private const string GovernmentLevel = @"(?:(?:[Ff]ederal|[Nn]ational|[Cc]entral|[Uu]nion) )";

    /// <summary>"the Federal Government", "Government", "the government": a government that names no country of its own.</summary>
    private static bool IsOwnGovernment(string subject) => OwnGovernment().IsMatch(subject);

    [GeneratedRegex(@"^(?:(?:the|The|THE) )?" + GovernmentLevel + @"?[Gg]overnment$")]
    private static partial Regex OwnGovernment();

    // "in Montevideo", "in the city of Malanje", "in Pasto (Nariño)", "in San Salvador de Jujuy".
    [GeneratedRegex(@"^\s*in (?:the (?:city|town|port city|port|capital|province|region) of )?(?:[A-Z][\p{L}\-'’]+)(?: (?:(?:de|del|da|do|dos|das) )?[A-Z][\p{L}\-'’]+)*(?: \([A-Z][\p{L}\-'’ ]+\))?\s+(?=(?:an?|the|\d|common|joint|new)\b)")]
    private static partial Regex PlaceBeforeObject();

    [GeneratedRegex(@"^(?:,|\s+and)\s+(?<party>[A-Z][\p{L}\-]+(?: [A-Z][\p{L}\-]+)?)\s+(?<amount>(?:[A-Z]{0,3}[$€£¥₹₦₱₩]|Rs\.? )?\d[\d.,]*(?:\s(?:million|billion|trillion|crore|lakh))?(?:\s(?:euros|dollars|yuan|yen|pounds|rupees))?)")]
    private static partial Regex GappedAmount();
}
