using System.Collections.Generic;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <summary>What the report says of one session, gathered over its sentences before the session is created.</summary>
internal sealed class SessionDraft(AssemblyBody body, SessionNumber number, SourcePhrase source)
{
    public AssemblyBody Body { get; } = body;

    public SessionNumber Number { get; } = number;

    public SourcePhrase Source { get; } = source;

    public LocalDate? Date { get; set; }

    public LocalizedText? Theme { get; set; }

    public List<SessionOfficial> Officials { get; } = [];

    public List<ParticipantGroup> Groups { get; } = [];

    public void AddOfficial(Person person, SessionRole role, LocalizedText? office)
    {
        foreach (SessionOfficial official in Officials)
        {
            if (official.Person == person)
            {
                return;
            }
        }

        Officials.Add(SessionOfficial.Create(person, role, office));
    }
}
