using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kz.Assembly.Domain.EntityFrameworkCore.Migrations
{
    /// <summary>
    /// The activities' rollups (see <c>Aggregation/ActivityRollupSql.cs</c>): totals per region × month × kind and per
    /// organiser × day × kind × region, kept by statement-level triggers on <c>activities</c> in the same transaction
    /// as every write, whichever path makes it (an import, a merge, EF Core's SaveChanges, COPY, hand-written SQL),
    /// and filled from the activities already stored.
    /// </summary>
    [DbContext(typeof(AssemblyDbContext))]
    [Migration("20261206071500_ActivityRollups")]
    internal sealed class ActivityRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (string statement in Aggregation.ActivityRollupSql.Create)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (string statement in Aggregation.ActivityRollupSql.Drop)
            {
                migrationBuilder.Sql(statement);
            }
        }
    }
}
