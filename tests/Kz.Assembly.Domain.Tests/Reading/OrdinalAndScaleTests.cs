using System.Linq;
using Kz.Assembly.Domain.Reading;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>Session numbers in ordinal words and digits, and scale abbreviations with a decimal point (issue 21):
/// «2.5 mln people» was read as 5 people, «отыз бесінші сессиясы» as a session without a number.</summary>
public class OrdinalAndScaleTests
{
    private static readonly LocalDate Published = new(2025, 5, 20);

    [Theory]
    [InlineData("Түркістан облыстық Қазақстан халқы Ассамблеясының отыз бесінші сессиясы өтті.", 35)]
    [InlineData("Түркістан облыстық ҚХА-ның жиырмасыншы сессиясы өтті.", 20)]
    [InlineData("Түркістан облыстық ҚХА-ның қырқыншы сессиясы өтті.", 40)]
    [InlineData("Түркістан облыстық ҚХА-ның екінші сессиясы өтті.", 2)]
    [InlineData("Түркістан облыстық ҚХА-ның 35-ші сессиясы өтті.", 35)]
    [InlineData("Прошла тридцать пятая сессия Ассамблеи народа Казахстана Туркестанской области.", 35)]
    [InlineData("На тридцать пятой сессии Ассамблеи народа Казахстана Туркестанской области выступил аким.", 35)]
    [InlineData("Прошла двадцать третья сессия Ассамблеи народа Казахстана Туркестанской области.", 23)]
    [InlineData("Прошла пятнадцатая сессия Ассамблеи народа Казахстана Туркестанской области.", 15)]
    [InlineData("Состоялась 20-ая сессия ассамблеи Туркестанской области.", 20)]
    [InlineData("The thirty-fifth session of the Turkistan Regional Assembly was held in Turkistan.", 35)]
    [InlineData("The twelfth session of the Turkistan Regional Assembly was held in Turkistan.", 12)]
    [InlineData("The 35th session of the Turkistan Regional Assembly was held in Turkistan.", 35)]
    [InlineData("Түркістан облыстық ҚХА-ның XXXV-ші сессиясы өтті.", 35)]
    [InlineData("Түркістан облыстық ҚХА-ның ХХ-шы сессиясы өтті.", 20)]
    [InlineData("Состоялась XXXV-я сессия ассамблеи Туркестанской области.", 35)]
    [InlineData("The 35th regular session of the Turkistan Regional Assembly was held in Turkistan.", 35)]
    [InlineData("Состоялась XXXV очередная сессия ассамблеи Туркестанской области.", 35)]
    [InlineData("Түркістан облыстық ҚХА-ның XXXV кезекті сессиясы өтті.", 35)]
    public void A_session_numbered_in_ordinal_words_or_digits_is_read(string text, int number)
    {
        ReadSession session = Assert.Single(ReportReader.Read(text, Published).Facts.OfType<ReadSession>());
        Assert.Equal(number, session.Session.Number.Value);
    }

    [Fact]
    public void An_ordinary_adjective_before_a_session_is_no_number()
    {
        ReportReading reading = ReportReader.Read("Прошла очередная сессия Ассамблеи народа Казахстана Туркестанской области.", Published);
        Assert.Empty(reading.Facts.OfType<ReadSession>());
    }

    [Theory]
    [InlineData("Turkistan Regional Assembly: since the start of the year 2.5 mln people took part in 1.2 thousand events.", 2_500_000)]
    [InlineData("Turkistan Regional Assembly: this year 1.5 million people took part in 2 thousand events.", 1_500_000)]
    [InlineData("Түркістан облыстық ҚХА жыл басынан бері 1,5 млн адамды қамтыған 2 мың іс-шара өткізді.", 1_500_000)]
    [InlineData("Ассамблея Туркестанской области с начала года провела 2 тыс. мероприятий, охват составил 2,5 млн человек.", 2_500_000)]
    public void Scale_words_and_abbreviations_multiply_a_decimal_count(string text, long people)
    {
        ReadSummary summary = Assert.Single(ReportReader.Read(text, Published).Facts.OfType<ReadSummary>());
        Assert.Equal(people, summary.Summary.PeopleReached!.Value.Value);
    }
}
