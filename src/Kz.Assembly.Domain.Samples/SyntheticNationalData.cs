using System;
using System.Collections.Generic;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Samples;

/// <summary>
/// Deterministic synthetic national data: activities of the 20 regional assemblies over 2020–2025, in each region's
/// centre and five districts, a third of them in one of four projects, each dated while its region existed (Abai,
/// Jetisu and Ulytau from 2022-06-08). The same seed gives the same records. The benchmarks measure on it and the
/// dashboard sample shows it beside the article's data set.
/// </summary>
public static class SyntheticNationalData
{
    /// <summary>Makes <paramref name="count"/> activities from a seed.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed; the same seed gives the same activities.</param>
    /// <param name="assemblyOf">The body that organises a region's activities, or null for the region's assembly
    /// founded when the region was (so a data set that already holds a region's assembly can lend it).</param>
    /// <returns>The activities, in no particular order of date or region.</returns>
    public static List<AssemblyActivity> Activities(int count, int seed = 42, Func<Region, AssemblyBody?>? assemblyOf = null)
    {
        var random = new Random(seed);
        var start = new LocalDate(2020, 1, 1);
        int days = Period.DaysBetween(start, new LocalDate(2025, 12, 31)) + 1;
        var regions = Region.All.Select(region =>
        {
            LocalDate founded = region.Established ?? DomainCalendar.ApkFoundingDate;
            int firstDay = Math.Max(0, Period.DaysBetween(start, founded));
            AssemblyBody body = assemblyOf?.Invoke(region) ?? AssemblyBody.Regional(region, founded);
            Place[] places = [Place.WholeRegion(region), .. Enumerable.Range(1, 5).Select(d => Place.Within(region, PlaceKind.District, LocalizedText.Invariant($"{region.Code} D{d}")))];
            SocialProject[] projects = [.. Enumerable.Range(1, 4).Select(p => SocialProject.Create(body, LocalizedText.Invariant($"{region.Code} P{p}")))];
            return (body, places, projects, firstDay);
        }).ToArray();
        QualifiedCount[] participants = [.. Enumerable.Range(0, 500).Select(n => n % 10 == 0 ? QualifiedCount.About(n * 10) : QualifiedCount.Exactly(n))];
        AssemblyActivityKind[] kinds = Enum.GetValues<AssemblyActivityKind>();

        var activities = new List<AssemblyActivity>(count);
        for (int i = 0; i < count; i++)
        {
            var (body, places, projects, firstDay) = regions[random.Next(regions.Length)];
            SocialProject? project = random.Next(3) == 0 ? projects[random.Next(projects.Length)] : null;
            activities.Add(AssemblyActivity.Create(
                body,
                kinds[random.Next(kinds.Length)],
                start.PlusDays(random.Next(firstDay, days)),
                places[random.Next(places.Length)],
                participants[random.Next(participants.Length)],
                project));
        }

        return activities;
    }
}
