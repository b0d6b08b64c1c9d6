using System.Text.RegularExpressions;
using CoopBot.Core.Answering.Text;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Answering;

/// <summary>What a question asks, read from its wording alone (the engine then resolves names against the data).</summary>
internal sealed class ParsedQuestion
{
    public required string Intent { get; set; }

    /// <summary>The question, folded to ASCII; word positions point into it.</summary>
    public required string Folded { get; init; }

    public required IReadOnlyList<TextWord> Words { get; init; }

    /// <summary>Whom the question is about ("Kenya's ambassador to China", "China and ASEAN").</summary>
    public List<TextWord> Subject { get; init; } = [];

    /// <summary>What it is about ("about flood warnings for farmers").</summary>
    public List<TextWord> Topic { get; init; } = [];

    /// <summary>Where or when ("at the Changsha forum", "in Kunming").</summary>
    public List<TextWord> Event { get; init; } = [];

    /// <summary>The kind of thing asked for ("What <b>fund</b> did …", "Which <b>declaration</b> was …").</summary>
    public List<TextWord> Noun { get; init; } = [];

    /// <summary>Statuses the question names; outcomes with them rank first.</summary>
    public uint PreferredStatuses { get; set; } = StatusWords.All;

    /// <summary>Statuses an answer may include at all (agreed vs proposed family).</summary>
    public uint AllowedStatuses { get; set; } = StatusWords.All;

    /// <summary>Whether the question named a status at all.</summary>
    public bool HasStatus => PreferredStatuses != StatusWords.All;

    /// <summary>For <see cref="Intents.Item"/>: 1-based position, or -1 for "the last one".</summary>
    public int Ordinal { get; set; }

    /// <summary>For a follow-up "and Singapore?": the new subject, to put in the last question.</summary>
    public List<TextWord>? FollowUp { get; set; }

    /// <summary>"tell me about X": a speaker if X names one, else an event.</summary>
    public bool AboutSomething { get; set; }

    /// <summary>The words as written, without leading and trailing little words ("at the Olympic games" → "Olympic games").</summary>
    public string Text(IReadOnlyList<TextWord> words)
    {
        var first = 0;
        var last = words.Count - 1;
        while (first <= last && SearchText.IsStopWord(words[first].Text))
        {
            first++;
        }
        while (last >= first && SearchText.IsStopWord(words[last].Text))
        {
            last--;
        }
        return first > last ? string.Empty : Folded[words[first].Start..words[last].End];
    }

    /// <summary>Set when the subject comes from another question than the rest (a follow-up).</summary>
    public string? SubjectOverride { get; set; }

    public string SubjectText => SubjectOverride ?? Text(Subject);

    public string TopicText => Text(Topic);

    public string EventText => Text(Event);
}

/// <summary>
/// Reads the intent and the parts of a question with word patterns: "who said …", "what did X say about Y at Z",
/// "what was launched at …", "how much did X pledge", "who is X", follow-ups ("and Singapore?", "the second one",
/// "what else did she say?") and list and help requests. Tolerant of case, accents and punctuation.
/// </summary>
internal static partial class QuestionParser
{
    private static readonly HashSet<string> SayVerbs = new(StringComparer.Ordinal)
    {
        "say", "said", "says", "saying", "tell", "told", "think", "thinks", "thought", "talk", "talked", "talks", "speak",
        "spoke", "mention", "mentioned", "comment", "commented", "argue", "argued", "stress", "stressed", "warn", "warned",
        "add", "added", "note", "noted", "claim", "claimed", "believe", "believed", "describe", "described", "insist",
        "insisted", "explain", "explained", "emphasise", "emphasised", "emphasize", "emphasized", "highlight", "highlighted",
        "urge", "urged", "welcome", "welcomed", "express", "expressed", "share", "shared", "feel", "felt", "want", "wanted",
        "hope", "hoped", "criticise", "criticised", "criticize", "criticized", "respond", "responded", "reply", "replied",
        "discuss", "discussed", "raise", "raised", "point", "pointed", "call", "called",
    };

    private static readonly HashSet<string> OutcomeVerbs = new(StringComparer.Ordinal)
    {
        "agree", "agreed", "launch", "launched", "sign", "signed", "adopt", "adopted", "approve", "approved", "endorse",
        "endorsed", "pledge", "pledged", "commit", "committed", "release", "released", "unveil", "unveiled", "inaugurate",
        "inaugurated", "establish", "established", "set", "create", "created", "form", "formed", "propose", "proposed",
        "suggest", "suggested", "plan", "planned", "decide", "decided", "explore", "explored", "study", "studied", "open",
        "opened", "publish", "published", "reach", "reached", "conclude", "concluded", "promise", "promised", "give",
        "gave", "contribute", "contributed", "provide", "provided", "offer", "offered", "recommend", "recommended",
        "achieve", "achieved", "accomplish", "accomplished", "do", "get", "got", "win", "won", "put", "make", "made",
        "announce", "announced", "seal", "sealed", "unveil", "back", "backed",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "did", "does", "do", "has", "have", "had", "will", "would", "was", "were", "is", "are", "can", "could",
    };

    private static readonly HashSet<string> OutcomeNouns = new(StringComparer.Ordinal)
    {
        "outcome", "outcomes", "result", "results", "decision", "decisions", "deliverable", "deliverables", "agreement",
        "agreements", "deal", "deals", "proposal", "proposals", "plan", "plans", "pledge", "pledges", "commitment",
        "commitments", "initiative", "initiatives",
    };

    // Nouns that only say "things": they ask for outcomes but name no topic.
    private static readonly HashSet<string> EmptyNouns = new(StringComparer.Ordinal)
    {
        "outcome", "outcomes", "result", "results", "decision", "decisions", "deliverable", "deliverables", "thing",
        "things", "item", "items", "stuff", "else", "exactly", "kind", "kinds", "sort", "sorts", "type", "types",
    };

    private static readonly HashSet<string> ListNouns = new(StringComparer.Ordinal)
    {
        "article", "articles", "stories", "story", "sources", "coverage", "news", "reports", "documents", "texts",
    };

    private static readonly HashSet<string> StatementNouns = new(StringComparer.Ordinal)
    {
        "remarks", "remark", "comments", "comment", "views", "view", "statements", "statement", "quotes", "quote",
        "words", "position", "positions", "opinion", "opinions", "message",
    };

    /// <summary>True for nouns that only say "things" ("outcomes", "results"), which name no topic.</summary>
    public static bool IsEmptyNoun(string word) => EmptyNouns.Contains(word);

    public static ParsedQuestion Parse(string question)
    {
        var text = (question ?? string.Empty).Trim();
        var folded = TextFolding.FoldToAscii(text);
        var words = WithoutPoliteness(SearchText.Words(text));
        var q = new ParsedQuestion { Intent = Intents.Search, Folded = folded, Words = words };
        var w = words.Select(word => word.Text).ToList();
        if (w.Count == 0)
        {
            q.Intent = Intents.Help;
            return q;
        }

        if (TryOrdinal(w, out var ordinal))
        {
            q.Intent = Intents.Item;
            q.Ordinal = ordinal;
            return q;
        }
        if (IsWhatElse(w))
        {
            q.Intent = Intents.WhatElse;
            var about = w.IndexOf("about");
            if (about >= 0)
            {
                q.Topic.AddRange(words.Skip(about + 1));
            }
            return q;
        }
        if (TryFollowUp(words, w, out var rest))
        {
            if (TryOrdinal(rest.Select(word => word.Text).ToList(), out ordinal))
            {
                q.Intent = Intents.Item;
                q.Ordinal = ordinal;
                return q;
            }
            if (rest.Count > 0 && rest[0].Text is "what" or "who" or "which" or "how" or "did" or "does")
            {
                return Parse(folded[rest[0].Start..]);
            }
            q.Intent = Intents.WhatSaid;
            q.FollowUp = rest;
            return q;
        }
        if (IsHelp(w))
        {
            q.Intent = Intents.Help;
            return q;
        }
        if (IsArticleList(w))
        {
            q.Intent = Intents.Articles;
            q.Topic.AddRange(words.Where(word => !ListNouns.Contains(word.Text) && word.Text is not ("list" or "show" or "have" or "hold" or "available" or "cover" or "covered" or "read")));
            return q;
        }
        if (TrySpeakerList(words, w, q))
        {
            return q;
        }
        if (TryWhoIs(words, w, q) || TryEvent(words, w, q) || TryWhoSaid(words, w, q) || TryHowMuch(words, w, q)
            || TryAuxiliaryQuestion(words, w, q) || TryStatementNoun(words, w, q) || TryOutcomeWords(words, w, q))
        {
            return q;
        }

        // Nothing recognised: a bare name or country ("Zhou Mingyuan?", "Cambodia") or a few topic words. An event at
        // the end ("… after the ASEAN Regional Forum on Humanitarian Logistics") says where to look, not what was said.
        q.Intent = Intents.Search;
        q.Subject.AddRange(words);
        var eventStart = EventStart(w, from: 1);
        q.Topic.AddRange(eventStart > 0 ? words.Take(eventStart) : words);
        q.Event.AddRange(eventStart > 0 ? words.Skip(eventStart + 1) : []);
        return q;
    }

    /// <summary>
    /// "Can you tell me who said …", "please show me what was launched", "… please": the question is what follows.
    /// Word positions still point into the whole text.
    /// </summary>
    private static List<TextWord> WithoutPoliteness(List<TextWord> words)
    {
        var start = 0;
        bool Skip(params string[] run)
        {
            if (start + run.Length > words.Count || run.Where((r, i) => words[start + i].Text != r).Any())
            {
                return false;
            }
            start += run.Length;
            return true;
        }
        bool changed;
        do
        {
            changed = Skip("please") || Skip("can", "you") || Skip("could", "you") || Skip("would", "you") || Skip("do", "you", "know")
                || Skip("i", "want", "to", "know") || Skip("i", "would", "like", "to", "know") || Skip("i", "d", "like", "to", "know")
                || Skip("i", "wonder") || Skip("let", "me", "know") || Skip("kindly");
        }
        while (changed);
        // "tell me / show me" only when a question follows ("tell me about X" is a question of its own).
        if (start + 2 < words.Count && words[start].Text is "tell" or "show" or "give" && words[start + 1].Text == "me"
            && words[start + 2].Text is "who" or "what" or "which" or "how" or "whether" or "if")
        {
            start += 2;
        }
        var end = words.Count;
        while (end > start && words[end - 1].Text is "please" or "thanks" or "thank" or "you")
        {
            end--;
        }
        return start == 0 && end == words.Count ? words : words.GetRange(start, end - start);
    }

    private static bool TryOrdinal(List<string> w, out int ordinal)
    {
        ordinal = 0;
        var match = OrdinalPattern().Match(string.Join(' ', w));
        if (!match.Success)
        {
            return false;
        }
        var word = match.Groups["word"].Value;
        if (word.Length > 0)
        {
            ordinal = word switch
            {
                "first" or "1st" => 1,
                "second" or "2nd" => 2,
                "third" or "3rd" => 3,
                "fourth" or "4th" => 4,
                "fifth" or "5th" => 5,
                "sixth" or "6th" => 6,
                "seventh" or "7th" => 7,
                "eighth" or "8th" => 8,
                "ninth" or "9th" => 9,
                "tenth" or "10th" => 10,
                _ => -1,
            };
            return true;
        }
        return int.TryParse(match.Groups["number"].Value, out ordinal) && ordinal > 0;
    }

    [GeneratedRegex(@"^(?:(?:tell|show|give) me )?(?:(?:more|details|detail|the full text|full text) )?(?:(?:about|on|of|for) )?(?:the )?(?:(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)|(?:number |no |item |n )?(?<number>\d{1,2}))(?: (?:one|item|statement|outcome|speaker|article|quote|result|please))*$")]
    private static partial Regex OrdinalPattern();

    private static bool IsWhatElse(List<string> w) =>
        Contains(w, "what", "else") || Contains(w, "anything", "else") || Contains(w, "something", "else")
        || Contains(w, "more", "from") || Contains(w, "what", "more") || Contains(w, "tell", "me", "more") && w.Count <= 4
        || (w.Count <= 2 && w[0] is "more" or "continue" or "next");

    private static bool TryFollowUp(List<TextWord> words, List<string> w, out List<TextWord> rest)
    {
        var skip = w[0] == "and" ? (w.Count > 2 && w[1] is "what" or "how" && w[2] == "about" ? 3 : 1)
            : w.Count > 1 && w[0] is "what" or "how" && w[1] == "about" ? 2
            : w.Count > 1 && w[0] == "same" && w[1] == "for" ? 2
            : 0;
        rest = skip > 0 ? words.Skip(skip).ToList() : [];
        return skip > 0 && rest.Count > 0 && rest.Count <= 8;
    }

    private static bool IsHelp(List<string> w)
    {
        if (w.Count <= 3 && w[0] is "help" or "hi" or "hello" or "hey" or "start" or "menu" or "examples" or "commands" or "usage")
        {
            return true;
        }
        return Contains(w, "what", "can", "you") || Contains(w, "what", "can", "i") || Contains(w, "how", "does", "this", "work")
            || Contains(w, "how", "do", "i", "use") || Contains(w, "what", "do", "you", "know") && w.Count <= 5
            || Contains(w, "what", "questions") || Contains(w, "example", "questions") || w[0] == "help";
    }

    private static bool IsArticleList(List<string> w)
    {
        if (!w.Exists(ListNouns.Contains) || w.Exists(word => SayVerbs.Contains(word) && word is not "say" and not "says"))
        {
            return false;
        }
        return w[0] is "which" or "what" or "list" or "show" or "any" or "articles" or "do" or "how"
            || w.Contains("have") || w.Contains("list");
    }

    private static bool TrySpeakerList(List<TextWord> words, List<string> w, ParsedQuestion q)
    {
        var start = -1;
        if (w.Count >= 2 && w[0] == "who" && w[1] is "spoke" or "speaks" or "talked" or "attended" or "participated")
        {
            start = 2;
        }
        else if (w.Count >= 3 && w[0] == "who" && w[1] is "was" or "were" or "is" or "are" && w[2] is "quoted" or "speaking" or "interviewed")
        {
            start = 3;
        }
        else if (w.Exists(word => word is "speakers" or "people" or "persons" or "officials" or "names")
                 && w[0] is "who" or "list" or "show" or "which" or "name" or "what")
        {
            var noun = w.FindIndex(word => word is "speakers" or "people" or "persons" or "officials" or "names");
            // "which officials said X" is a who-said question, not a list; "what did Kwon say about training officials" is
            // about what someone said: the list's noun comes within its first words ("show me the speakers").
            if (noun > 3 || noun + 1 < w.Count && (SayVerbs.Contains(w[noun + 1]) || OutcomeVerbs.Contains(w[noun + 1])))
            {
                return false;
            }
            start = noun + 1;
            while (start < w.Count && w[start] is "are" or "were" or "do" or "you" or "have" or "quoted" or "spoke" or "there" or "know")
            {
                start++;
            }
        }
        if (start < 0 || (start < w.Count && w[start] is not ("at" or "in" or "during" or "from" or "of" or "on")))
        {
            return false;
        }
        q.Intent = Intents.Speakers;
        q.Event.AddRange(words.Skip(start));
        return true;
    }

    private static bool TryWhoIs(List<TextWord> words, List<string> w, ParsedQuestion q)
    {
        var start = -1;
        if (w.Count >= 3 && w[0] == "who" && w[1] is "is" or "was")
        {
            start = 2;
        }
        else if (w.Count >= 2 && w[0] == "who" && !SayVerbs.Contains(w[1]) && !OutcomeVerbs.Contains(w[1]) && !Auxiliaries.Contains(w[1])
                 && w[1] is not ("else" or "exactly" or "first" or "also" or "then" or "in" or "at" or "from")
                 && (words[1].Capitalized || !(w[1].EndsWith("ed", StringComparison.Ordinal) || w[1].EndsWith('s'))))
        {
            start = 1; // "Who's Zhou?" reads as who + zhou once the apostrophe goes.
        }
        else if (Contains(w, "what", "is", "the", "role", "of") || Contains(w, "what", "is", "the", "job", "of") || Contains(w, "what", "is", "the", "title", "of"))
        {
            start = w.IndexOf("of") + 1;
        }
        else if (w.Count >= 3 && w[0] == "what" && w[1] is "does" or "did" && w[^1] == "do")
        {
            q.Intent = Intents.WhoIs;
            q.Subject.AddRange(words.Skip(2).Take(w.Count - 3));
            return q.Subject.Count > 0;
        }
        else if (w.Count >= 4 && w[0] == "what" && w[1] is "is" or "was" && w[^1] is "role" or "job" or "title" or "position")
        {
            q.Intent = Intents.WhoIs;
            q.Subject.AddRange(words.Skip(2).Take(w.Count - 3));
            return q.Subject.Count > 0;
        }
        else if (StartsWith(w, "tell", "me", "about") || StartsWith(w, "what", "do", "you", "know", "about") || w[0] is "describe")
        {
            start = w.IndexOf("about") >= 0 ? w.IndexOf("about") + 1 : 1;
            q.AboutSomething = true;
        }
        if (start < 0 || start >= w.Count)
        {
            return false;
        }
        q.Intent = q.AboutSomething ? Intents.Event : Intents.WhoIs;
        q.Subject.AddRange(words.Skip(start));
        q.Topic.AddRange(words.Skip(start));
        return true;
    }

    private static bool TryEvent(List<TextWord> words, List<string> w, ParsedQuestion q)
    {
        var start = -1;
        if (StartsWith(w, "what", "happened") || StartsWith(w, "what", "took", "place") || StartsWith(w, "what", "went", "on"))
        {
            start = 2;
        }
        else if (w[0] is "summarize" or "summarise" or "summary" or "overview" or "recap" or "recount")
        {
            start = 1;
        }
        else if (StartsWith(w, "give", "me") && w.Count > 3 && w[2] is "a" or "an" && w[3] is "summary" or "overview" or "recap")
        {
            start = 4;
        }
        else if (w.Count >= 4 && w[0] == "what" && w[1] is "was" or "were" or "is" && w[^1] == "about")
        {
            start = 2;
        }
        if (start < 0)
        {
            return false;
        }
        q.Intent = Intents.Event;
        q.Topic.AddRange(words.Skip(start).Where(word => word.Text != "about"));
        return true;
    }

    private static bool TryWhoSaid(List<TextWord> words, List<string> w, ParsedQuestion q)
    {
        int verb;
        if (w[0] == "who" && w.Count >= 2)
        {
            verb = 1;
            // "who has said", "who else said", "who first proposed"
            while (verb < w.Count - 1 && (Auxiliaries.Contains(w[verb]) || w[verb] is "else" or "first" or "also" or "actually" or "publicly"))
            {
                verb++;
            }
        }
        else if (w.Count >= 3 && w[0] is "which" or "what" && !Auxiliaries.Contains(w[1]) && (SayVerbs.Contains(w[2]) || OutcomeVerbs.Contains(w[2]))
                 && w[1] is "official" or "minister" or "speaker" or "person" or "delegate" or "country" or "leader" or "envoy" or "ambassador" or "officials" or "one")
        {
            verb = 2;
        }
        else
        {
            return false;
        }
        q.Intent = Intents.WhoSaid;
        var start = SkipAddressee(words, verb + 1);
        if (start < w.Count && w[verb] is "called" or "call" or "point" or "pointed" && w[start] is "for" or "on" or "out")
        {
            start++;
        }
        // "Who said at the Tashkent meeting that …": the event narrows where to look; the rest is what was said.
        if (start < w.Count && w[start] is "at" or "during" or "in")
        {
            var that = w.FindIndex(start, x => x is "that" or "about" or "on");
            if (that > start)
            {
                q.Event.AddRange(words.Skip(start + 1).Take(that - start - 1));
                start = that;
            }
        }
        while (start < w.Count && w[start] is "about" or "that" or "on" or "of" or "regarding" or "anything" or "something")
        {
            start++;
        }
        // A trailing event ("… that X, at the Nanning forum", "…, after the agreement was signed in Podgorica", "… when
        // Guatemala and Honduras signed the agreement") is taken out the same way.
        var trailing = w.FindIndex(start, x => x is "at" or "during");
        var occasion = EventClauseStart(w, start);
        var end = new[] { trailing, occasion }.Where(i => i > start).DefaultIfEmpty(w.Count).Min();
        q.Topic.AddRange(words.Skip(start).Take(end - start));
        // "Who described the centre at IISc as a test of …": what it was described as is said, not the event.
        var described = end < w.Count && DescribingVerbs.Contains(w[verb]) ? w.IndexOf("as", end + 1) : -1;
        if (described > end)
        {
            q.Event.AddRange(words.Skip(end + 1).Take(described - end - 1));
            q.Topic.AddRange(words.Skip(described + 1));
            return true;
        }
        q.Event.AddRange(words.Skip(end + 1));
        return true;
    }

    /// <summary>Verbs that say what something is "as" something else ("described the centre as a test").</summary>
    private static readonly HashSet<string> DescribingVerbs = ["described", "describe", "hailed", "hail", "called", "call", "characterised", "characterized", "praised", "welcomed", "saw", "see", "regarded", "branded", "dismissed"];

    private static bool TryHowMuch(List<TextWord> words, List<string> w, ParsedQuestion q)
    {
        if (!StartsWith(w, "how", "much") && !StartsWith(w, "how", "many"))
        {
            return false;
        }
        var auxiliary = w.FindIndex(2, Auxiliaries.Contains);
        if (auxiliary < 0)
        {
            return false;
        }
        var verb = FindVerb(w, auxiliary + 1, OutcomeVerbs);
        q.Intent = Intents.Outcomes;
        q.Noun.AddRange(words.Skip(2).Take(auxiliary - 2));
        if (verb < 0)
        {
            q.Topic.AddRange(words.Skip(auxiliary + 1));
            SetStatuses(q, ["pledged"], pledgesPreferred: true);
            return true;
        }
        q.Subject.AddRange(words.Skip(auxiliary + 1).Take(verb - auxiliary - 1));
        SplitRest(words, verb + 1, q, outcome: true);
        SetStatuses(q, w.Skip(verb).ToList(), pledgesPreferred: true);
        return true;
    }

    /// <summary>"What/which [noun] did|has|was SUBJECT VERB REST", also without the question word ("Did X say …").</summary>
    private static bool TryAuxiliaryQuestion(List<TextWord> words, List<string> w, ParsedQuestion q)
    {
        var first = w.FindIndex(word => word is "what" or "which");
        // "Where will Estonia test the model?", "How will the IMF help?": what a party will do, asked another way.
        first = first < 0 && w.Count > 3 && w[0] is "where" or "when" or "how" && w[1] is "will" ? 0 : first;
        var start = first >= 0 ? first + 1 : 0;
        var auxiliary = first >= 0 ? w.FindIndex(start, Auxiliaries.Contains) : (Auxiliaries.Contains(w[0]) ? 0 : -1);
        if (auxiliary < 0)
        {
            // "what Zhou said about AI", "tell me what Cambodia proposed"
            if (first < 0)
            {
                return false;
            }
            var bare = FindVerb(w, start, SayVerbs, OutcomeVerbs);
            if (bare <= start)
            {
                return false;
            }
            return Classify(words, w, q, nounEnd: start, subjectStart: start, verb: bare);
        }

        var noun = first >= 0 ? auxiliary : 0;
        if (w[auxiliary] is "was" or "were" or "is" or "are")
        {
            // Passive: "What was launched at …", "Which declaration was adopted …", "Which outcomes were agreed?"
            var passive = FindVerb(w, auxiliary + 1, OutcomeVerbs);
            if (passive > auxiliary && passive <= auxiliary + 3)
            {
                q.Intent = Intents.Outcomes;
                q.Noun.AddRange(words.Skip(start).Take(noun - start));
                SplitRest(words, passive + 1, q, outcome: true);
                SetStatuses(q, q.Noun.Select(n => n.Text).Concat(w.Skip(passive)).ToList());
                return true;
            }
            if (w.Skip(start).Take(noun - start).Any(OutcomeNouns.Contains))
            {
                q.Intent = Intents.Outcomes;
                q.Noun.AddRange(words.Skip(start).Take(noun - start));
                SplitRest(words, auxiliary + 1, q, outcome: true);
                SetStatuses(q, w.Skip(start).ToList());
                return true;
            }
            return false;
        }
        var verb = FindVerb(w, auxiliary + 1, SayVerbs, OutcomeVerbs);
        // "What will Greece test …?", "What will the Emergency Telecommunications Cluster deploy …?": after "will", a named
        // subject and whatever verb follows it ask for what that party plans.
        var action = w[auxiliary] is "will" && VerbAfterNamedSubject(words, auxiliary + 1) is var named and > 0 && (verb < 0 || named < verb) ? named : -1;
        if (action > 0)
        {
            return Classify(words, w, q, nounEnd: noun, subjectStart: auxiliary + 1, verb: action, nounStart: start, action: true);
        }
        if (verb <= auxiliary)
        {
            return false;
        }
        return Classify(words, w, q, nounEnd: noun, subjectStart: auxiliary + 1, verb: verb, nounStart: start);
    }

    /// <summary>
    /// The verb after a named subject ("Greece", "the Emergency Telecommunications Cluster", "Guatemala's MARN") that starts at
    /// word <paramref name="from"/>: the first word in lower case after its capitalised words; else -1.
    /// </summary>
    private static int VerbAfterNamedSubject(List<TextWord> words, int from)
    {
        var i = from < words.Count && words[from].Text is "the" ? from + 1 : from;
        var named = i;
        while (i < words.Count && words[i].Capitalized)
        {
            i++;
        }
        return i > named && i < words.Count && words[i].Text is not ("the" or "a" or "an" or "of" or "and" or "to" or "be" or "in" or "at" or "on" or "for")
            ? i
            : -1;
    }

    private static bool Classify(List<TextWord> words, List<string> w, ParsedQuestion q, int nounEnd, int subjectStart, int verb, int nounStart = -1, bool action = false)
    {
        nounStart = nounStart < 0 ? nounEnd : nounStart;
        q.Noun.AddRange(words.Skip(nounStart).Take(Math.Max(0, nounEnd - nounStart)));
        q.Subject.AddRange(words.Skip(subjectStart).Take(verb - subjectStart));
        var isOutcome = action || (OutcomeVerbs.Contains(w[verb]) || w[verb] is "call" or "called" or "calls") && !IsSayingCall(w, verb)
            || q.Noun.Any(n => OutcomeNouns.Contains(n.Text));
        if (isOutcome)
        {
            q.Intent = Intents.Outcomes;
            // A plan is named by its verb ("conduct a joint drill"): an action's verb is looked for with the rest.
            SplitRest(words, action ? verb : verb + 1, q, outcome: true);
            // "What commitments did the EU make?": the noun names the status as much as the verb.
            // "What will Jordan open?": the auxiliary before the subject says the outcome is yet to come.
            // "What did Bangladesh propose at the launch of the network?": the occasion's words name no status.
            var occasion = EventStart(w, verb + 1);
            var statusWords = occasion > verb ? w.Skip(verb).Take(occasion - verb) : w.Skip(verb);
            SetStatuses(q, q.Noun.Select(n => n.Text).Concat(statusWords).ToList(), future: subjectStart > 0 && w[subjectStart - 1] is "will");
        }
        else
        {
            q.Intent = Intents.WhatSaid;
            SplitRest(words, verb + 1, q, outcome: false);
        }
        return true;
    }

    /// <summary>"call for" proposes; "call on" and a bare "called" only report speech.</summary>
    private static bool IsSayingCall(List<string> w, int verb) =>
        w[verb] is "call" or "called" && (verb + 1 >= w.Count || w[verb + 1] != "for");

    private static bool TryStatementNoun(List<TextWord> words, List<string> w, ParsedQuestion q)
    {
        // "What were Zhou's remarks on AI?", "Zhou's quotes", "quotes from Cambodia"
        var noun = w.FindIndex(StatementNouns.Contains);
        if (noun < 0)
        {
            return false;
        }
        q.Intent = Intents.WhatSaid;
        if (noun + 1 < w.Count && w[noun + 1] is "from" or "by" or "of")
        {
            var end = w.FindIndex(noun + 2, word => word is "about" or "on" or "regarding" or "at" or "during");
            end = end < 0 ? w.Count : end;
            q.Subject.AddRange(words.Skip(noun + 2).Take(end - noun - 2));
            SplitRest(words, end, q, outcome: false);
            return true;
        }
        var subjectStart = 0;
        while (subjectStart < noun && w[subjectStart] is "what" or "were" or "are" or "was" or "is" or "show" or "me" or "give" or "list" or "the" or "all")
        {
            subjectStart++;
        }
        q.Subject.AddRange(words.Skip(subjectStart).Take(noun - subjectStart));
        SplitRest(words, noun + 1, q, outcome: false);
        return q.Subject.Count > 0;
    }

    private static bool TryOutcomeWords(List<TextWord> words, List<string> w, ParsedQuestion q)
    {
        var status = StatusWords.InWords(words);
        if (status == StatusWords.None && !w.Exists(OutcomeNouns.Contains))
        {
            return false;
        }
        q.Intent = Intents.Outcomes;
        // No pattern says which words are the subject: all of them are, so countries named anywhere filter by party.
        q.Subject.AddRange(words.Where(word => !OutcomeVerbs.Contains(word.Text) && !OutcomeNouns.Contains(word.Text)));
        SetStatuses(q, w);
        return true;
    }

    /// <summary>
    /// Where a clause naming the occasion starts: "after the …" or "following the …", or "when …" that goes on to a verb of
    /// an event ("when Guatemala and Honduras signed the agreement"); else -1.
    /// </summary>
    private static int EventClauseStart(List<string> w, int from)
    {
        for (var i = from + 1; i + 1 < w.Count; i++)
        {
            if (OpensOccasion(w[i], w[i + 1])
                || w[i] is "when" && w.Skip(i + 1).Any(x => x is "signed" or "met" or "agreed" or "launched" or "held" or "opened" or "adopted" or "inaugurated"))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>"after the …", "following the …": the words that open the occasion a question names.</summary>
    private static bool OpensOccasion(string word, string? next) => word is "after" or "following" && next is "the";

    /// <summary>Where an event phrase starts: "at", "during", "after" or "following" the event (an index into <paramref name="w"/>), else -1.</summary>
    private static int EventStart(List<string> w, int from)
    {
        for (var i = from; i + 1 < w.Count; i++)
        {
            if (w[i] is "at" or "during" || OpensOccasion(w[i], w[i + 1]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Splits what follows the verb into topic ("about …", "on …") and event ("at …", "during …", "in Nanning").</summary>
    private static void SplitRest(List<TextWord> words, int start, ParsedQuestion q, bool outcome)
    {
        start = SkipAddressee(words, start);
        var toEvent = false;
        for (var i = start; i < words.Count; i++)
        {
            var word = words[i].Text;
            if (word is "at" or "during" || OpensOccasion(word, i + 1 < words.Count ? words[i + 1].Text : null))
            {
                toEvent = true;
                continue;
            }
            if (word == "in" && i + 1 < words.Count && (words[i + 1].Capitalized || words[i + 1].Text is "the"))
            {
                toEvent = true;
                continue;
            }
            if (word is "about" or "regarding" or "concerning" or "on")
            {
                toEvent = false;
                continue;
            }
            // "agree to explore", "call for", "set up", "but not yet agreed": the verb phrase, not the topic.
            if (outcome && ((i == start && word is "to" or "for" or "up" or "on")
                || (OutcomeVerbs.Contains(word) && (word.EndsWith("ed", StringComparison.Ordinal) || word is "agree" or "propose" or "launch" or "sign" or "adopt" or "pledge"))
                || word is "yet" or "but" or "only" or "still" or "pending"))
            {
                continue;
            }
            (toEvent ? q.Event : q.Topic).Add(words[i]);
        }
    }

    /// <summary>
    /// "tell Reuters about …", "say to reporters at …": whom something was said to is not what it was about, so
    /// the words up to the next preposition are skipped.
    /// </summary>
    private static int SkipAddressee(List<TextWord> words, int start)
    {
        var verb = start > 0 ? words[start - 1].Text : string.Empty;
        var skip = verb is "tell" or "told" ? start
            : start < words.Count && words[start].Text == "to" && SayVerbs.Contains(verb) ? start + 1
            : -1;
        if (skip < 0)
        {
            return start;
        }
        var end = skip;
        while (end < words.Count && end < skip + 4 && words[end].Text is not ("about" or "on" or "regarding" or "at" or "during" or "in" or "that" or "concerning"))
        {
            end++;
        }
        return end < words.Count ? end : start;
    }

    private static void SetStatuses(ParsedQuestion q, List<string> w, bool pledgesPreferred = false, bool future = false)
    {
        var negated = Contains(w, "not", "yet") || Contains(w, "not", "agreed") || Contains(w, "but", "not")
            || Contains(w, "only", "proposed") || w.Contains("pending");
        if (negated)
        {
            q.PreferredStatuses = StatusWords.Proposals;
            q.AllowedStatuses = StatusWords.Proposals;
            return;
        }
        var agree = w.FindIndex(x => x is "agree" or "agreed" or "agrees");
        // "agreed to explore / study / consider": a proposal, not a decision.
        if (agree >= 0 && w.Skip(agree + 1).Take(3).Any(x => x is "explore" or "study" or "consider" or "examine" or "look" or "discuss"))
        {
            q.PreferredStatuses = StatusWords.Bit(OutcomeStatus.Proposed);
            q.AllowedStatuses = StatusWords.Proposals;
            return;
        }

        var specific = StatusWords.InWords(w.Select(x => new TextWord(x, false, false, 0, 0)).ToList()) & ~StatusWords.Bit(OutcomeStatus.Agreed);
        var family = false;
        foreach (var word in w)
        {
            specific |= word switch
            {
                "create" or "created" or "form" or "formed" => StatusWords.Bit(OutcomeStatus.Established),
                "open" or "opened" => StatusWords.Bit(OutcomeStatus.Inaugurated) | StatusWords.Bit(OutcomeStatus.Launched),
                "explore" or "study" or "consider" or "recommend" or "recommended" or "proposal" or "proposals" => StatusWords.Bit(OutcomeStatus.Proposed),
                "will" or "upcoming" or "next" or "plans" => StatusWords.Bit(OutcomeStatus.Planned),
                "promise" or "promised" or "give" or "gave" or "contribute" or "contributed" or "provide" or "provided" or "offer" or "offered"
                    or "money" or "funding" or "funds" or "pledges" or "commitments" => StatusWords.Bit(OutcomeStatus.Pledged),
                "publish" or "published" => StatusWords.Bit(OutcomeStatus.Released),
                _ => StatusWords.None,
            };
            family |= word is "decide" or "decided" or "reach" or "reached" or "conclude" or "concluded" or "deal" or "deals" or "agreement" or "agreements";
        }
        if (StatusWords.Contains(specific, OutcomeStatus.Pledged) || StatusWords.Contains(specific, OutcomeStatus.Committed) || pledgesPreferred)
        {
            specific |= StatusWords.Bit(OutcomeStatus.Pledged) | StatusWords.Bit(OutcomeStatus.Committed);
        }

        uint preferred;
        // "What will JADCO do under the agreement?": the question's own tense outranks an agreement it mentions.
        if (future)
        {
            SetFutureStatuses(q, specific);
            return;
        }
        if (agree >= 0 || family)
        {
            // "Which outcomes were agreed?" means anything decided; "agree to set up" prefers what was set up.
            preferred = specific == StatusWords.None ? StatusWords.Done : specific | StatusWords.Bit(OutcomeStatus.Agreed);
            q.PreferredStatuses = preferred;
            q.AllowedStatuses = (preferred & StatusWords.Proposals) == StatusWords.None ? StatusWords.Done : StatusWords.All;
            return;
        }
        if (specific == StatusWords.None)
        {
            return;
        }
        // "What will Jordan open?", "What will JADCO do?": what is yet to happen, a plan or proposal (or a pledge), not
        // what was opened or agreed.
        if (w.Contains("will"))
        {
            SetFutureStatuses(q, specific);
            return;
        }
        preferred = specific;
        q.PreferredStatuses = preferred;
        q.AllowedStatuses = (preferred & StatusWords.Proposals) == preferred ? StatusWords.Proposals
            : (preferred & StatusWords.Done) == preferred ? StatusWords.Done
            : StatusWords.All;
    }

    /// <summary>What is yet to happen: a plan or proposal, or a pledge when the question asks for one.</summary>
    private static void SetFutureStatuses(ParsedQuestion q, uint specific)
    {
        var promised = StatusWords.Bit(OutcomeStatus.Pledged) | StatusWords.Bit(OutcomeStatus.Committed);
        q.PreferredStatuses = StatusWords.Proposals | (specific & promised);
        q.AllowedStatuses = StatusWords.Proposals | promised;
    }

    private static int FindVerb(List<string> w, int start, params HashSet<string>[] verbs)
    {
        for (var i = start; i < w.Count; i++)
        {
            foreach (var set in verbs)
            {
                if (set.Contains(w[i]))
                {
                    return i;
                }
            }
        }
        return -1;
    }

    private static bool StartsWith(List<string> w, params string[] prefix)
    {
        if (w.Count < prefix.Length)
        {
            return false;
        }
        for (var i = 0; i < prefix.Length; i++)
        {
            if (w[i] != prefix[i])
            {
                return false;
            }
        }
        return true;
    }

    private static bool Contains(List<string> w, params string[] run)
    {
        for (var start = 0; start + run.Length <= w.Count; start++)
        {
            var i = 0;
            while (i < run.Length && w[start + i] == run[i])
            {
                i++;
            }
            if (i == run.Length)
            {
                return true;
            }
        }
        return false;
    }
}
