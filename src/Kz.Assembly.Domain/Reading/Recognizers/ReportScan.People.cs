using System;
using System.Collections.Generic;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Reading.Scanning;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>People and their roles at a session: a given name and a surname or patronymic (Нұралхан Көшеров,
/// Қасым-Жомарт Тоқаевтың, Қасым-Жомарт Кемелұлы), with the office written before it; a moderator where the sentence
/// says so, a speaker where it has a verb of speaking. A person in the genitive speaks at the session the sentence
/// names; the sentence's subject at the session the report is about.</content>
internal sealed partial class ReportScan
{
    private readonly Dictionary<string, List<int>> peopleByGiven = new(StringComparer.Ordinal);

    private readonly List<(string Given, string Surname, Person Person, LocalizedText? Office, SourcePhrase Source, bool Placed)> people = [];

    private void ReadPeople(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;
        var found = new List<(int Index, bool Genitive, LocalizedText? Office)>();
        for (int i = s.First; i + 1 < s.End; i++)
        {
            if (TryPerson(i, out string given, out string surname, out bool genitive))
            {
                int index = PersonIndex(given, surname, i);
                found.Add((index, genitive, OfficeBefore(i, s)));
                MarkUsed(i, i + 1);
                i++;
            }
        }

        if (found.Count == 0)
        {
            return;
        }

        SessionRole? role = FindWord(s, lexicon.ModeratorWords) >= 0 ? SessionRole.Moderator
            : FindWord(s, lexicon.SpeakerWords) >= 0 ? SessionRole.Speaker
            : null;
        bool anyGenitive = found.Exists(f => f.Genitive);
        foreach ((int index, bool genitive, LocalizedText? office) in found)
        {
            var entry = people[index];
            if (entry.Office is null && office is not null)
            {
                people[index] = entry = entry with { Office = office };
            }

            SessionDraft? session = genitive || !anyGenitive ? clause.Session ?? currentSession : currentSession ?? clause.Session;
            if (role is { } r && session is not null)
            {
                session.AddOfficial(entry.Person, r, entry.Office);
                people[index] = entry with { Placed = true };
            }
        }
    }

    /// <summary>Where the sentence's session is its subject (сессиясы, сессия), later sentences speak of it.</summary>
    private void UpdateCurrentSession(SentenceFacts clause)
    {
        if (clause.Session is { } session && IsNominativeSessionIn(clause.Sentence))
        {
            currentSession = session;
        }
        else
        {
            currentSession ??= clause.Session;
        }
    }

    private bool IsNominativeSessionIn(Sentence s)
    {
        for (int i = s.First; i < s.End; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && Array.IndexOf(lexicon.SessionNominatives, tokens[i].Norm) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool TryPerson(int i, out string given, out string surname, out bool genitive)
    {
        given = surname = "";
        genitive = false;
        Token first = tokens[i];
        Token second = tokens[i + 1];
        if (first.Kind != TokenKind.Word || second.Kind != TokenKind.Word || !first.Capitalized || !second.Capitalized
            || first.Norm.Length < 2 || IsAssemblyHead(i) || IsAssemblyHead(i + 1) || ReadingLexicon.StartsWithAny(first.Norm, lexicon.OfficeWords))
        {
            return false;
        }

        string word = second.Norm;
        foreach (string ending in lexicon.SurnameEndings)
        {
            int at = word.LastIndexOf(ending, StringComparison.Ordinal);
            if (at < 2)
            {
                continue;
            }

            string rest = word[(at + ending.Length)..];
            if (rest.Length == 0 || Array.IndexOf(lexicon.NameCaseEndings, rest) >= 0)
            {
                given = text.Substring(first.Start, first.End - first.Start);
                surname = text.Substring(second.Start, at + ending.Length);
                genitive = Array.IndexOf(lexicon.GenitiveEndings, rest) >= 0 || (rest == "а" && first.Norm.EndsWith('а'));
                return true;
            }
        }

        return false;
    }

    /// <summary>The same person under a patronymic (Қасым-Жомарт Кемелұлы) or a case form is the one read before.</summary>
    private int PersonIndex(string given, string surname, int token)
    {
        // People are looked up by the start of the given name, so a long report with many names stays linear.
        string key = given.Length > 4 ? given[..4].ToLowerInvariant() : given.ToLowerInvariant();
        if (!peopleByGiven.TryGetValue(key, out List<int>? candidates))
        {
            peopleByGiven[key] = candidates = [];
        }

        foreach (int k in candidates)
        {
            // A given name in a case form (Касым-Жомарта) starts with its nominative.
            bool sameGiven = people[k].Given.StartsWith(given, StringComparison.OrdinalIgnoreCase) || given.StartsWith(people[k].Given, StringComparison.OrdinalIgnoreCase);
            bool patronymic = IsPatronymic(surname) || IsPatronymic(people[k].Surname);
            if (sameGiven && (patronymic || string.Equals(people[k].Surname, surname, StringComparison.OrdinalIgnoreCase)))
            {
                return k;
            }
        }

        string name = given + " " + surname;
        LocalizedText text = Draft(name) ?? LocalizedText.Invariant("?");
        people.Add((given, surname, Person.Named(text), null, Source(token, token + 1), false));
        candidates.Add(people.Count - 1);
        return people.Count - 1;
    }

    private bool IsPatronymic(string surname) => ReadingLexicon.EndsWithAny(surname.ToLowerInvariant(), lexicon.PatronymicEndings);

    /// <summary>The office written just before a name: «Түркістан облысы әкімінің орынбасары», «Мемлекет басшысы».
    /// Up to five words back, from where the office starts (a region, an office word, «облыс», «мемлекет»).</summary>
    private LocalizedText? OfficeBefore(int name, Sentence s)
    {
        int first = name;
        bool office = false;
        for (int i = name - 1; i >= Math.Max(s.First, name - 5) && tokens[i].Kind == TokenKind.Word && !used[i]; i--)
        {
            first = i;
            office |= ReadingLexicon.StartsWithAny(tokens[i].Norm, lexicon.OfficeWords);
        }

        while (first < name && !StartsOffice(first, name))
        {
            first++;
        }

        if (!office || first >= name)
        {
            return null;
        }

        // An office is a title: written with a capital, as the model's own offices are (Мемлекет басшысы).
        string written = text.Substring(tokens[first].Start, tokens[name - 1].End - tokens[first].Start);
        return Draft(char.ToUpperInvariant(written[0]) + written[1..]);
    }

    private bool StartsOffice(int i, int end) =>
        ReadingLexicon.StartsWithAny(tokens[i].Norm, lexicon.OfficeWords)
        || ReadingLexicon.StartsWithAny(tokens[i].Norm, lexicon.OfficeStartWords)
        || RegionAt(i, end, out _, out _);

    private void ReadParticipants(SentenceFacts clause)
    {
        Sentence s = clause.Sentence;
        SessionDraft? session = clause.Session ?? currentSession;
        if (session is not null && FindWord(s, lexicon.ParticipationWords) >= 0
            && FindWord(s, lexicon.MeetingWords) >= 0)
        {
            for (int i = s.First; i < s.End; i++)
            {
                foreach ((string[] words, ParticipantGroup group) in lexicon.ParticipantGroups)
                {
                    if (Matches(i, s.End, words, out int last) && !session.Groups.Contains(group))
                    {
                        session.Groups.Add(group);
                        MarkUsed(i, last);
                    }
                }
            }
        }

        UpdateCurrentSession(clause);
    }
}
