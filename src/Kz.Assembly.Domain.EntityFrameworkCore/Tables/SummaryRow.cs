using System.Collections.Generic;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.EntityFrameworkCore.Mapping;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tables;

/// <summary>
/// A row of <c>summaries</c>: one <see cref="ReportedSummary"/> («631 events and 49 charity actions reached about
/// 39 000 people»). <see cref="ReachKinds"/> names the kinds its reach belongs to jointly, so the database groups a
/// joint reach as one figure and never splits it among its kinds.
/// </summary>
public sealed class SummaryRow
{
    /// <summary>Gets or sets the summary's id (primary key).</summary>
    public Id<ReportedSummary> Id { get; set; }

    /// <summary>Gets or sets the body that reported it.</summary>
    public Id<AssemblyBody> ReporterId { get; set; }

    /// <summary>Gets or sets the region it covers.</summary>
    public Region Region { get; set; } = null!;

    /// <summary>Gets or sets the kind of place it covers.</summary>
    public PlaceKind PlaceKind { get; set; }

    /// <summary>Gets or sets the place's name in Kazakh; null for the whole region (all three languages or none).</summary>
    public string? PlaceNameKk { get; set; }

    /// <summary>Gets or sets the place's name in Russian; null for the whole region.</summary>
    public string? PlaceNameRu { get; set; }

    /// <summary>Gets or sets the place's name in English; null for the whole region.</summary>
    public string? PlaceNameEn { get; set; }

    /// <summary>Gets or sets the days the period covers (a <c>daterange</c>).</summary>
    public DateInterval Period { get; set; } = null!;

    /// <summary>Gets or sets the kind of period (year, quarter, month, year to date, custom).</summary>
    public ReportingPeriodKind PeriodKind { get; set; }

    /// <summary>Gets or sets the kinds the reach belongs to jointly.</summary>
    public ActivityKindSet ReachKinds { get; set; }

    /// <summary>Gets or sets the people reached (non-negative), or null when not stated.</summary>
    [QualifiedValue]
    public long? PeopleReached { get; set; }

    /// <summary>Gets or sets how exactly <see cref="PeopleReached"/> is stated; null exactly when it is.</summary>
    public CountQualifier? PeopleReachedQualifier { get; set; }

    /// <summary>Gets or sets who was reached.</summary>
    public Audience Audience { get; set; }

    /// <summary>Gets or sets the tallies by kind (table <c>summary_tallies</c>).</summary>
    public List<TallyRow> Tallies { get; set; } = [];

    /// <summary>The row of a summary, with its tallies, as the document holds it.</summary>
    internal static SummaryRow From(SummaryDocument s) => new()
    {
        Id = s.Id, ReporterId = s.Reporter, Region = s.Place.Region, PlaceKind = s.Place.Kind,
        PlaceNameKk = s.Place.Name?.Kk, PlaceNameRu = s.Place.Name?.Ru, PlaceNameEn = s.Place.Name?.En,
        Period = s.Period.Interval, PeriodKind = s.Period.Kind,
        ReachKinds = Activities.ActivityKindSet.Of([.. s.Tallies.Select(t => t.Kind)]),
        PeopleReached = s.PeopleReached?.Value, PeopleReachedQualifier = s.PeopleReached?.Qualifier, Audience = s.Audience,
        Tallies = [.. s.Tallies.Select(t => new TallyRow { SummaryId = s.Id, Kind = t.Kind, Count = t.Count.Value, CountQualifier = t.Count.Qualifier })],
    };

    /// <summary>The summary as the document holds it.</summary>
    internal SummaryDocument ToDocument() => new(
        Id, ReporterId, StoredValues.Place(Region, PlaceKind, PlaceNameKk, PlaceNameRu, PlaceNameEn), Store.StoredPeriod.Read(PeriodKind, Period),
        [.. Tallies.OrderBy(t => t.Kind).Select(t => new TallyDocument(t.Kind, QualifiedCount.Create(t.Count, t.CountQualifier)))],
        StoredValues.Count(PeopleReached, PeopleReachedQualifier), Audience);

    /// <summary>The kind as the database stores it: a summary answers for the days its period overlaps; its tallies
    /// are a child table, read and deleted with it.</summary>
    internal static StoredKind<SummaryRow, ReportedSummary> Stored { get; } = new(
        FactKinds.Summaries,
        map: b =>
        {
            b.ToTable(t =>
            {
                t.HasCheckConstraint("ck_summaries_place", TableConstraints.Place());
                t.HasCheckConstraint("ck_summaries_period_kind", TableConstraints.Enum<ReportingPeriodKind>("period_kind"));
                t.HasCheckConstraint("ck_summaries_period", "NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)");
                t.HasCheckConstraint("ck_summaries_people_reached", TableConstraints.Count("people_reached"));
                t.HasCheckConstraint("ck_summaries_audience", TableConstraints.Enum<Audience>("audience"));
            });
            b.HasOne<BodyRow>().WithMany().HasForeignKey(s => s.ReporterId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(s => s.Tallies).WithOne().HasForeignKey(t => t.SummaryId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(s => new { s.Region, s.ReachKinds }).HasDatabaseName("ix_summaries_region_reach_kinds");
        },
        mapChildren: model => model.Entity<TallyRow>(TallyRow.Map),
        fromDocument: document => document.Summaries.Select(From),
        addToDocument: (row, document) => document.Summaries.Add(row.ToDocument()),
        id: s => s.Id,
        body: s => s.ReporterId,
        ofBody: body => s => s.ReporterId == body,
        inDays: (start, end) => s => s.Period.Start <= end && s.Period.End >= start,
        withChildren: summaries => summaries.Include(s => s.Tallies));
}
