using System;
using Kz.Assembly.Domain.Sample;
using Kz.Assembly.Domain.Samples;

// The main job: print the source article's report from the embedded data set, in Kazakh (Cyrillic, and the Latin
// alphabet of 2021), Russian and English.
Console.OutputEncoding = System.Text.Encoding.UTF8;
foreach (string culture in new[] { "kk", "kk-Latn", "ru", "en" })
{
    Console.Write(TurkistanReport.Render(TurkistanArticle2025.DataSet, culture));
    Console.WriteLine();
}
