namespace Kz.Assembly.Domain.Dashboard;

/// <summary>The dashboard's settings (section <c>Dashboard</c>; the connection string <c>Assembly</c> chooses PostgreSQL).</summary>
public sealed class DashboardOptions
{
    /// <summary>Gets or sets how many synthetic national activities the embedded data holds beside the article's.</summary>
    public int SyntheticActivities { get; set; } = 200_000;

    /// <summary>Gets or sets the largest report the reader accepts, in bytes (1 MB by default); more is a 413 problem.</summary>
    public int ReportSizeLimit { get; set; } = 1 << 20;
}
