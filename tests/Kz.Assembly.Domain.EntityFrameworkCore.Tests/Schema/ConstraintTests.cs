using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Npgsql;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Schema;

/// <summary>
/// The database refuses what C# refuses, even from SQL written by hand: each statement breaks one rule, and the
/// error names the constraint that holds it.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class ConstraintTests(PostgresCluster cluster)
{
    private const string Body = "INSERT INTO bodies VALUES ('apk-kz-61', 1, 'KZ-61', 'kk', 'ru', 'en', '2000-01-01', NULL, NULL);";
    private const string Person = "INSERT INTO people VALUES ('someone', 'kk', 'ru', 'en');";

    public static TheoryData<string, string> Violations => new()
    {
        { "INSERT INTO sessions (id, body_id, number, participant_groups) VALUES ('s0', 'apk-kz-61', 0, '{}')", "ck_sessions_number" },
        { "INSERT INTO sessions (id, body_id, number, participant_groups) VALUES ('s4000', 'apk-kz-61', 4000, '{}')", "ck_sessions_number" },
        {
            "INSERT INTO sessions (id, body_id, number, participant_groups) VALUES ('a', 'apk-kz-61', 27, '{}'), ('b', 'apk-kz-61', 27, '{}')",
            "ux_sessions_body_number"
        },
        { "INSERT INTO sessions (id, body_id, number, participant_groups, theme_kk) VALUES ('t', 'apk-kz-61', 1, '{}', 'тақырып')", "ck_sessions_theme" },
        { "INSERT INTO sessions (id, body_id, number, participant_groups) VALUES ('x', 'no-such-body', 1, '{}')", "fk_sessions_body_id" },
        { Activity("participants, participants_qualifier", "-5, 0"), "ck_activities_participants" },
        { Activity("participants, participants_qualifier", "5, NULL"), "ck_activities_participants" },
        { Activity("participants, participants_qualifier", "NULL, 1"), "ck_activities_participants" },
        { Activity("participants, participants_qualifier", "5, 9"), "ck_activities_participants" },
        { Activity("kind", "7"), "ck_activities_kind" },
        { Activity("place_kind, place_name_kk, place_name_ru, place_name_en", "1, NULL, NULL, NULL"), "ck_activities_place" },
        { Activity("place_kind, place_name_kk, place_name_ru, place_name_en", "0, 'a', 'b', 'c'"), "ck_activities_place" },
        { Membership("'[2020-01-01,2020-01-01)'"), "ck_council_memberships_term" },
        { Membership("'(,2020-01-01]'"), "ck_council_memberships_term" },
        { "INSERT INTO bodies VALUES ('b2', 1, 'KZ-61', 'kk', 'ru', 'en', '2000-01-01', '1999-01-01', NULL)", "ck_bodies_dissolved_after_founded" },
        { "INSERT INTO bodies VALUES ('b3', 0, 'KZ-61', 'kk', 'ru', 'en', '2000-01-01', NULL, NULL)", "ck_bodies_region" },
        { "INSERT INTO representation VALUES ('r', 'apk-kz-61', 0, 6, NULL)", "ck_representation_members" },
        { "INSERT INTO representation VALUES ('r', 'apk-kz-61', 2, -1, NULL)", "ck_representation_members" },
        { Summary("'[2025-01-01,2025-04-25)'", "-1, 1"), "ck_summaries_people_reached" },
        { Summary("'[2025-01-01,)'", "1, 1"), "ck_summaries_period" },
        { "INSERT INTO friendship_houses (id, body_id, region, place_kind) VALUES ('h', 'apk-kz-61', 'KZ-61', 0)", "ck_friendship_houses_days" },
        {
            "INSERT INTO friendship_houses (id, body_id, region, place_kind, proposed_on, opened_on) VALUES ('h', 'apk-kz-61', 'KZ-61', 0, '2025-01-01', '2024-01-01')",
            "ck_friendship_houses_days"
        },
    };

    [SkippableTheory]
    [MemberData(nameof(Violations))]
    public async Task The_database_refuses_a_row_that_breaks_a_rule(string statement, string constraint)
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, Body + Person);

        PostgresException refused = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, statement));

        Assert.Equal(constraint, refused.ConstraintName);
    }

    [SkippableFact]
    public async Task A_term_that_ends_before_it_starts_cannot_even_be_written()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, Body + Person);

        PostgresException refused = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, Membership("'[2021-01-01,2020-01-01]'")));

        Assert.Equal(PostgresErrorCodes.DataException, refused.SqlState);
        Assert.Contains("range lower bound must be less than or equal to range upper bound", refused.MessageText, System.StringComparison.Ordinal);
    }

    /// <summary>A valid activity but for the columns given (a comma-separated list and its values).</summary>
    private static string Activity(string columns, string values)
    {
        var row = new System.Collections.Generic.Dictionary<string, string>
        {
            ["id"] = "'a'", ["organiser_id"] = "'apk-kz-61'", ["kind"] = "0", ["date"] = "'2025-01-01'", ["region"] = "'KZ-61'", ["place_kind"] = "0",
        };
        string[] names = columns.Split(", ");
        string[] given = values.Split(", ");
        for (int i = 0; i < names.Length; i++)
        {
            row[names[i]] = given[i];
        }

        return $"INSERT INTO activities ({string.Join(", ", row.Keys)}) VALUES ({string.Join(", ", row.Values)})";
    }

    private static string Membership(string term) =>
        $"INSERT INTO council_memberships (id, body_id, person_id, category, term) VALUES ('m', 'apk-kz-61', 'someone', 0, {term})";

    private static string Summary(string period, string reached) =>
        "INSERT INTO summaries (id, reporter_id, region, place_kind, period, period_kind, reach_kinds, people_reached, people_reached_qualifier, audience) " +
        $"VALUES ('s', 'apk-kz-61', 'KZ-61', 0, {period}, 4, 'Event', {reached}, 0)";

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
