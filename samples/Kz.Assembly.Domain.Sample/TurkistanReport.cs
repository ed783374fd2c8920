using System.Globalization;
using System.Linq;
using System.Text;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Sample;

/// <summary>The article's report in one language, every figure read through the model and every word from the library's localisation.</summary>
internal static class TurkistanReport
{
    public static string Render(AssemblyDataSet data, string culture)
    {
        var apk = TurkistanArticle2025.Apk;
        var region = TurkistanArticle2025.TurkistanAssembly;
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        string title = region.Name.In(culture);
        Line(title);
        Line(new string('=', title.Length));
        Line(Label(culture, "Әлеуметтік жобалар", "Социальные проекты", "Social projects") + ": "
            + string.Join(", ", data.ProjectsOf(region).Select(p => "«" + p.Name.In(culture) + "»")));
        Line();
        Line(ParticipationReport.Render(data, region, TurkistanArticle2025.YearToDate, culture));
        // The article writes this figure as «2 мыңнан аса»: thousands in words.
        Line(ParticipationReport.Render(data, region, TurkistanArticle2025.ThisYear, culture, ThousandsStyle.Words));
        Line();

        foreach (var body in new[] { region, apk })
        {
            foreach (Session session in data.SessionsOf(body))
            {
                string heading = SessionText.Heading(session, culture);
                string date = session.Date is { } d ? DateText.Format(d, culture) : Label(culture, "күні көрсетілмеген", "дата не указана", "date not given");
                Line($"{heading} ({date})");
                if (session.Theme is { } theme)
                {
                    Line("  " + Label(culture, "Тақырыбы", "Тема", "Theme") + ": «" + theme.In(culture) + "»");
                }

                foreach (SessionOfficial official in session.Officials)
                {
                    string office = official.Office is { } o ? ", " + o.In(culture) : string.Empty;
                    Line("  " + DomainText.Format(official.Role, culture) + ": " + official.Person.Name.In(culture) + office);
                }

                if (!session.ParticipantGroups.IsEmpty)
                {
                    Line("  " + Label(culture, "Қатысушылар", "Участники", "Participants") + ": "
                        + string.Join("; ", session.ParticipantGroups.Select(g => DomainText.Format(g, culture))));
                }
            }
        }

        Line();
        int senators = data.RepresentationIn(apk, Chamber.Senate)?.Members ?? 0;
        int kurultai = data.RepresentationIn(apk, Chamber.NationalKurultai)?.Members ?? 0;
        Line(DomainText.Format(Chamber.Senate, culture) + ": " + senators.ToString(CultureInfo.InvariantCulture)
            + "; " + DomainText.Format(Chamber.NationalKurultai, culture) + ": " + kurultai.ToString(CultureInfo.InvariantCulture));
        foreach (DeputyGroup group in data.DeputyGroups)
        {
            Line(Label(culture, "Палатааралық депутаттар тобы", "Межпалатная депутатская группа", "Inter-chamber deputy group") + ": «" + group.Name.In(culture) + "»");
        }

        var anniversary = apk.AnniversaryIn(TurkistanArticle2025.ThisYear.Year);
        Line(AnniversaryText.Format(anniversary, culture) + ": " + DateText.Format(anniversary.Date, culture));
        return text.ToString();
    }

    private static string Label(string culture, string kazakh, string russian, string english) =>
        LocalizedText.Create(kazakh, russian, english).In(culture);
}
