using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kz.Assembly.Domain.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    internal partial class MonthNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activities_region_date_kind",
                table: "activities");

            migrationBuilder.AddColumn<int>(
                name: "month_number",
                table: "activities",
                type: "integer",
                nullable: false,
                computedColumnSql: "(extract(year FROM date)::integer * 12 + extract(month FROM date)::integer - 1)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_activities_region_month_kind",
                table: "activities",
                columns: new[] { "region", "month_number", "kind" })
                .Annotation("Npgsql:IndexInclude", new[] { "date", "participants", "participants_qualifier" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activities_region_month_kind",
                table: "activities");

            migrationBuilder.DropColumn(
                name: "month_number",
                table: "activities");

            migrationBuilder.CreateIndex(
                name: "ix_activities_region_date_kind",
                table: "activities",
                columns: new[] { "region", "date", "kind" })
                .Annotation("Npgsql:IndexInclude", new[] { "participants", "participants_qualifier" });
        }
    }
}
