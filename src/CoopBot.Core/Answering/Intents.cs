namespace CoopBot.Core.Answering;

/// <summary>The intents an <see cref="Answer"/> reports, as stable lower-case names for logs, JSON and tests.</summary>
public static class Intents
{
    /// <summary>Who said something on a topic.</summary>
    public const string WhoSaid = "who_said";

    /// <summary>What a person, country or office-holder said.</summary>
    public const string WhatSaid = "what_said";

    /// <summary>Outcomes, filtered by status, party, topic or event.</summary>
    public const string Outcomes = "outcomes";

    /// <summary>A speaker's role, organisation, country and articles.</summary>
    public const string WhoIs = "who_is";

    /// <summary>Everyone quoted, or those of one event.</summary>
    public const string Speakers = "speakers";

    /// <summary>The articles held.</summary>
    public const string Articles = "articles";

    /// <summary>One event (article): its lead, agreed outcomes and speakers.</summary>
    public const string Event = "event";

    /// <summary>What the bot can answer, with examples from the data.</summary>
    public const string Help = "help";

    /// <summary>More of the last speaker's statements, or the rest of the last list.</summary>
    public const string WhatElse = "what_else";

    /// <summary>One item of the last list in full.</summary>
    public const string Item = "item";

    /// <summary>Statements and outcomes matching the words of a question that fits no other intent.</summary>
    public const string Search = "search";
}
