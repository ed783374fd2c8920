using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// Appends records to a ledger: individual activities, reported summaries, or raw rows from outside data. One thread
/// writes; <see cref="ToLedger"/> takes an immutable snapshot that any number of threads may read while appending goes on
/// (appends only ever write past a snapshot's records). Every record is validated, and a bad one is rejected with an
/// error that names it (its index and the rule it broke): nothing is dropped or clamped.
/// </summary>
public sealed class ParticipationLedgerBuilder
{
    private const int InitialCapacity = 1024;


    private readonly List<SocialProject?> projects = [null];
    private readonly Dictionary<SocialProject, ushort> projectIds = [];
    private readonly List<Place> places = [];

    // Kind column values: 0..6 are the single kinds (so a record of one kind stores its own value); joint reaches add
    // their kind set on first sight. At most 2^7 - 1 sets exist, so a byte holds the index.
    private readonly List<ActivityKindSet> kindSets = [.. Enum.GetValues<AssemblyActivityKind>().Select(kind => ActivityKindSet.Of(kind))];
    private readonly Dictionary<ActivityKindSet, byte> kindSetIds = Enum.GetValues<AssemblyActivityKind>().ToDictionary(kind => ActivityKindSet.Of(kind), kind => (byte)kind);
    private readonly Dictionary<Place, ushort> placeIds = [];
    private readonly LedgerRollups rollups = new();
    private readonly IrregularRecords irregular = new();
    private LedgerColumns columns = new(InitialCapacity);
    private int count;
    private int firstDay = int.MaxValue;
    private int lastDay = -1;
    private Place? lastPlace;
    private ushort lastPlaceId;
    private SocialProject? lastProject;
    private ushort lastProjectId;

    /// <summary>Gets the number of records appended so far.</summary>
    public int Count => count;

    /// <summary>Appends one activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The activity's date is outside the ledger's years 1995..2100.</exception>
    /// <exception cref="InvalidOperationException">The ledger already holds 65 536 distinct places or projects and this record would add one more.</exception>
    public ParticipationLedgerBuilder Append(AssemblyActivity activity)
    {
        Preconditions.CheckNotNull(activity, nameof(activity));
        if (!LedgerCalendar.IsInRange(activity.Date))
        {
            throw RecordError(nameof(activity), activity.Date, $"dated {Iso(activity.Date)}, outside the ledger's years {DomainCalendar.MinYear}..{DomainCalendar.MaxYear}");
        }

        Write(activity.Place.Region, activity.Date, (byte)activity.Kind, ProjectId(activity.Project), PlaceId(activity.Place), QualifiedCount.Exactly(1), activity.Participants, ParticipationLedger.UnknownPeople);
        return this;
    }

    /// <summary>Appends a reported summary: one record per tally on the last day of its period; its people reached go with the first tally.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The ledger already holds 65 536 distinct places or projects and this record would add one more.</exception>
    public ParticipationLedgerBuilder Append(ReportedSummary summary)
    {
        Preconditions.CheckNotNull(summary, nameof(summary));
        ushort place = PlaceId(summary.Place);
        bool reachWithTally = summary.Tallies.Length == 1;
        foreach (ActivityTally tally in summary.Tallies)
        {
            Write(summary.Place.Region, summary.Period.End, (byte)tally.Kind, 0, place, tally.Count, reachWithTally ? summary.PeopleReached : null, ParticipationLedger.NoPeople);
        }

        if (!reachWithTally && summary.PeopleReached is { } joint)
        {
            // A joint reach is one record of its own, keyed by the summary's kind set: never given to one kind, and
            // counted once when kinds are summed.
            Write(summary.Place.Region, summary.Period.End, KindSetId(summary.ReachKinds), 0, place, QualifiedCount.Zero, joint, ParticipationLedger.NoPeople);
        }

        return this;
    }

    /// <summary>Appends a raw row after checking it: a known region, a date on or after the APK's founding and within the ledger's years, a defined kind.</summary>
    /// <param name="record">The row.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row breaks a rule; the message names the row's index and the rule.</exception>
    /// <exception cref="InvalidOperationException">The ledger already holds 65 536 distinct places or projects and this record would add one more.</exception>
    public ParticipationLedgerBuilder Append(ActivityRecord record)
    {
        if (Validate(record, out Region? region) is { } error)
        {
            throw error;
        }

        Write(region!, record.Date, (byte)record.Kind, ProjectId(record.Project), PlaceId(record.Place ?? Place.WholeRegion(region!)), record.Activities, record.PeopleReached, ParticipationLedger.NoPeople);
        return this;
    }

    /// <summary>Appends a raw row, or returns false (appending nothing) where <see cref="Append(ActivityRecord)"/> would throw.</summary>
    /// <param name="record">The row.</param>
    /// <returns>Whether the row was valid and appended.</returns>
    public bool TryAppend(ActivityRecord record)
    {
        if (Validate(record, out Region? region) is not null)
        {
            return false;
        }

        Place place = record.Place ?? Place.WholeRegion(region!);
        if (!HasRoomFor(placeIds, place, places.Count) || (record.Project is { } project && !HasRoomFor(projectIds, project, projects.Count)))
        {
            return false;
        }

        Write(region!, record.Date, (byte)record.Kind, ProjectId(record.Project), PlaceId(place), record.Activities, record.PeopleReached, ParticipationLedger.NoPeople);
        return true;
    }

    /// <summary>Whether a place or project is known already or can still be given a 16-bit id (see <see cref="NextId"/>).</summary>
    private static bool HasRoomFor<T>(Dictionary<T, ushort> ids, T key, int taken)
        where T : notnull => ids.ContainsKey(key) || !IsFull(taken);

    /// <summary>Whether every 16-bit id is taken: one rule for <see cref="NextId"/>, which throws, and <see cref="TryAppend"/>, which answers false.</summary>
    private static bool IsFull(int taken) => taken > ushort.MaxValue;

    /// <summary>Takes an immutable snapshot of the records appended so far. Cheap: the columns and the rollups' blocks
    /// are shared, not copied (a block is copied only when the builder next writes into it).</summary>
    /// <returns>The ledger.</returns>
    public ParticipationLedger ToLedger()
    {
        var snapshot = new ParticipationLedger(columns, count, [.. projects], [.. places], [.. kindSets], firstDay, lastDay, rollups.Freeze(columns, count), irregular);
        Thread.MemoryBarrier();
        return snapshot;
    }

    /// <summary>Writes one record; <paramref name="whenNoPeople"/> says what a null <paramref name="people"/> means:
    /// the record carries no reach, or the attendance is unknown.</summary>
    private void Write(Region region, LocalDate date, byte kindSet, ushort project, ushort place, QualifiedCount activities, QualifiedCount? people, byte whenNoPeople)
    {
        if (count == columns.Capacity)
        {
            // Grown columns are new arrays: snapshots keep reading the old ones, which never change.
            columns = columns.Grow(count, checked(columns.Capacity * 2));
        }

        int i = count;
        byte regionOrdinal = (byte)RegionTable.Instance.OrdinalOf(region);
        columns.Region[i] = regionOrdinal;
        ushort day = LedgerCalendar.ToDay(date);
        columns.Day[i] = day;
        firstDay = Math.Min(firstDay, day);
        lastDay = Math.Max(lastDay, day);
        columns.Kind[i] = kindSet;
        columns.Project[i] = project;
        columns.Place[i] = place;
        long activityCount = activities.Value, peopleCount = people?.Value ?? 0;
        byte activityQualifier = (byte)activities.Qualifier, peopleQualifier = people is { } p ? (byte)p.Qualifier : whenNoPeople;
        columns.Activities[i] = activityCount;
        columns.ActivityQualifier[i] = activityQualifier;
        columns.People[i] = peopleCount;
        columns.PeopleQualifier[i] = peopleQualifier;
        rollups.Add(regionOrdinal, day, kindSet, activityCount, activityQualifier, peopleCount, peopleQualifier);
        count = i + 1;
    }

    private ArgumentOutOfRangeException? Validate(ActivityRecord record, out Region? region)
    {
        region = null;
        if (!Region.TryFromCode(record.RegionCode, out region))
        {
            return RecordError(nameof(record), record.RegionCode, $"region code '{record.RegionCode}' is not a region of Kazakhstan as of 2025");
        }

        if (!DomainDates.IsIso(record.Date))
        {
            return RecordError(nameof(record), null, $"dated {DomainDates.Iso(record.Date)}, not an ISO date: convert it with WithCalendar(CalendarSystem.Iso)");
        }

        if (record.Date >= DomainCalendar.ApkFoundingDate && LedgerCalendar.IsInRange(record.Date) && !region.ExistedOn(record.Date))
        {
            return RecordError(nameof(record), record.Date, region.ValidateExistedOn(record.Date, nameof(record), "the row")!.Value.Message);
        }

        if (record.Place is { } place && !place.Region.Equals(region))
        {
            return RecordError(nameof(record), record.RegionCode, $"its place {place} lies in {place.Region.Code}, not in {region.Code}");
        }

        if (record.Project is { } project && project.Body.Region is { } projectRegion && !projectRegion.Equals(region))
        {
            return RecordError(nameof(record), record.RegionCode, $"its project {project} belongs to an assembly of {projectRegion.Code}, not of {region.Code}");
        }

        if (record.Date < DomainCalendar.ApkFoundingDate || !LedgerCalendar.IsInRange(record.Date))
        {
            return RecordError(nameof(record), record.Date, $"dated {Iso(record.Date)}, before the APK's founding on {Iso(DomainCalendar.ApkFoundingDate)} or after {DomainCalendar.MaxYear}");
        }

        return Enum.IsDefined(record.Kind)
            ? null
            : RecordError(nameof(record), record.Kind, $"{(int)record.Kind} is not a defined AssemblyActivityKind");
    }

    private ArgumentOutOfRangeException RecordError(string paramName, object? value, string rule) =>
        new(paramName, value, $"Record #{count} is rejected: {rule}.");

    private ushort PlaceId(Place place)
    {
        if (ReferenceEquals(place, lastPlace))
        {
            return lastPlaceId;
        }

        if (!placeIds.TryGetValue(place, out ushort id))
        {
            id = NextId(places.Count, "places", place.ToString());
            places.Add(place);
            placeIds.Add(place, id);
        }

        (lastPlace, lastPlaceId) = (place, id);
        return id;
    }

    private ushort ProjectId(SocialProject? project)
    {
        if (project is null)
        {
            return 0;
        }

        if (ReferenceEquals(project, lastProject))
        {
            return lastProjectId;
        }

        if (!projectIds.TryGetValue(project, out ushort id))
        {
            id = NextId(projects.Count, "projects", project.ToString());
            projects.Add(project);
            projectIds.Add(project, id);
        }

        (lastProject, lastProjectId) = (project, id);
        return id;
    }

    /// <summary>Place and project ids are 16-bit so that the columns stay small; past that a clear error, not a wrap.</summary>
    private ushort NextId(int taken, string what, string which)
    {
        if (IsFull(taken))
        {
            throw new InvalidOperationException(
                $"Record #{count} is rejected: the ledger holds at most {ushort.MaxValue + 1} distinct {what}, and {which} would be one more. Split the data into ledgers by region or year.");
        }

        return (ushort)taken;
    }

    private byte KindSetId(ActivityKindSet set)
    {
        if (!kindSetIds.TryGetValue(set, out byte id))
        {
            id = (byte)kindSets.Count;
            kindSets.Add(set);
            kindSetIds.Add(set, id);
        }

        return id;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
