using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using NpgsqlTypes;

#nullable disable

namespace Kz.Assembly.Domain.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    internal partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bodies",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    region = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    name_kk = table.Column<string>(type: "text", nullable: false),
                    name_ru = table.Column<string>(type: "text", nullable: false),
                    name_en = table.Column<string>(type: "text", nullable: false),
                    founded = table.Column<LocalDate>(type: "date", nullable: false),
                    dissolved = table.Column<LocalDate>(type: "date", nullable: true),
                    successor_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bodies", x => x.id);
                    table.CheckConstraint("ck_bodies_dissolved_after_founded", "dissolved IS NULL OR dissolved > founded");
                    table.CheckConstraint("ck_bodies_level", "level IN (0, 1, 2)");
                    table.CheckConstraint("ck_bodies_region", "(level = 0) = (region IS NULL) AND (region IS NULL OR region IN ('KZ-10', 'KZ-11', 'KZ-15', 'KZ-19', 'KZ-23', 'KZ-27', 'KZ-31', 'KZ-33', 'KZ-35', 'KZ-39', 'KZ-43', 'KZ-47', 'KZ-55', 'KZ-59', 'KZ-61', 'KZ-62', 'KZ-63', 'KZ-71', 'KZ-75', 'KZ-79', 'KZ-KOK', 'KZ-SEM', 'KZ-TAL', 'KZ-TUR', 'KZ-ZHE'))");
                    table.CheckConstraint("ck_bodies_successor_needs_dissolution", "successor_id IS NULL OR dissolved IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_bodies_successor_id",
                        column: x => x.successor_id,
                        principalTable: "bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_kk = table.Column<string>(type: "text", nullable: false),
                    name_ru = table.Column<string>(type: "text", nullable: false),
                    name_en = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "deputy_groups",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    body_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_kk = table.Column<string>(type: "text", nullable: false),
                    name_ru = table.Column<string>(type: "text", nullable: false),
                    name_en = table.Column<string>(type: "text", nullable: false),
                    inter_chamber = table.Column<bool>(type: "boolean", nullable: false),
                    formed = table.Column<LocalDate>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deputy_groups", x => x.id);
                    table.ForeignKey(
                        name: "fk_deputy_groups_body_id",
                        column: x => x.body_id,
                        principalTable: "bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "friendship_houses",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    body_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    place_kind = table.Column<int>(type: "integer", nullable: false),
                    place_name_kk = table.Column<string>(type: "text", nullable: true),
                    place_name_ru = table.Column<string>(type: "text", nullable: true),
                    place_name_en = table.Column<string>(type: "text", nullable: true),
                    proposed_on = table.Column<LocalDate>(type: "date", nullable: true),
                    opened_on = table.Column<LocalDate>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_friendship_houses", x => x.id);
                    table.CheckConstraint("ck_friendship_houses_days", "(proposed_on IS NOT NULL OR opened_on IS NOT NULL) AND (proposed_on IS NULL OR opened_on IS NULL OR opened_on >= proposed_on)");
                    table.CheckConstraint("ck_friendship_houses_place", "region IN ('KZ-10', 'KZ-11', 'KZ-15', 'KZ-19', 'KZ-23', 'KZ-27', 'KZ-31', 'KZ-33', 'KZ-35', 'KZ-39', 'KZ-43', 'KZ-47', 'KZ-55', 'KZ-59', 'KZ-61', 'KZ-62', 'KZ-63', 'KZ-71', 'KZ-75', 'KZ-79', 'KZ-KOK', 'KZ-SEM', 'KZ-TAL', 'KZ-TUR', 'KZ-ZHE') AND place_kind IN (0, 1, 2, 3) AND (place_name_kk IS NULL) = (place_name_ru IS NULL) AND (place_name_kk IS NULL) = (place_name_en IS NULL) AND (place_kind = 0) = (place_name_kk IS NULL)");
                    table.ForeignKey(
                        name: "fk_friendship_houses_body_id",
                        column: x => x.body_id,
                        principalTable: "bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    body_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_kk = table.Column<string>(type: "text", nullable: false),
                    name_ru = table.Column<string>(type: "text", nullable: false),
                    name_en = table.Column<string>(type: "text", nullable: false),
                    start = table.Column<LocalDate>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_projects", x => x.id);
                    table.ForeignKey(
                        name: "fk_projects_body_id",
                        column: x => x.body_id,
                        principalTable: "bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "representation",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    body_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    chamber = table.Column<int>(type: "integer", nullable: false),
                    members = table.Column<int>(type: "integer", nullable: false),
                    as_of = table.Column<LocalDate>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_representation", x => x.id);
                    table.CheckConstraint("ck_representation_chamber", "chamber IN (0, 1, 2)");
                    table.CheckConstraint("ck_representation_members", "members >= 0 AND (chamber <> 0 OR members <= 5)");
                    table.ForeignKey(
                        name: "fk_representation_body_id",
                        column: x => x.body_id,
                        principalTable: "bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    body_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<LocalDate>(type: "date", nullable: true),
                    theme_kk = table.Column<string>(type: "text", nullable: true),
                    theme_ru = table.Column<string>(type: "text", nullable: true),
                    theme_en = table.Column<string>(type: "text", nullable: true),
                    participant_groups = table.Column<int[]>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.CheckConstraint("ck_sessions_number", "number BETWEEN 1 AND 3999");
                    table.CheckConstraint("ck_sessions_theme", "(theme_kk IS NULL) = (theme_ru IS NULL) AND (theme_kk IS NULL) = (theme_en IS NULL)");
                    table.ForeignKey(
                        name: "fk_sessions_body_id",
                        column: x => x.body_id,
                        principalTable: "bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "summaries",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reporter_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    place_kind = table.Column<int>(type: "integer", nullable: false),
                    place_name_kk = table.Column<string>(type: "text", nullable: true),
                    place_name_ru = table.Column<string>(type: "text", nullable: true),
                    place_name_en = table.Column<string>(type: "text", nullable: true),
                    period = table.Column<DateInterval>(type: "daterange", nullable: false),
                    period_kind = table.Column<int>(type: "integer", nullable: false),
                    reach_kinds = table.Column<string>(type: "text", nullable: false),
                    people_reached = table.Column<long>(type: "bigint", nullable: true),
                    people_reached_qualifier = table.Column<int>(type: "integer", nullable: true),
                    audience = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_summaries", x => x.id);
                    table.CheckConstraint("ck_summaries_audience", "audience IN (0, 1)");
                    table.CheckConstraint("ck_summaries_people_reached", "(people_reached IS NULL) = (people_reached_qualifier IS NULL) AND (people_reached IS NULL OR (people_reached >= 0 AND people_reached_qualifier IN (0, 1, 2, 3, 4)))");
                    table.CheckConstraint("ck_summaries_period", "NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)");
                    table.CheckConstraint("ck_summaries_period_kind", "period_kind IN (0, 1, 2, 3, 4)");
                    table.CheckConstraint("ck_summaries_place", "region IN ('KZ-10', 'KZ-11', 'KZ-15', 'KZ-19', 'KZ-23', 'KZ-27', 'KZ-31', 'KZ-33', 'KZ-35', 'KZ-39', 'KZ-43', 'KZ-47', 'KZ-55', 'KZ-59', 'KZ-61', 'KZ-62', 'KZ-63', 'KZ-71', 'KZ-75', 'KZ-79', 'KZ-KOK', 'KZ-SEM', 'KZ-TAL', 'KZ-TUR', 'KZ-ZHE') AND place_kind IN (0, 1, 2, 3) AND (place_name_kk IS NULL) = (place_name_ru IS NULL) AND (place_name_kk IS NULL) = (place_name_en IS NULL) AND (place_kind = 0) = (place_name_kk IS NULL)");
                    table.ForeignKey(
                        name: "fk_summaries_reporter_id",
                        column: x => x.reporter_id,
                        principalTable: "bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "council_memberships",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    body_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    person_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<int>(type: "integer", nullable: false),
                    term = table.Column<NpgsqlRange<LocalDate>>(type: "daterange", nullable: false),
                    on_behalf_of_kk = table.Column<string>(type: "text", nullable: true),
                    on_behalf_of_ru = table.Column<string>(type: "text", nullable: true),
                    on_behalf_of_en = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_council_memberships", x => x.id);
                    table.CheckConstraint("ck_council_memberships_category", "category IN (0, 1, 2, 3, 4)");
                    table.CheckConstraint("ck_council_memberships_on_behalf_of", "(on_behalf_of_kk IS NULL) = (on_behalf_of_ru IS NULL) AND (on_behalf_of_kk IS NULL) = (on_behalf_of_en IS NULL)");
                    table.CheckConstraint("ck_council_memberships_term", "NOT isempty(term) AND NOT lower_inf(term)");
                    table.ForeignKey(
                        name: "fk_council_memberships_body_id",
                        column: x => x.body_id,
                        principalTable: "bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_council_memberships_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    organiser_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<LocalDate>(type: "date", nullable: false),
                    region = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    place_kind = table.Column<int>(type: "integer", nullable: false),
                    place_name_kk = table.Column<string>(type: "text", nullable: true),
                    place_name_ru = table.Column<string>(type: "text", nullable: true),
                    place_name_en = table.Column<string>(type: "text", nullable: true),
                    participants = table.Column<long>(type: "bigint", nullable: true),
                    participants_qualifier = table.Column<int>(type: "integer", nullable: true),
                    project_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                    table.CheckConstraint("ck_activities_kind", "kind IN (0, 1, 2, 3, 4, 5, 6)");
                    table.CheckConstraint("ck_activities_participants", "(participants IS NULL) = (participants_qualifier IS NULL) AND (participants IS NULL OR (participants >= 0 AND participants_qualifier IN (0, 1, 2, 3, 4)))");
                    table.CheckConstraint("ck_activities_place", "region IN ('KZ-10', 'KZ-11', 'KZ-15', 'KZ-19', 'KZ-23', 'KZ-27', 'KZ-31', 'KZ-33', 'KZ-35', 'KZ-39', 'KZ-43', 'KZ-47', 'KZ-55', 'KZ-59', 'KZ-61', 'KZ-62', 'KZ-63', 'KZ-71', 'KZ-75', 'KZ-79', 'KZ-KOK', 'KZ-SEM', 'KZ-TAL', 'KZ-TUR', 'KZ-ZHE') AND place_kind IN (0, 1, 2, 3) AND (place_name_kk IS NULL) = (place_name_ru IS NULL) AND (place_name_kk IS NULL) = (place_name_en IS NULL) AND (place_kind = 0) = (place_name_kk IS NULL)");
                    table.ForeignKey(
                        name: "fk_activities_organiser_id",
                        column: x => x.organiser_id,
                        principalTable: "bodies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_activities_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "session_officials",
                columns: table => new
                {
                    session_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    office_kk = table.Column<string>(type: "text", nullable: true),
                    office_ru = table.Column<string>(type: "text", nullable: true),
                    office_en = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_officials", x => new { x.session_id, x.position });
                    table.CheckConstraint("ck_session_officials_office", "(office_kk IS NULL) = (office_ru IS NULL) AND (office_kk IS NULL) = (office_en IS NULL)");
                    table.CheckConstraint("ck_session_officials_role", "role IN (0, 1, 2)");
                    table.ForeignKey(
                        name: "fk_session_officials_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_session_officials_session_id",
                        column: x => x.session_id,
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "summary_tallies",
                columns: table => new
                {
                    summary_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    count = table.Column<long>(type: "bigint", nullable: false),
                    count_qualifier = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_summary_tallies", x => new { x.summary_id, x.kind });
                    table.CheckConstraint("ck_summary_tallies_count", "count >= 0 AND count_qualifier IN (0, 1, 2, 3, 4)");
                    table.CheckConstraint("ck_summary_tallies_kind", "kind IN (0, 1, 2, 3, 4, 5, 6)");
                    table.ForeignKey(
                        name: "fk_summary_tallies_summary_id",
                        column: x => x.summary_id,
                        principalTable: "summaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_organiser_id",
                table: "activities",
                column: "organiser_id");

            migrationBuilder.CreateIndex(
                name: "ix_activities_project",
                table: "activities",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "ix_activities_region_date_kind",
                table: "activities",
                columns: new[] { "region", "date", "kind" })
                .Annotation("Npgsql:IndexInclude", new[] { "participants", "participants_qualifier" });

            migrationBuilder.CreateIndex(
                name: "IX_bodies_successor_id",
                table: "bodies",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "IX_council_memberships_body_id",
                table: "council_memberships",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "IX_council_memberships_person_id",
                table: "council_memberships",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "IX_deputy_groups_body_id",
                table: "deputy_groups",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "IX_friendship_houses_body_id",
                table: "friendship_houses",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "IX_projects_body_id",
                table: "projects",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "IX_representation_body_id",
                table: "representation",
                column: "body_id");

            migrationBuilder.CreateIndex(
                name: "IX_session_officials_person_id",
                table: "session_officials",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ux_sessions_body_number",
                table: "sessions",
                columns: new[] { "body_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_summaries_region_reach_kinds",
                table: "summaries",
                columns: new[] { "region", "reach_kinds" });

            migrationBuilder.CreateIndex(
                name: "IX_summaries_reporter_id",
                table: "summaries",
                column: "reporter_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "council_memberships");

            migrationBuilder.DropTable(
                name: "deputy_groups");

            migrationBuilder.DropTable(
                name: "friendship_houses");

            migrationBuilder.DropTable(
                name: "representation");

            migrationBuilder.DropTable(
                name: "session_officials");

            migrationBuilder.DropTable(
                name: "summary_tallies");

            migrationBuilder.DropTable(
                name: "projects");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropTable(
                name: "summaries");

            migrationBuilder.DropTable(
                name: "bodies");
        }
    }
}
