using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Mapping;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>
/// A row of <c>activities</c>: one <see cref="AssemblyActivity"/>. Attendance is two columns, the number and its
/// qualifier, both null when unknown (never 0 for unknown), so the database can sum it.
/// </summary>
public sealed class ActivityRow
{
    /// <summary>Gets or sets the activity's id (primary key).</summary>
    public Id<AssemblyActivity> Id { get; set; }

    /// <summary>Gets or sets the body that organised it.</summary>
    public Id<AssemblyBody> OrganiserId { get; set; }

    /// <summary>Gets or sets the kind.</summary>
    public AssemblyActivityKind Kind { get; set; }

    /// <summary>Gets or sets the day it took place.</summary>
    public LocalDate Date { get; set; }

    /// <summary>
    /// Gets the month it took place in as one number, year × 12 + month − 1, computed and stored by the database from
    /// <see cref="Date"/> (never written by the application): a question by month groups an integer the covering
    /// index holds in order, instead of taking every date apart.
    /// </summary>
    public int MonthNumber { get; private set; }

    /// <summary>Gets or sets the region it took place in.</summary>
    public Region Region { get; set; } = null!;

    /// <summary>Gets or sets the kind of place (the whole region, a district, a city, a village).</summary>
    public PlaceKind PlaceKind { get; set; }

    /// <summary>Gets or sets the place's name in Kazakh; null for the whole region (all three languages or none).</summary>
    public string? PlaceNameKk { get; set; }

    /// <summary>Gets or sets the place's name in Russian; null for the whole region.</summary>
    public string? PlaceNameRu { get; set; }

    /// <summary>Gets or sets the place's name in English; null for the whole region.</summary>
    public string? PlaceNameEn { get; set; }

    /// <summary>Gets or sets how many took part (non-negative), or null when unknown.</summary>
    [QualifiedValue]
    public long? Participants { get; set; }

    /// <summary>Gets or sets how exactly <see cref="Participants"/> is stated; null exactly when it is.</summary>
    public CountQualifier? ParticipantsQualifier { get; set; }

    /// <summary>Gets or sets the project it belongs to, if any.</summary>
    public Id<SocialProject>? ProjectId { get; set; }

    /// <summary>The row of an activity as the document holds it.</summary>
    internal static ActivityRow From(ActivityDocument a) => new()
    {
        Id = a.Id, OrganiserId = a.Organiser, Kind = a.Kind, Date = a.Date,
        Region = a.Place.Region, PlaceKind = a.Place.Kind,
        PlaceNameKk = a.Place.Name?.Kk, PlaceNameRu = a.Place.Name?.Ru, PlaceNameEn = a.Place.Name?.En,
        Participants = a.Participants?.Value, ParticipantsQualifier = a.Participants?.Qualifier, ProjectId = a.Project,
    };

    /// <summary>The activity as the document holds it.</summary>
    internal ActivityDocument ToDocument() => new(
        Id, OrganiserId, Kind, Date, StoredValues.Place(Region, PlaceKind, PlaceNameKk, PlaceNameRu, PlaceNameEn),
        StoredValues.Count(Participants, ParticipantsQualifier), ProjectId);

    /// <summary>The kind as the database stores it: millions of rows, written by binary COPY, with the covering index
    /// the common questions read.</summary>
    internal static StoredKind<ActivityRow, AssemblyActivity> Stored { get; } = new(
        FactKinds.Activities,
        map: b =>
        {
            b.ToTable(t =>
            {
                t.HasCheckConstraint("ck_activities_kind", TableConstraints.Enum<AssemblyActivityKind>("kind"));
                t.HasCheckConstraint("ck_activities_place", TableConstraints.Place());
                t.HasCheckConstraint("ck_activities_participants", TableConstraints.Count("participants"));
            });
            b.HasOne<BodyRow>().WithMany().HasForeignKey(a => a.OrganiserId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<ProjectRow>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);

            b.Property(a => a.MonthNumber).HasComputedColumnSql(Aggregation.ActivityRollupSql.MonthOfDate, stored: true);

            // The common questions group by region, month and kind: this index holds their keys in that order (so groups
            // stream out of an index-only scan, no sort, no hash) and the day, so that a period filter is read from it too.
            b.HasIndex(a => new { a.Region, a.MonthNumber, a.Kind })
                .IncludeProperties(a => new { a.Date, a.Participants, a.ParticipantsQualifier })
                .HasDatabaseName("ix_activities_region_month_kind");
            b.HasIndex(a => a.ProjectId).HasDatabaseName("ix_activities_project");
        },
        mapChildren: null,
        fromDocument: document => document.Activities.Select(From),
        addToDocument: (row, document) => document.Activities.Add(row.ToDocument()),
        id: a => a.Id,
        body: a => a.OrganiserId,
        ofBody: body => a => a.OrganiserId == body,
        inDays: (start, end) => a => a.Date >= start && a.Date <= end,
        writtenByCopy: true);
}
