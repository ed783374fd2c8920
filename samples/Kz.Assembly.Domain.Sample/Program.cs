using System;
using Kz.Assembly.Domain.Sample;
using Kz.Assembly.Domain.Samples;

// The main job: print the source article's report from the embedded data set.
Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.Write(ArticleReport.Render(TurkistanArticle2025.DataSet));
