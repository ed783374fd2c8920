using System;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>
/// A data set of random activities from a seed: one regional body per region that existed through 2019–2025, a few
/// projects, every kind, dates over seven years (leap days included), attendance known, qualified or unknown.
/// </summary>
internal static class RandomActivities
{
    private static readonly LocalDate Founded = new(2019, 1, 1);
    private static readonly int Days = Period.Between(Founded, new LocalDate(2025, 12, 31), PeriodUnits.Days).Days;

    public static AssemblyDataSet DataSet(int count, int seed)
    {
        var random = new Random(seed);
        AssemblyBody[] bodies =
        [
            .. Region.All.Where(r => r.ExistedOn(Founded)).Select(r => AssemblyBody.Create(
                "apk-" + r.Code.ToLowerInvariant(), AssemblyLevel.Regional, r, LocalizedText.Create("Ассамблея", "Ассамблея", "Assembly"), Founded)),
        ];
        SocialProject[] projects =
        [
            .. bodies.Take(4).Select((b, i) => SocialProject.Create(b, LocalizedText.Create($"Жоба {i}", $"Проект {i}", $"Project {i}"), Founded)),
        ];
        var builder = new AssemblyDataSetBuilder();
        foreach (AssemblyBody body in bodies)
        {
            builder.Add(body);
        }

        foreach (SocialProject project in projects)
        {
            builder.Add(project);
        }

        AssemblyActivityKind[] kinds = Enum.GetValues<AssemblyActivityKind>();
        for (int i = 0; i < count; i++)
        {
            SocialProject? project = random.Next(10) == 0 ? projects[random.Next(projects.Length)] : null;
            AssemblyBody body = project?.Body ?? bodies[random.Next(bodies.Length)];
            builder.Add(AssemblyActivity.Create(
                body,
                kinds[random.Next(kinds.Length)],
                Founded.PlusDays(random.Next(Days + 1)),
                Place.WholeRegion(body.Region!),
                Participants(random),
                project).WithId(Identity.Id<AssemblyActivity>.Parse("activity-" + i, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return builder.Build();
    }

    private static QualifiedCount? Participants(Random random) => random.Next(20) switch
    {
        0 => null,
        1 => QualifiedCount.About(random.Next(1, 50) * 100),
        2 => QualifiedCount.MoreThan(random.Next(1, 50) * 10),
        3 => QualifiedCount.UpTo(random.Next(1, 500)),
        _ => QualifiedCount.Exactly(random.Next(0, 1000)),
    };
}
