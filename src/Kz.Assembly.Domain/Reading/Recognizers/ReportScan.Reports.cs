using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Reading.Scanning;

namespace Kz.Assembly.Domain.Reading.Recognizers;

/// <content>
/// Several reports in one text (a news feed, a newspaper page): a paragraph that opens with a region
/// («В Карагандинской области …», «Қарағанды облысында …») or with a regional assembly («Қарағанды облыстық ҚХА …»)
/// starts the report of that region, and the figures after it are that region's assembly's, not the one the text
/// named first. A region named later in a sentence (a delegation's visit, a venue) does not switch.
/// </content>
internal sealed partial class ReportScan
{
    /// <summary>Prepositions a paragraph may open with before its region («В Карагандинской области», «In Karaganda Region»).</summary>
    private static readonly string[] OpeningPrepositions = ["в", "во", "по", "in", "across"];

    private void SwitchReportAt(Sentence first)
    {
        int start = first.First;
        if (start < first.End && tokens[start].Kind == TokenKind.Word && System.Array.IndexOf(OpeningPrepositions, tokens[start].Norm) >= 0)
        {
            start++;
        }

        Region? opened = null;
        if (start < first.End && RegionAt(start, first.End, out Region? region, out _))
        {
            opened = region;
        }
        else if (start < first.End && IsAssemblyHead(start) && BodyAt(start, first, out _, out _).Region is { } bodyRegion)
        {
            // «Ассамблея народа Казахстана Павлодарской области провела …»
            opened = bodyRegion;
        }

        if (opened is not null && opened != reportRegion)
        {
            reportRegion = opened;
            currentSession = null;
            lastSummary = -1;
        }
    }
}
