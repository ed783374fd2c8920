namespace Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;

/// <summary>
/// The activities' rollup tables and the trigger that keeps them, as SQL. Every measure is a sum, including the
/// qualifiers (a count of rows per qualifier, not a flag), so a deletion subtracts exactly what its insertion added and
/// each change is applied as a delta: <c>INSERT … ON CONFLICT DO UPDATE SET x = x + delta</c>, which PostgreSQL
/// serialises per key under concurrent writers (the conflicting row is locked and re-read), so no writer's delta is
/// lost and no rollup has to be recomputed from the activities. Writers of activities take the imports' advisory
/// lock in the trigger, so they apply their deltas one transaction at a time and never deadlock on rollup keys. The
/// trigger functions run as the schema's owner (<c>SECURITY DEFINER</c>, with the search path of the migration), so an
/// application role that may write activities needs no right on the rollups beyond reading them.
/// </summary>
internal static class ActivityRollupSql
{
    /// <summary>The month of a date as one integer, year × 12 + month − 1: what the month rollup is keyed by.</summary>
    internal const string MonthOfDate = "(extract(year FROM date)::integer * 12 + extract(month FROM date)::integer - 1)";

    internal static readonly string[] Create =
    [
        $"""
        CREATE TABLE activity_month_rollups (
            month integer NOT NULL,
            region character varying(8) NOT NULL,
            kind integer NOT NULL,
            {MeasureColumns},
            CONSTRAINT pk_activity_month_rollups PRIMARY KEY (month, region, kind))
        """,
        $"""
        CREATE TABLE activity_day_rollups (
            day date NOT NULL,
            organiser_id character varying(100) NOT NULL,
            region character varying(8) NOT NULL,
            kind integer NOT NULL,
            {MeasureColumns},
            CONSTRAINT pk_activity_day_rollups PRIMARY KEY (day, organiser_id, region, kind))
        """,
        $"""
        CREATE FUNCTION activity_rollups_apply() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path FROM CURRENT AS $function$
        DECLARE
            changes text := CASE TG_OP
                WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
                WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
                ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows'
            END;
        BEGIN
            -- One writer of activities at a time, to its commit: a transaction of several statements would otherwise
            -- take rollup keys in an order no ORDER BY can fix, and two such transactions could deadlock. The key is
            -- the imports' own (advisory locks stack within a session), so an import passes straight through.
            PERFORM pg_advisory_xact_lock({Store.DataSetMerge.ImportLock});
            EXECUTE format($sql${ApplyMonthDeltas("%1$s")}$sql$, changes);
            EXECUTE format($sql${ApplyDayDeltas("%1$s")}$sql$, changes);
            IF TG_OP <> 'INSERT' THEN
                EXECUTE format($sql${DropEmptyMonths("%1$s")}$sql$, changes);
                EXECUTE format($sql${DropEmptyDays("%1$s")}$sql$, changes);
            END IF;
            RETURN NULL;
        END
        $function$
        """,
        "CREATE TRIGGER activity_rollups_insert AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_rollups_apply()",
        "CREATE TRIGGER activity_rollups_update AFTER UPDATE ON activities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_rollups_apply()",
        "CREATE TRIGGER activity_rollups_delete AFTER DELETE ON activities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_rollups_apply()",
        """
        CREATE FUNCTION activity_rollups_truncate() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path FROM CURRENT AS $function$
        BEGIN
            TRUNCATE activity_month_rollups, activity_day_rollups;
            RETURN NULL;
        END
        $function$
        """,
        "CREATE TRIGGER activity_rollups_truncate AFTER TRUNCATE ON activities FOR EACH STATEMENT EXECUTE FUNCTION activity_rollups_truncate()",

        // The activities stored before the rollups existed.
        ApplyMonthDeltas("SELECT 1 AS sign, * FROM activities"),
        ApplyDayDeltas("SELECT 1 AS sign, * FROM activities"),
    ];

    internal static readonly string[] Drop =
    [
        "DROP TRIGGER activity_rollups_truncate ON activities",
        "DROP TRIGGER activity_rollups_delete ON activities",
        "DROP TRIGGER activity_rollups_update ON activities",
        "DROP TRIGGER activity_rollups_insert ON activities",
        "DROP FUNCTION activity_rollups_truncate()",
        "DROP FUNCTION activity_rollups_apply()",
        "DROP TABLE activity_day_rollups",
        "DROP TABLE activity_month_rollups",
    ];

    /// <summary>The measures, in the order <see cref="Sums"/> computes them and the readers read them.</summary>
    internal const string Measures = "activities, participants, unknown_attendance, exact, about, more_than, at_least, up_to";

    private const string MeasureColumns = """
        activities bigint NOT NULL,
        participants bigint NOT NULL,
        unknown_attendance bigint NOT NULL,
        exact bigint NOT NULL,
        about bigint NOT NULL,
        more_than bigint NOT NULL,
        at_least bigint NOT NULL,
        up_to bigint NOT NULL
        """;

    /// <summary>The measures of signed activity rows (<c>sign</c> +1 for a row added, −1 for one removed).</summary>
    private const string Sums = """
        sum(sign), sum(sign * coalesce(participants, 0)),
        sum(CASE WHEN participants IS NULL THEN sign ELSE 0 END),
        sum(CASE WHEN participants_qualifier = 0 THEN sign ELSE 0 END),
        sum(CASE WHEN participants_qualifier = 1 THEN sign ELSE 0 END),
        sum(CASE WHEN participants_qualifier = 2 THEN sign ELSE 0 END),
        sum(CASE WHEN participants_qualifier = 3 THEN sign ELSE 0 END),
        sum(CASE WHEN participants_qualifier = 4 THEN sign ELSE 0 END)
        """;

    private const string AddExcluded = """
        activities = r.activities + excluded.activities,
        participants = r.participants + excluded.participants,
        unknown_attendance = r.unknown_attendance + excluded.unknown_attendance,
        exact = r.exact + excluded.exact,
        about = r.about + excluded.about,
        more_than = r.more_than + excluded.more_than,
        at_least = r.at_least + excluded.at_least,
        up_to = r.up_to + excluded.up_to
        """;

    /// <summary>Adds the signed rows of <paramref name="changes"/> (a SELECT) to the month rollup, keys in order so
    /// that concurrent writers lock them in the same order.</summary>
    private static string ApplyMonthDeltas(string changes) => $"""
        INSERT INTO activity_month_rollups AS r (month, region, kind, {Measures})
        SELECT {MonthOfDate}, region, kind, {Sums} FROM ({changes}) c GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (month, region, kind) DO UPDATE SET {AddExcluded}
        """;

    /// <summary>Adds the signed rows of <paramref name="changes"/> to the day rollup, as <see cref="ApplyMonthDeltas"/>.</summary>
    private static string ApplyDayDeltas(string changes) => $"""
        INSERT INTO activity_day_rollups AS r (day, organiser_id, region, kind, {Measures})
        SELECT date, organiser_id, region, kind, {Sums} FROM ({changes}) c GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, organiser_id, region, kind) DO UPDATE SET {AddExcluded}
        """;

    /// <summary>Removes the month keys the changes touched that no activity holds any more.</summary>
    private static string DropEmptyMonths(string changes) => $"""
        DELETE FROM activity_month_rollups r USING (SELECT DISTINCT {MonthOfDate} AS month, region, kind FROM ({changes}) c) k
        WHERE r.month = k.month AND r.region = k.region AND r.kind = k.kind AND r.activities = 0
        """;

    /// <summary>Removes the day keys the changes touched that no activity holds any more.</summary>
    private static string DropEmptyDays(string changes) => $"""
        DELETE FROM activity_day_rollups r USING (SELECT DISTINCT date, organiser_id, region, kind FROM ({changes}) c) k
        WHERE r.day = k.date AND r.organiser_id = k.organiser_id AND r.region = k.region AND r.kind = k.kind AND r.activities = 0
        """;
}
