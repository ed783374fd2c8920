using System;
using System.Linq;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Maps the store's facts to PostgreSQL tables (snake_case names) with the invariants the database can hold: keys and
/// foreign keys for every reference, one session number per body, non-negative counts, a known qualifier exactly when
/// a count is known, terms that end after they start, dissolutions after foundations, enum columns limited to their
/// defined values, and the Senate's five seats. Call it from <see cref="DbContext.OnModelCreating"/>, with
/// <see cref="Conversion.AssemblyDomainConventions.AddAssemblyDomainConventions"/> in
/// <see cref="DbContext.ConfigureConventions"/>.
/// </summary>
public static class AssemblyDomainModel
{
    /// <summary>Maps every table of the store.</summary>
    /// <param name="model">The model builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static ModelBuilder MapAssemblyDomain(this ModelBuilder model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.Entity<BodyRow>(MapBodies);
        model.Entity<PersonRow>(b => b.ToTable(Table(FactKinds.People)).HasKey(p => p.Id));
        model.Entity<SessionRow>(MapSessions);
        model.Entity<SessionOfficialRow>(MapOfficials);
        model.Entity<CouncilMembershipRow>(MapMemberships);
        model.Entity<ProjectRow>(b =>
        {
            b.ToTable(Table(FactKinds.Projects)).HasKey(p => p.Id);
            b.HasOne<BodyRow>().WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<ActivityRow>(MapActivities);
        model.Entity<SummaryRow>(MapSummaries);
        model.Entity<TallyRow>(MapTallies);
        model.Entity<RepresentationRow>(MapRepresentation);
        model.Entity<DeputyGroupRow>(b =>
        {
            b.ToTable(Table(FactKinds.DeputyGroups)).HasKey(g => g.Id);
            b.HasOne<BodyRow>().WithMany().HasForeignKey(g => g.BodyId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<FriendshipHouseRow>(MapFriendshipHouses);
        SnakeCase.Apply(model);
        return model;
    }

    private static void MapBodies(EntityTypeBuilder<BodyRow> b)
    {
        b.ToTable(Table(FactKinds.Bodies), t =>
        {
            t.HasCheckConstraint("ck_bodies_level", Enum<AssemblyLevel>("level"));
            t.HasCheckConstraint("ck_bodies_region", $"(level = 0) = (region IS NULL) AND (region IS NULL OR {KnownRegion()})");
            t.HasCheckConstraint("ck_bodies_dissolved_after_founded", "dissolved IS NULL OR dissolved > founded");
            t.HasCheckConstraint("ck_bodies_successor_needs_dissolution", "successor_id IS NULL OR dissolved IS NOT NULL");
        });
        b.HasKey(x => x.Id);
        b.HasOne<BodyRow>().WithMany().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Restrict);
    }

    private static void MapSessions(EntityTypeBuilder<SessionRow> b)
    {
        b.ToTable(Table(FactKinds.Sessions), t =>
        {
            t.HasCheckConstraint("ck_sessions_number", $"number BETWEEN {SessionNumber.MinValue} AND {SessionNumber.MaxValue}");
            t.HasCheckConstraint("ck_sessions_theme", AllOrNone("theme"));
        });
        b.HasKey(s => s.Id);
        b.HasIndex(s => new { s.BodyId, s.Number }).IsUnique().HasDatabaseName("ux_sessions_body_number");
        b.HasOne<BodyRow>().WithMany().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Officials).WithOne().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void MapOfficials(EntityTypeBuilder<SessionOfficialRow> b)
    {
        b.ToTable("session_officials", t =>
        {
            t.HasCheckConstraint("ck_session_officials_role", Enum<SessionRole>("role"));
            t.HasCheckConstraint("ck_session_officials_office", AllOrNone("office"));
        });
        b.HasKey(o => new { o.SessionId, o.Position });
        b.HasOne<PersonRow>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Restrict);
    }

    private static void MapMemberships(EntityTypeBuilder<CouncilMembershipRow> b)
    {
        b.ToTable(Table(FactKinds.CouncilMemberships), t =>
        {
            t.HasCheckConstraint("ck_council_memberships_category", Enum<MemberCategory>("category"));

            // A range whose end precedes its start cannot even be written; an empty or start-less one is refused here.
            t.HasCheckConstraint("ck_council_memberships_term", "NOT isempty(term) AND NOT lower_inf(term)");
            t.HasCheckConstraint("ck_council_memberships_on_behalf_of", AllOrNone("on_behalf_of"));
        });
        b.HasKey(m => m.Id);
        b.HasOne<BodyRow>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PersonRow>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
    }

    private static void MapActivities(EntityTypeBuilder<ActivityRow> b)
    {
        b.ToTable(Table(FactKinds.Activities), t =>
        {
            t.HasCheckConstraint("ck_activities_kind", Enum<AssemblyActivityKind>("kind"));
            t.HasCheckConstraint("ck_activities_place", Place());
            t.HasCheckConstraint("ck_activities_participants", Count("participants"));
        });
        b.HasKey(a => a.Id);
        b.HasOne<BodyRow>().WithMany().HasForeignKey(a => a.OrganiserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProjectRow>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);

        b.Property(a => a.MonthNumber).HasComputedColumnSql(Aggregation.ActivityRollupSql.MonthOfDate, stored: true);

        // The common questions group by region, month and kind: this index holds their keys in that order (so groups
        // stream out of an index-only scan, no sort, no hash) and the day, so that a period filter is read from it too.
        b.HasIndex(a => new { a.Region, a.MonthNumber, a.Kind })
            .IncludeProperties(a => new { a.Date, a.Participants, a.ParticipantsQualifier })
            .HasDatabaseName("ix_activities_region_month_kind");
        b.HasIndex(a => a.ProjectId).HasDatabaseName("ix_activities_project");
    }

    private static void MapSummaries(EntityTypeBuilder<SummaryRow> b)
    {
        b.ToTable(Table(FactKinds.Summaries), t =>
        {
            t.HasCheckConstraint("ck_summaries_place", Place());
            t.HasCheckConstraint("ck_summaries_period_kind", Enum<ReportingPeriodKind>("period_kind"));
            t.HasCheckConstraint("ck_summaries_period", "NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)");
            t.HasCheckConstraint("ck_summaries_people_reached", Count("people_reached"));
            t.HasCheckConstraint("ck_summaries_audience", Enum<Audience>("audience"));
        });
        b.HasKey(s => s.Id);
        b.HasOne<BodyRow>().WithMany().HasForeignKey(s => s.ReporterId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Tallies).WithOne().HasForeignKey(t => t.SummaryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.Region, s.ReachKinds }).HasDatabaseName("ix_summaries_region_reach_kinds");
    }

    private static void MapTallies(EntityTypeBuilder<TallyRow> b)
    {
        b.ToTable("summary_tallies", t =>
        {
            t.HasCheckConstraint("ck_summary_tallies_kind", Enum<AssemblyActivityKind>("kind"));
            t.HasCheckConstraint("ck_summary_tallies_count", $"count >= 0 AND {Enum<CountQualifier>("count_qualifier")}");
        });
        b.HasKey(t => new { t.SummaryId, t.Kind });
    }

    private static void MapRepresentation(EntityTypeBuilder<RepresentationRow> b)
    {
        b.ToTable(Table(FactKinds.Representation), t =>
        {
            t.HasCheckConstraint("ck_representation_chamber", Enum<Chamber>("chamber"));
            t.HasCheckConstraint(
                "ck_representation_members",
                $"members >= 0 AND (chamber <> {(int)Chamber.Senate} OR members <= {SenateRecommendations.SeatCount})");
        });
        b.HasKey(r => r.Id);
        b.HasOne<BodyRow>().WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Restrict);
    }

    private static void MapFriendshipHouses(EntityTypeBuilder<FriendshipHouseRow> b)
    {
        b.ToTable(Table(FactKinds.FriendshipHouses), t =>
        {
            t.HasCheckConstraint("ck_friendship_houses_place", Place());
            t.HasCheckConstraint(
                "ck_friendship_houses_days",
                "(proposed_on IS NOT NULL OR opened_on IS NOT NULL) AND (proposed_on IS NULL OR opened_on IS NULL OR opened_on >= proposed_on)");
        });
        b.HasKey(h => h.Id);
        b.HasOne<BodyRow>().WithMany().HasForeignKey(h => h.BodyId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <summary>A column limited to an enum's defined values.</summary>
    private static string Enum<TEnum>(string column)
        where TEnum : struct, Enum =>
        $"{column} IN ({string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)))})";

    /// <summary>A region code <see cref="Region.FromCode"/> knows: every region since 1995, the abolished ones included.</summary>
    private static string KnownRegion() =>
        $"region IN ({string.Join(", ", Region.AllSince1995.Select(r => $"'{r.Code}'"))})";

    /// <summary>A kind's table: its name in the core's catalogue, in snake case (<c>councilMemberships</c> → <c>council_memberships</c>).</summary>
    internal static string Table(FactKind kind) => SnakeCase.Of(kind.Name);

    /// <summary>A text in three languages: all three columns, or (where optional) none.</summary>
    private static string AllOrNone(string prefix) =>
        $"({prefix}_kk IS NULL) = ({prefix}_ru IS NULL) AND ({prefix}_kk IS NULL) = ({prefix}_en IS NULL)";

    /// <summary>A place: a known region; a whole region has no name of its own, any other place has one in all three languages.</summary>
    private static string Place() =>
        $"{KnownRegion()} AND {Enum<PlaceKind>("place_kind")} AND {AllOrNone("place_name")} AND (place_kind = {(int)PlaceKind.Region}) = (place_name_kk IS NULL)";

    /// <summary>A count that may be unknown: non-negative, with a defined qualifier exactly when it is known.</summary>
    private static string Count(string column) =>
        $"({column} IS NULL) = ({column}_qualifier IS NULL) AND ({column} IS NULL OR ({column} >= 0 AND {Enum<CountQualifier>(column + "_qualifier")}))";
}
