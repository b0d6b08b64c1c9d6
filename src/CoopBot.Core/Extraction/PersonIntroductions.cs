using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Extraction;

/// <summary>
/// Registers people where an article introduces them, whether or not they speak in that sentence:
/// "co-chaired by Union Commerce Minister Anand Prakash Kulkarni", "Chad's Minister of Health, Mahamat Abakar
/// Hissein, urged …", "Zhou Mingyuan, deputy head of the NDRC, …". Later surnames, given names, titles and
/// pronouns then resolve to them.
/// </summary>
internal sealed class PersonIntroductions(PersonRegistry people)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "for", "at", "on", "the", "&", "in" };

    private static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "deputy", "vice", "senior", "chief", "general", "permanent", "special", "executive", "former", "acting", "state",
        "assistant", "managing", "regional", "national", "foreign", "trade", "climate", "health", "economic", "digital",
        "technical", "principal", "lead", "associate", "honorary", "international", "research", "policy", "programme",
        "program", "country", "division", "department", "director", "deputy-director", "co-founder", "founding", "provincial",
        "municipal", "prefectural", "district", "county", "federal",
    };

    public void Read(string sentence, int basePosition)
    {
        var words = Tokens.Words(sentence);
        var i = 0;
        while (i < words.Count)
        {
            if (!words[i].IsCapitalized)
            {
                i++;
                continue;
            }
            // A run of capitalised words (with name particles), unbroken by punctuation.
            var end = i + 1;
            while (end < words.Count && (words[end].IsCapitalized || MentionParser.NameParticles.Contains(words[end].Text) && end + 1 < words.Count && words[end + 1].IsCapitalized)
                   && (!Punctuated(sentence, words[end - 1].End, words[end].Start) || IsInitial(sentence, words[end - 1]) || IsHonorificWithStop(sentence, words[end - 1])))
            {
                end++;
            }
            TryIntroduce(sentence, words, i, end, basePosition);
            i = end;
        }
    }

    private void TryIntroduce(string sentence, List<Word> words, int runStart, int runEnd, int basePosition)
    {
        runEnd = MentionParser.WithoutTrailingPostNominals(words, runStart, runEnd); // "Minister Evans Sichilongo SC"
        // "Minister of Environment and Climate Change D.Oyunchimeg": a name written with its initial joined is one word.
        var initialJoined = MentionParser.IsInitialJoinedName(words[runEnd - 1].Text);
        if (runEnd - runStart < 2 && !initialJoined)
        {
            return; // a name has at least two words, and a run of one cannot hold them
        }
        // The name is the tail of the run after its last title, country or organisation word.
        var nameStart = initialJoined ? runEnd - 1 : runStart;
        for (var k = initialJoined ? runStart - 1 : runEnd - 1; k >= runStart; k--)
        {
            if (MentionParser.IsNameAmidNames(words, k, runStart))
            {
                continue;
            }
            var w = words[k].Text;
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) || w.Length > 1 && MentionParser.IsCapitalsAndDigits(w)
                || Vocabulary.TitleNouns.Contains(w) || Vocabulary.NotNameWords.Contains(w) || Vocabulary.OrganisationHeads.Contains(w)
                || Countries.IsCountryOrBlocWord(w))
            {
                nameStart = MentionParser.IsGivenNameAfterTitle(words, k, runStart, runEnd) ? k : k + 1;
                break;
            }
        }
        nameStart = initialJoined ? nameStart : MentionParser.PastTitlePlace(words, nameStart, runStart, runEnd);
        var afterHonorific = false;
        while (nameStart < runEnd && (MentionParser.IsHonorific(sentence, words[nameStart]) || MentionParser.IsTanSri(words, nameStart)
               || (nameStart > 0 && MentionParser.IsMalaysianSri(words, nameStart))))
        {
            nameStart += MentionParser.IsTanSri(words, nameStart) ? 2 : 1;
            afterHonorific = true;
        }
        // "Minister of Roads and Bridges Atem Makuei Dengdit", "Deputy Minister of Communication, Digital Technology and
        // Innovations Efua Dadzie": the word after the portfolio's "and" is the portfolio's too.
        if (nameStart == runStart && runEnd - runStart >= 3 && runStart >= 4 && words[runStart - 1].Text is "and"
            && sentence.AsSpan(words[runStart - 2].End, words[runStart].Start - words[runStart - 2].End).Trim() is "and"
            && MentionParser.PortfolioBeforeAnd(sentence, words, runStart - 2))
        {
            nameStart++;
        }
        var nameCount = runEnd - nameStart;
        if (nameCount < (initialJoined ? 1 : 2) || nameCount > 5)
        {
            return;
        }
        if (nameStart == runStart && runStart > 0 && words[runStart - 1].Text is "for" or "of" or "on" && runEnd < words.Count
            && words[runEnd].Text is "and" && runEnd + 1 < words.Count && words[runEnd + 1].IsCapitalized
            && sentence.AsSpan(words[runEnd - 1].End, words[runEnd].Start - words[runEnd - 1].End).Trim().IsEmpty)
        {
            return; // "Centre for Pastoral Areas and Livestock Development": portfolio words of a body, not a name
        }
        if (nameStart == runStart && runStart >= 2 && words[runStart - 1].Text is "and" && words[runStart - 2].IsCapitalized
            && Vocabulary.NotNameWords.Contains(words[runStart - 2].Text)
            && sentence.AsSpan(words[runStart - 2].End, words[runStart - 1].Start - words[runStart - 2].End).IsWhiteSpace())
        {
            return; // "State Committee for Industry, Energy and Subsoil Use of …": a portfolio after another, not a name
        }
        var nameTokens = new List<string>(nameCount);
        for (var k = nameStart; k < runEnd; k++)
        {
            // The loop above already found each word of the name on neither list; only a word losing its final period
            // is a different one.
            var token = words[k].Text.TrimEnd('.');
            if (token.EndsWith("-based", StringComparison.Ordinal)
                || (token.Length < words[k].Text.Length && (Vocabulary.NotNameWords.Contains(token) || Countries.IsCountryOrBlocWord(token))))
            {
                return; // "Johannesburg-based TransKaroo Freight": a company
            }
            nameTokens.Add(token);
        }
        if (MentionParser.IsKnownPlace(string.Join(' ', nameTokens)))
        {
            return; // "President of the Dennery Fisherfolk Cooperative in Saint Lucia": a place ends the title, no name follows
        }

        string? preTitle = null;
        string? appositive = null;
        // Words of the run before the name ("Umrah Dr" in "Minister of Hajj and Umrah Dr. X") end a title, as a comma does.
        var titleStart = ExtendTitleLeft(sentence, words, nameStart > runStart ? runStart : nameStart, endsTitle: nameStart > runStart);
        if (titleStart > 0 && words[titleStart - 1].Text is "the" or "The" or "a" or "an" && nameStart == runStart
            && !(Vocabulary.TitleNouns.Contains(words[titleStart].Text) || RoleModifiers.Contains(words[titleStart].Text)))
        {
            return; // "the ASEAN Halal Showcase": a thing, not a person ("the Director of … (BHAS) Vedran X", opening with a title, is one)
        }
        // "…, Dayang Hajah Norhafizah binti Haji Yassin,": honorifics alone before the name (some known as such only where they
        // stand, as Brunei's "Dayang") are no title; the title may stand before a comma.
        if (titleStart < nameStart && !MentionParser.OnlyHonorifics(sentence, words, titleStart, nameStart, withoutTheirFullStopToo: false))
        {
            // "… Transport Dato Seri Paduka Awang Haji Khairul …": honorifics the name left behind end no title, including
            // those that are honorifics only where they stand (Brunei's "Awang" after "Paduka").
            var titleEnd = nameStart;
            while (titleEnd > titleStart + 1 && MentionParser.IsHonorific(sentence, words[titleEnd - 1]))
            {
                titleEnd--;
            }
            if (titleEnd == nameStart && words[titleEnd - 1].Text is "in" or "at" or "of" or "for" or "on")
            {
                return; // "a nurse in Johor Baru": after a preposition, capitals name a place or a body, not the person
            }
            var titleTextEnd = MentionParser.ClosingBracketEnd(sentence, words[titleStart].Start, words[titleEnd - 1].End);
            // `Association "Hunarmand"`: the quoted name's closing mark belongs to the title.
            titleTextEnd += titleTextEnd < sentence.Length && sentence[titleTextEnd] is '"' or '”' && sentence.AsSpan(words[titleStart].Start, titleTextEnd - words[titleStart].Start).IndexOfAny('"', '“') >= 0 ? 1 : 0;
            preTitle = TrimHonorifics(sentence[words[titleStart].Start..titleTextEnd]);
            if (preTitle is not null && !HasTitleNoun(preTitle))
            {
                return; // words before a name that hold no office are no title ("Laos and Cambodia in Can Tho")
            }
            if (preTitle is not null && MentionParser.IsCourtesyTitle(preTitle) && sentence.AsSpan(0, words[titleStart].Start).TrimEnd().EndsWith(','))
            {
                preTitle = null; // "…'s deputy police chief, Police Lieutenant General X": the office before the comma is the title
            }
        }
        // "signed by X and Angola's minister of energy and water Eduardo Canjungo Bartolomeu": a title in lower case.
        if (preTitle is null && nameStart == runStart && nameStart > 0 && !Punctuated(sentence, words[nameStart - 1].End, words[nameStart].Start)
            && MentionParser.LowerCaseTitleStart(sentence, words, nameStart, inList: true) is var lowerCaseTitle and >= 0)
        {
            preTitle = MentionParser.WithoutArticle(sentence[words[lowerCaseTitle].Start..words[nameStart - 1].End], StringComparison.OrdinalIgnoreCase);
        }
        if (preTitle is null)
        {
            // "Title, Name," — a title phrase right before a comma that precedes the name (and its honorifics:
            // "Liberia's Minister of Education, Dr Musu Kollie-Gbarbea,").
            var honorificRunStart = runStart;
            var before = sentence.AsSpan(0, words[runStart].Start).TrimEnd();
            // "the Syrian Minister of Agriculture, Eng. Bassel X,": an honorific with its full stop between comma and name.
            if (runStart > 1 && before.EndsWith('.') && MentionParser.IsHonorific(sentence, words[runStart - 1]))
            {
                honorificRunStart = runStart - 1;
                before = sentence.AsSpan(0, words[honorificRunStart].Start).TrimEnd();
            }
            if (before.EndsWith(',') && honorificRunStart > 0)
            {
                var commaAt = before.Length - 1;
                var previous = honorificRunStart - 1;
                while (previous >= 0 && words[previous].End > commaAt)
                {
                    previous--;
                }
                if (previous >= 0)
                {
                    var start = words[previous].IsCapitalized ? ExtendTitleLeft(sentence, words, previous, endsTitle: true) : FirstWordFrom(words, MentionParser.TitlePhraseStart(sentence, 0, commaAt));
                    start = Math.Max(0, start);
                    if (words[previous].IsCapitalized && !HasTitleNoun(sentence[words[start].Start..words[previous].End]))
                    {
                        // "Mexico’s ambassador to Argentina, Citlali Ocampo Huerta,": a title ending in a place.
                        start = Math.Max(0, FirstWordFrom(words, MentionParser.TitlePhraseStart(sentence, 0, commaAt)));
                    }
                    // "the executive secretary of the Andean Health Organisation (ORAS-CONHU), X,": the bracket closes in the title.
                    var phrase = sentence[words[start].Start..MentionParser.ClosingBracketEnd(sentence, words[start].Start, words[previous].End)];
                    phrase = MentionParser.WithoutArticle(phrase, StringComparison.OrdinalIgnoreCase);
                    // The last of a list ("…, and the Ambassador of Egypt to Eritrea, Mr. Y.") or the source of what the sentence
                    // said ("…, according to its Principal, Y.") may end the sentence.
                    // So may the one a passive names ("… was headed by the Minister for …, Y.").
                    var lastOfList = start >= 1 && words[start - 1].Text is "and" or "to" or "by"
                        || start >= 2 && words[start - 1].Text is "the" or "its" && words[start - 2].Text is "and" or "to" or "by";
                    if (HasTitleNoun(phrase) && AfterNameIsComma(sentence, words[runEnd - 1].End, lastOfList))
                    {
                        preTitle = phrase;
                    }
                }
            }
        }
        // "signed by Deputy Governor X of the Central Bank of Sri Lanka and Deputy Governor Y of the Maldives Monetary
        // Authority": the body after the name is the one the title is held in.
        if (preTitle is not null && BodyAfterName(sentence, words, runEnd) is { } body)
        {
            preTitle = $"{preTitle} of {body}";
        }
        var afterName = MentionParser.AfterPostNominal(sentence, words[runEnd - 1].End, sentence.Length);
        if (afterName < sentence.Length && sentence[afterName] == ',')
        {
            var rest = sentence.AsSpan(afterName + 1);
            // "X, director general of INSIVUMEH; and the heads of …": a semicolon ends a list's item, and its description.
            var semicolon = rest.IndexOf(';');
            rest = semicolon >= 0 ? rest[..semicolon] : rest;
            var stop = rest.IndexOf(',');
            // "Commissioner for Economic Development, Trade, Tourism, Industry and Minerals": commas between portfolios.
            // "president of a cooperative of 1,200 cocoa farmers": a comma inside a number.
            while (stop >= 0 && (MentionParser.IsPortfolioListCommaAt(sentence, afterName + 1 + stop) || IsInNumber(sentence, afterName + 1 + stop)))
            {
                var next = rest[(stop + 1)..].IndexOf(',');
                stop = next < 0 ? -1 : stop + 1 + next;
            }
            var candidate = (stop >= 0 ? rest[..stop] : rest).Trim().TrimEnd('.').ToString();
            // "Vaidya X, Secretary, Ministry of Ayush", "Dr. Y, Director, … Division, Ministry of Health Malaysia": a bare
            // title, then the bodies it is held in, each between commas, as government releases write them.
            var bareTitle = IsBareTitle(candidate);
            while (bareTitle && stop >= 0 && BodyBetweenCommas(rest[(stop + 1)..]) is var bodyLength and > 0)
            {
                candidate = $"{candidate}, {rest.Slice(stop + 1, bodyLength).Trim()}";
                var next = rest[(stop + 1 + bodyLength)..].IndexOf(',');
                stop = next < 0 ? -1 : stop + 1 + bodyLength + next;
            }
            if (MentionParser.IsAge(candidate) && stop >= 0 && rest[(stop + 1)..].TrimStart().StartsWith("who ", StringComparison.Ordinal))
            {
                // "Noy X, 29, who works at a rubber processing plant, said": the clause after the age describes her.
                var clauseRest = rest[(stop + 1)..];
                var clauseStop = clauseRest.IndexOf(',');
                candidate = (clauseStop >= 0 ? clauseRest[..clauseStop] : clauseRest).Trim().TrimEnd('.').ToString();
            }
            var candidateWords = Tokens.Words(candidate);
            // "…, Citlali Ocampo Huerta, the Mexican Space Agency will send …": a clause after the name, not a description
            // (a relative clause inside one, "a farmer who was invited to speak", is part of the description).
            var relative = candidateWords.FindIndex(w => w.Text is "who" or "which" or "that" or "whose");
            var clause = candidateWords.Take(relative < 0 ? candidateWords.Count : relative)
                .Any(w => w.Text is "will" or "would" or "has" or "have" or "had" or "is" or "are" or "was" or "were");
            // A description of the person is a role.
            // "the Minister of Energy, X, Nigeria's Minister of State for Gas, Y, and …": a title followed by another name
            // between commas is that person's, not a description of this one.
            var nextPersonsTitle = stop >= 0 && HasTitleNoun(candidate) && NameBetweenCommas(rest[(stop + 1)..]);
            // "The meeting, which was chaired by Minister for Health X, brought together …": the comma after the name closes
            // the clause it stands in, and what follows is the sentence's predicate ("…, co-chaired by A and B, Fiji's
            // minister for fisheries" still describes B).
            var predicate = candidateWords.Count > 0 && !StartsDescription(candidateWords[0].Text) && InsideCommaClause(sentence, words[Math.Min(titleStart, runStart)].Start);
            if (!clause && !nextPersonsTitle && !predicate && MentionParser.LooksLikeAppositive(candidate) && MentionParser.DescribesPerson(candidateWords) && !IntroducesSomeoneElse(candidateWords))
            {
                appositive = candidate;
            }
            else if (preTitle is null && relative == 0)
            {
                appositive = ClauseRoles.FromRelativeClause(candidate); // "X, who grows blueberries near Abbotsford, said"
            }
        }
        // "and the heads of the … of St. Lucia and of St. Vincent and the Grenadines, Marcus Joseph and Kendall Quashie": a
        // plural title before a pair of names is each one's.
        preTitle ??= appositive is null ? SharedPluralTitle(sentence, words, runStart, runEnd) : null;
        if (preTitle is null && appositive is null && !(afterHonorific && nameStart > runStart && words[runStart].IsCapitalized && Vocabulary.Honorifics.Contains(words[runStart].Text))
            && !IsSubjectOfPerfect(sentence, words, runStart, nameStart, runEnd))
        {
            return; // a name with neither title nor description is no introduction, unless an honorific says it is a person's
        }
        (var givenNameTokens, preTitle) = MentionParser.WithGivenNameTitle(nameTokens, preTitle, appositive);
        if (!ReferenceEquals(givenNameTokens, nameTokens))
        {
            nameTokens = [.. givenNameTokens]; // the title was a given name: copied only then
        }
        if (Countries.CountryOfPlace(string.Join(' ', nameTokens)) is not null)
        {
            return; // "… Vietnam, Laos and Cambodia in Can Tho city": a place
        }

        var person = people.FindByName(nameTokens) is { } known && known.NameTokens.Length >= nameTokens.Count ? known : people.Add(nameTokens);
        people.Touch(person, basePosition + words[nameStart].Start);
        for (var k = runStart; k < nameStart; k++)
        {
            if (Vocabulary.Honorifics.Contains(words[k].Text))
            {
                person.Honorifics.Add(words[k].Text);
            }
        }
        if (person.Role is not null && (person.Country is not null || person.Organisation is not null))
        {
            return; // already described; a later mention rarely adds to the first full introduction
        }
        var (role, organisation, country) = RoleAnalyzer.Analyze(preTitle, appositive);
        person.Rank ??= preTitle is not null && MentionParser.IsRank(preTitle) ? preTitle : null;
        // "Prof Lavanya X of IISc's Centre …": a professor's honorific may be the only title a report gives.
        person.HonorificRole ??= afterHonorific ? MentionParser.RoleOfHonorific(sentence[words[runStart].Start..words[nameStart].Start]) : null;
        person.Role ??= role;
        person.Organisation ??= organisation;
        person.Country ??= country ?? (preTitle is not null ? RoleAnalyzer.CountryOwningTitle(sentence, words[nameStart].Start) : null);
    }

    /// <summary>
    /// The singular of a plural title noun ("heads" → "head") that opens the phrase before a pair of names joined by
    /// "and" ("the heads of the … , A and B"), when the name run is one of the pair and a comma stands before it; else null.
    /// </summary>
    private static string? SharedPluralTitle(string sentence, List<Word> words, int runStart, int runEnd)
    {
        // The pair: "A and B", this run being A (followed by "and" and a capitalised run) or B (after "and").
        int pairStart;
        if (runEnd + 1 < words.Count && words[runEnd].Text is "and" && words[runEnd + 1].IsCapitalized)
        {
            pairStart = runStart;
        }
        else if (runStart >= 2 && words[runStart - 1].Text is "and" && words[runStart - 2].IsCapitalized)
        {
            pairStart = runStart - 2;
            while (pairStart > 0 && words[pairStart - 1].IsCapitalized && !Punctuated(sentence, words[pairStart - 1].End, words[pairStart].Start))
            {
                pairStart--;
            }
        }
        else
        {
            return null;
        }
        var comma = MentionParser.SkipSpaceBack(sentence, words[pairStart].Start);
        if (comma == 0 || sentence[comma - 1] != ',')
        {
            return null;
        }
        // The phrase before the comma opens with "the <plural title> of".
        for (var k = pairStart - 1; k >= 1 && pairStart - k <= 20; k--)
        {
            if (words[k - 1].Text is "the" or "The" && words[k].Text.EndsWith('s') && k + 1 < pairStart && words[k + 1].Text is "of"
                && Vocabulary.TitleNouns.Contains(words[k].Text[..^1]) && !words[k].IsCapitalized)
            {
                return words[k].Text[..^1];
            }
        }
        return null;
    }

    /// <summary>
    /// "Secretary", "Director", "CEO": a capitalised title of at most three words, perhaps already followed by the bodies
    /// it is held in ("Director, Traditional and Complementary Medicine Division", joined as a list of portfolios).
    /// </summary>
    private static bool IsBareTitle(string text)
    {
        var words = Tokens.Words(text);
        return words.Count is > 0 and <= 3 && words.All(w => w.IsCapitalized) && Vocabulary.TitleNouns.Contains(words[^1].Text)
            && !text.Contains(',') || text.Contains(',') && Tokens.Words(text[(text.LastIndexOf(',') + 1)..]).Any(w => Vocabulary.OrganisationHeads.Contains(w.Text))
            && IsBareTitle(text[..text.IndexOf(',')]);
    }

    /// <summary>
    /// The length of a body's name of capitalised words (with "of", "and", "the", "for") that runs to the next comma or the
    /// end of <paramref name="rest"/> ("Ministry of Health Malaysia", "Traditional and Complementary Medicine Division"),
    /// else 0.
    /// </summary>
    private static int BodyBetweenCommas(ReadOnlySpan<char> rest)
    {
        var comma = rest.IndexOf(',');
        var segment = (comma < 0 ? rest : rest[..comma]).ToString();
        var words = Tokens.Words(segment.TrimEnd('.'));
        return words.Count is > 0 and <= 8 && words[0].IsCapitalized && words.All(w => w.IsCapitalized || w.Text is "of" or "and" or "the" or "for")
               && words.Any(w => Vocabulary.OrganisationHeads.Contains(w.Text))
            ? segment.Length
            : 0;
    }

    /// <summary>The index of the first word that starts at or after <paramref name="position"/>, or -1.</summary>
    private static int FirstWordFrom(List<Word> words, int position)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (words[k].Start >= position)
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// "In Pangnirtung, Oopah Ipeelie has answered calls on the crisis line for 14 years. She said …": a full name of words
    /// that name nothing else, opening its clause as the subject of "has", "had" or "has been", is a person a report
    /// goes on to quote, though no title introduces them.
    /// </summary>
    private static bool IsSubjectOfPerfect(string sentence, List<Word> words, int runStart, int nameStart, int runEnd)
    {
        if (nameStart != runStart || runEnd >= words.Count || words[runEnd].Text is not ("has" or "had")
            || !sentence.AsSpan(words[runEnd - 1].End, words[runEnd].Start - words[runEnd - 1].End).IsWhiteSpace())
        {
            return false;
        }
        var opensClause = runStart == 0 || sentence.AsSpan(words[runStart - 1].End, words[runStart].Start - words[runStart - 1].End).Trim() is ",";
        for (var k = runStart; opensClause && k < runEnd; k++)
        {
            if (!IsNameLike(words[k].Text) || Vocabulary.TitleNouns.Contains(words[k].Text) || KnownBodies.IsName(words[k].Text))
            {
                return false;
            }
        }
        return opensClause && !MentionParser.IsKnownPlace(sentence[words[runStart].Start..words[runEnd - 1].End]);
    }

    /// <summary>
    /// Whether the words before the "and" at <paramref name="and"/> end "Name of (the) Body", another person's name and
    /// body: "Deputy Director X Y of the Central Reserve Bank of Peru and Deputy Director …" (not "Minister of Trade and …").
    /// </summary>
    private static bool NamedPersonOfBodyBefore(string sentence, List<Word> words, int and)
    {
        for (var k = and - 1; k > 0 && sentence.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IsWhiteSpace(); k--)
        {
            var text = words[k].Text;
            if (text == "of")
            {
                if (IsNameLike(words[k - 1].Text) && !RoleModifiers.Contains(words[k - 1].Text))
                {
                    return true;
                }
            }
            else if (!words[k].IsCapitalized && text is not ("the" or "for" or "and"))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// The body's name in "of (the) …" right after a name, up to the next punctuation or an "and" that starts another
    /// person's title ("… of the Central Bank of Sri Lanka and Deputy Governor Y"); null when none follows.
    /// </summary>
    private static string? BodyAfterName(string sentence, List<Word> words, int nameEnd)
    {
        if (nameEnd + 1 >= words.Count || words[nameEnd].Text != "of" || !sentence.AsSpan(words[nameEnd - 1].End, words[nameEnd].Start - words[nameEnd - 1].End).IsWhiteSpace())
        {
            return null;
        }
        var first = words[nameEnd + 1].Text == "the" ? nameEnd + 2 : nameEnd + 1;
        var end = first;
        while (end < words.Count && (end == first || sentence.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).IsWhiteSpace()))
        {
            var text = words[end].Text;
            var joinsBody = text is "and" or "&" && end + 1 < words.Count && words[end + 1].IsCapitalized
                && !Vocabulary.TitleNouns.Contains(words[end + 1].Text) && !RoleModifiers.Contains(words[end + 1].Text);
            if (!(words[end].IsCapitalized || text is "of" or "the" or "for" || joinsBody))
            {
                break;
            }
            end++;
        }
        while (end > first && !words[end - 1].IsCapitalized)
        {
            end--;
        }
        if (end == first || !words[first].IsCapitalized)
        {
            return null;
        }
        var body = sentence[words[nameEnd + 1].Start..words[end - 1].End];
        return MentionParser.IsBodyName(body) ? body : null;
    }

    /// <summary>Extends a title leftwards over "of", "and", lower-case title words and a possessive: "head of Indonesia's … Agency (BPJPH)".</summary>
    /// <param name="sentence">The sentence's text.</param>
    /// <param name="words">Its words.</param>
    /// <param name="start">The title's last word so far.</param>
    /// <param name="endsTitle">Whether the words from <paramref name="start"/> are known to end a title (a comma or an
    /// honorific follows, not a name), so an "and" between places may stay inside it.</param>
    private static int ExtendTitleLeft(string sentence, List<Word> words, int start, bool endsTitle = false)
    {
        var k = start;
        while (k > 0)
        {
            var previous = words[k - 1];
            var gap = sentence.AsSpan(previous.End, words[k].Start - previous.End).Trim();
            // "Chairman of the Uzbek Handicraftsmen Association "Hunarmand" X": a body's name in quote marks after its kind.
            if (k == start && QuotedNameOfBodyStart(sentence, words, k) is var quoted and >= 0)
            {
                k = quoted;
                continue;
            }
            // "for Pilgrims' Affairs": a plural's possessive mark inside the title.
            var pluralPossessive = gap is "'" or "’" && previous.Text.EndsWith('s') && k >= 2 && words[k - 2].Text is "for" or "of";
            if (gap.Length > 0 && gap is not ("(" or ")" or ") (" or "-") && !pluralPossessive && !MentionParser.IsPortfolioListComma(sentence, words, k))
            {
                break;
            }
            var text = previous.Text;
            // "to Barbados and the Eastern Caribbean": "and the" between places of one office.
            var andThePlace = text == "and" && words[k].Text is "the" && k + 1 < start && words[k + 1].IsCapitalized && k >= 2 && words[k - 2].IsCapitalized
                && !IsNameLike(words[k - 2].Text);
            // "Minister for Carriacou and Petite Martinique Affairs, X": places of one portfolio, after the title's "for", in
            // words known to end a title (before a name, the words after "and" could be a second person's name).
            var portfolioPlaces = endsTitle && k >= 4 && words[k - 3].Text is "for" or "of" && Vocabulary.TitleNouns.Contains(words[k - 4].Text)
                || k >= 3 && MentionParser.IsPortfolioListComma(sentence, words, k - 2); // "of Industry, Mine and Trade X"
            if (text == "and" && !andThePlace && !IsInCountryName(sentence, words, k - 1) && (!words[k].IsCapitalized || k >= 2 && IsNameLike(words[k - 2].Text) && !portfolioPlaces || NamedPersonOfBodyBefore(sentence, words, k - 1)))
            {
                break; // "Azman Rahimi and head of …", "Maeng Seo-yun and Ratu Mosese …": "and" joins two people
            }
            if (previous.IsCapitalized || Connectors.Contains(text) || Vocabulary.TitleNouns.Contains(text) || RoleModifiers.Contains(text)
                || MentionParser.IsAccreditedTo(words, k - 1)) // "High Commissioner to Papua New Guinea"
            {
                if (previous.IsCapitalized && Vocabulary.NotNameWords.Contains(text) && text is "The" or "In" or "On" or "At" or "But" or "And" or "As" or "With" or "For" or "By" or "From")
                {
                    break;
                }
                k--;
                continue;
            }
            break;
        }
        // "Argentina’s energy secretary X", "Saudi agriculture minister X": a portfolio in lower case between a country's
        // possessive or demonym and the title noun, up to five words with an "and" inside ("Indonesian deputy communication
        // and digital affairs minister X"); "CSIRO fire scientist X", "NASA flight engineer X": a trade in lower case after
        // the body's acronym.
        for (var between = 1; between <= 5 && k - between - 1 >= 0 && k < start; between++)
        {
            var owner = words[k - between - 1];
            if (!words[k - between].IsCapitalized && !Vocabulary.ReportingVerbsByFirstWord.ContainsKey(words[k - between].Text) && !Connectors.Contains(words[k - between].Text)
                && (between <= 2 || (Vocabulary.TitleNouns.Contains(words[k].Text) || RoleModifiers.Contains(words[k].Text)) && IsLowerCasePortfolio(words, k - between, k))
                && owner.IsCapitalized && (MentionParser.CountryOfPossessive(owner.Text) is not null
                    || Countries.IsDemonym(owner.Text)
                    || owner.Text.Length > 1 && MentionParser.IsCapitalsAndDigits(owner.Text) && between == 1 && Countries.Bloc(owner.Text) is null)
                && sentence.AsSpan(owner.End, words[k].Start - owner.End).IndexOfAny(",;:()“”\"") < 0)
            {
                k -= between + 1;
                break;
            }
        }
        // "the bank's Executive Vice President, X": the owner stays with the title, for OwnedTitles to name the bank.
        if (k >= 2 && k < start && !words[k - 1].IsCapitalized && words[k - 2].Text is "the" or "The" or "its" or "Its" && IsOwnerNoun(words[k - 1].Text)
            && sentence.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IsWhiteSpace())
        {
            k--;
        }
        while (k < start && (Connectors.Contains(words[k].Text) || words[k].Text is "The"))
        {
            k++;
        }
        return k;
    }

    /// <summary>
    /// Whether the "and" at <paramref name="and"/> is inside a country's own name ("Minister of Health of Trinidad and
    /// Tobago", "… of Saint Vincent and the Grenadines"), where it joins no two people.
    /// </summary>
    private static bool IsInCountryName(string sentence, List<Word> words, int and)
    {
        for (var from = Math.Max(0, and - 2); from < and; from++)
        {
            for (var to = and + 1; to <= Math.Min(words.Count - 1, and + 2); to++)
            {
                if (Countries.Country(sentence.AsSpan(words[from].Start, words[to].End - words[from].Start)) is not null)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Whether words [from, to) are a portfolio in lower case: no capitals, no verb of saying, no connector but one "and"
    /// inside ("communication and digital affairs").
    /// </summary>
    private static bool IsLowerCasePortfolio(List<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var text = words[i].Text;
            if (words[i].IsCapitalized || Vocabulary.ReportingVerbsByFirstWord.ContainsKey(text) || Connectors.Contains(text) && (text is not "and" || i == from || i == to - 1))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Where a body's name in quote marks ends a title right before the word at <paramref name="nameStart"/> begins: the
    /// index of the body's kind before the opening mark ("Association" in `Association "Hunarmand"`), for one to three
    /// capitalised words quoted; else -1.
    /// </summary>
    private static int QuotedNameOfBodyStart(string sentence, List<Word> words, int nameStart)
    {
        if (nameStart < 2 || sentence.AsSpan(words[nameStart - 1].End, words[nameStart].Start - words[nameStart - 1].End).Trim() is not ("\"" or "”"))
        {
            return -1;
        }
        for (var first = nameStart - 1; first >= Math.Max(1, nameStart - 3) && words[first].IsCapitalized; first--)
        {
            var opening = sentence.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End).Trim();
            if (opening is "\"" or "“")
            {
                return Vocabulary.OrganisationHeads.Contains(words[first - 1].Text) ? first - 1 : -1;
            }
            if (!opening.IsEmpty)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>"bank's", "company's", "agency's": a body's kind as a possessive.</summary>
    internal static bool IsOwnerNoun(string word)
    {
        var noun = MentionParser.WithoutPossessive(word);
        return noun.Length < word.Length && (Vocabulary.CompanyKinds.Contains(noun) || Vocabulary.OrganisationHeads.Contains(noun) || Vocabulary.LocalGovernmentKinds.Contains(noun));
    }

    private static bool IsNameLike(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && !Vocabulary.NotNameWords.Contains(word) && !Vocabulary.TitleNouns.Contains(word)
        && !Vocabulary.OrganisationHeads.Contains(word) && !Countries.IsCountryOrBlocWord(word);

    private static bool IsInNumber(string sentence, int comma) =>
        comma > 0 && comma + 1 < sentence.Length && char.IsDigit(sentence[comma - 1]) && char.IsDigit(sentence[comma + 1]);

    /// <summary>
    /// "X, Dutch Minister for Foreign Trade and Development Cooperation Hanneke Kloosterboer and …": the words after the
    /// comma give another person their title — a title noun, capitalised title words, then two capitalised words that are
    /// no title, office, place or body.
    /// </summary>
    /// <summary>
    /// Whether the text before <paramref name="at"/> opens a clause between commas that is still open there: ", which was
    /// chaired by", ", who was accompanied by", ", chaired by".
    /// </summary>
    private static bool InsideCommaClause(string sentence, int at)
    {
        var comma = sentence.LastIndexOf(',', Math.Max(0, at - 1));
        if (comma < 0)
        {
            return false;
        }
        var clause = sentence.AsSpan(comma + 1, at - comma - 1).TrimStart();
        if (clause.StartsWith("which ", StringComparison.Ordinal) || clause.StartsWith("who ", StringComparison.Ordinal) || clause.StartsWith("whom ", StringComparison.Ordinal))
        {
            return true;
        }
        var space = clause.IndexOf(' ');
        return space > 2 && clause[..space].EndsWith("ed", StringComparison.Ordinal) && clause[(space + 1)..].StartsWith("by ", StringComparison.Ordinal);
    }

    /// <summary>Whether a word can open a description of a person: capitalised, an article or possessive, a title noun or a rank.</summary>
    private static bool StartsDescription(string word) =>
        char.IsUpper(word[0]) || word is "a" or "an" or "the" or "his" or "her" or "its" or "their" || Vocabulary.TitleNouns.Contains(word) || RoleModifiers.Contains(word);

    private static bool IntroducesSomeoneElse(List<Word> words)
    {
        var sawTitle = false;
        for (var k = 1; k + 1 < words.Count; k++)
        {
            sawTitle |= Vocabulary.TitleNouns.Contains(words[k - 1].Text);
            // "Group Managing Director of Lembaga Tabung Haji Datuk Azlan X": an honorific before a name opens someone else.
            if (sawTitle && words[k].IsCapitalized && Vocabulary.Honorifics.Contains(words[k].Text) && MentionParser.IsNameWord(words[k + 1]))
            {
                return true;
            }
            // The word before the name ends a title ("… Cooperation", "… Minister"), not a body's name ("Cambodian Mine Action …").
            // Or a country or an acronym ("… of the Republic of Serbia Dragan X", "… of Montenegro (MONSTAT) Milica Y").
            if (sawTitle && words[k - 1].IsCapitalized && (Vocabulary.TitleNouns.Contains(words[k - 1].Text) || Vocabulary.NotNameWords.Contains(words[k - 1].Text)
                    || Countries.IsCountryOrBlocWord(words[k - 1].Text) || words[k - 1].Text.Length > 2 && MentionParser.IsCapitalsAndDigits(words[k - 1].Text))
                && MentionParser.IsNameWord(words[k]) && MentionParser.IsNameWord(words[k + 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the text opens with a name of two to five words and then a comma: " Ekpenyong Obot-Ikpeme, and …".</summary>
    private static bool NameBetweenCommas(ReadOnlySpan<char> text)
    {
        var comma = text.IndexOf(',');
        if (comma <= 0)
        {
            return false;
        }
        var run = text[..comma].Trim().ToString();
        var words = Tokens.Words(run);
        return words.Count is >= 2 and <= 5 && words.TrueForAll(MentionParser.IsNameWord) && !MentionParser.IsKnownPlace(run) && Countries.Party(run) is null;
    }

    private static bool HasTitleNoun(string phrase) => Tokens.Words(phrase).Any(w => Vocabulary.TitleNouns.Contains(w.Text));

    /// <summary>
    /// The name is closed off as an apposition: by a comma (or the semicolon of a list), or, for the last person of a list,
    /// by the sentence's end ("… signed by the Minister, X, and the Ambassador of Egypt to Eritrea, Mr. Y."; "according to
    /// the centre's Director, Dr Y." is left to the attribution, which knows the centre).
    /// </summary>
    private static bool AfterNameIsComma(string sentence, int end, bool lastOfList) =>
        end < sentence.Length && (sentence[end] is ',' or ';' || lastOfList && sentence[end] == '.' && sentence.AsSpan(end + 1).Trim().IsEmpty);

    private static string? TrimHonorifics(string title)
    {
        // Most titles are written with single spaces and start and end in no honorific: they come back as they are.
        var lastSpace = title.LastIndexOf(' ');
        var firstSpace = title.IndexOf(' ');
        if (title.Length > 0 && title[0] != ' ' && title[^1] != ' ' && !title.Contains("  ", StringComparison.Ordinal)
            && !Vocabulary.HonorificSpans.Contains(title.AsSpan(lastSpace + 1).TrimEnd('.')) && !title.EndsWith(" Eng", StringComparison.Ordinal) && title is not ("Eng" or "HE")
            && (firstSpace < 0 || !Vocabulary.HonorificSpans.Contains(title.AsSpan(0, firstSpace).TrimEnd('.')) && !title.StartsWith("HE ", StringComparison.Ordinal)))
        {
            return title;
        }
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "ZRA chief executive Eng": the Engineer before the name, written without its full stop; "HE" (His Excellency) alone.
        while (words.Count > 0 && (Vocabulary.Honorifics.Contains(words[^1].TrimEnd('.')) || words[^1] is "Eng" || words.Count == 1 && words[0] is "HE"))
        {
            words.RemoveAt(words.Count - 1);
        }
        // "HE the Minister of …": an honorific before the title, and the article after it.
        while (words.Count > 1 && (Vocabulary.Honorifics.Contains(words[0].TrimEnd('.')) || words[0] is "HE"))
        {
            words.RemoveAt(0);
            if (words.Count > 1 && words[0] is "the")
            {
                words.RemoveAt(0);
            }
        }
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>"Mr.", "Dr.": the full stop of an abbreviated honorific does not end the run of the name it opens.</summary>
    private static bool IsHonorificWithStop(string sentence, Word word) =>
        word.End < sentence.Length && sentence[word.End] == '.' && (Vocabulary.Honorifics.Contains(word.Text) || word.Text is "Eng");

    /// <summary>A middle initial and its full stop ("Rogelio B. Villamayor"): part of the name, not a break in it.</summary>
    private static bool IsInitial(string sentence, Word word) =>
        word.Text.Length == 1 && char.IsUpper(word.Text[0]) && word.End < sentence.Length && sentence[word.End] == '.';

    private static bool Punctuated(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
