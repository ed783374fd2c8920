using System.Text;

namespace Kz.Assembly.Domain.Tests.Support;

/// <summary>Writes a data set as culture-invariant lines, one fact a line, for snapshot tests.</summary>
internal static class DataSetDump
{
    public static string Write(AssemblyDataSet dataSet)
    {
        var text = new StringBuilder();
        foreach (var body in dataSet.Bodies)
        {
            text.Append("body ").AppendLine(body.ToString());
            foreach (var session in dataSet.SessionsOf(body))
            {
                text.Append("  ").AppendLine(session.ToString());
                foreach (var official in session.Officials)
                {
                    text.Append("    ").AppendLine(official.ToString());
                }
            }

            foreach (var project in dataSet.ProjectsOf(body))
            {
                text.Append("  project ").AppendLine(project.ToString());
            }
        }

        foreach (var summary in dataSet.Summaries)
        {
            text.Append("summary ").AppendLine(summary.ToString());
        }

        foreach (var fact in dataSet.Representation)
        {
            text.Append("representation ").AppendLine(fact.ToString());
        }

        foreach (var group in dataSet.DeputyGroups)
        {
            text.Append("group ").AppendLine(group.ToString());
        }

        foreach (var house in dataSet.FriendshipHouses)
        {
            text.AppendLine(house.ToString());
        }

        return text.ToString();
    }
}
