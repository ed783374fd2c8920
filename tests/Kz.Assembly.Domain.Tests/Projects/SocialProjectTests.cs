using System;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Tests.Support;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Projects;

public class SocialProjectTests
{
    private static readonly LocalizedText Eltanu = LocalizedText.Create("Елтану", "Елтану", "Eltanu");

    [Fact]
    public void A_project_cannot_start_before_its_body_existed()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => SocialProject.Create(TurkistanArticle2025.TurkistanAssembly, Eltanu, new LocalDate(1994, 1, 1)));
        Assert.Equal("start", exception.ParamName);
        Assert.False(SocialProject.TryCreate(TurkistanArticle2025.TurkistanAssembly, Eltanu, new LocalDate(1994, 1, 1), out _));
    }

    [Fact]
    public void Projects_are_identified_by_body_and_Kazakh_name() =>
        EqualityContract.Holds(
            SocialProject.Create(TurkistanArticle2025.TurkistanAssembly, Eltanu),
            SocialProject.Create(TurkistanArticle2025.TurkistanAssembly, Eltanu, new LocalDate(2024, 1, 1)),
            SocialProject.Create(TurkistanArticle2025.Apk, Eltanu));
}
