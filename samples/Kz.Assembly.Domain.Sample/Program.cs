using System;
using Kz.Assembly.Domain.Sample;
using Kz.Assembly.Domain.Samples;

Console.OutputEncoding = System.Text.Encoding.UTF8;

// `read <file> --published yyyy-MM-dd`: read a news report into the model and write it back in four languages.
if (args.Length > 0 && args[0] == "read")
{
    return ReadCommand.Run(args);
}

// `import <file> --connection "…"`: merge a data set document into PostgreSQL (see docs/persistence.md).
if (args.Length > 0 && args[0] == "import")
{
    return await ImportCommand.RunAsync(args, Console.Out, Console.Error);
}

// The main job: print the source article's report from the embedded data set, in Kazakh (Cyrillic, and the Latin
// alphabet of 2021), Russian and English.
foreach (string culture in new[] { "kk", "kk-Latn", "ru", "en" })
{
    Console.Write(TurkistanReport.Render(TurkistanArticle2025.DataSet, culture));
    Console.WriteLine();
}

return 0;
