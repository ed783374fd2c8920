using System.Linq;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Samples;
using Microsoft.EntityFrameworkCore;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Aggregation;

[Collection(DatabaseTests.Name)]
public sealed class JointReachTests(PostgresCluster cluster)
{
    [SkippableFact]
    public async Task The_articles_joint_reach_stays_one_figure_for_events_and_charity_actions()
    {
        TestDatabase database = await TestDatabase.MigratedAsync(cluster);
        await using AssemblyDbContext context = database.Context();
        await context.ImportDataSetAsync(TurkistanArticle2025.DataSet);

        DatabaseAggregate[] reach = await context.Summaries.ReachByRegionKinds().ToArrayAsync();

        DatabaseAggregate joint = Assert.Single(reach, r => r.Kinds == ActivityKindSet.Of(AssemblyActivityKind.Event, AssemblyActivityKind.CharityAction));
        Assert.Equal(QualifiedCount.About(39_000), joint.PeopleReached);
        Assert.Null(joint.Kind);
        Assert.DoesNotContain(reach, r => r.Kinds == ActivityKindSet.Of(AssemblyActivityKind.CharityAction));

        // The same question in memory gives the same figure.
        KindReach inMemory = TurkistanArticle2025.DataSet.PeopleReached(TurkistanArticle2025.TurkistanAssembly, TurkistanArticle2025.YearToDate, AssemblyActivityKind.CharityAction);
        Assert.Equal(inMemory.Shared.Single().People, joint.PeopleReached);
    }
}
