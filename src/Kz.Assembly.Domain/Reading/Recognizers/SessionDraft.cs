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

    private readonly HashSet<Person> seated = [];

    /// <summary>Adds a person's role, once: the first role the report gives a person is kept.</summary>
    public void AddOfficial(Person person, SessionRole role, LocalizedText? office)
    {
        if (seated.Add(person))
        {
            Officials.Add(SessionOfficial.Create(person, role, office));
        }
    }
}
