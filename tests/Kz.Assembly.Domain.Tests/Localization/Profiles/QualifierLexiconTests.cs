using System;
using System.Linq;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Tests.Localization.Profiles;

/// <summary>
/// One qualifier lexicon per language, used for writing and reading: the word a profile writes is the word the enum
/// text names (before, DomainText said «астам» where QuantityText wrote «аса»), and every word in a lexicon, written
/// or only read, parses.
/// </summary>
public class QualifierLexiconTests
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void The_qualifier_names_are_the_words_the_profile_writes(string tag)
    {
        foreach (CountQualifier qualifier in Enum.GetValues<CountQualifier>().Where(q => q != CountQualifier.Exact))
        {
            string written = QuantityText.Format(QualifiedCount.Create(5, qualifier), tag);
            string name = DomainText.Format(qualifier, tag);
            Assert.Contains(name, written, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("39 мыңнан астам", "kk", 39_000, CountQualifier.MoreThan)]
    [InlineData("500 шамасында", "kk", 500, CountQualifier.About)]
    [InlineData("примерно 40", "ru", 40, CountQualifier.About)]
    [InlineData("более чем 2 тысяч", "ru", 2_000, CountQualifier.MoreThan)]
    [InlineData("свыше 10 тыс.", "ru", 10_000, CountQualifier.MoreThan)]
    [InlineData("не меньше 5", "ru", 5, CountQualifier.AtLeast)]
    [InlineData("nearly 9,000", "en", 9_000, CountQualifier.About)]
    [InlineData("over 1.2 million", "en", 1_200_000, CountQualifier.MoreThan)]
    public void Words_that_are_only_read_parse_too(string text, string tag, long value, CountQualifier qualifier) =>
        Assert.Equal(QualifiedCount.Create(value, qualifier), QuantityPhrase.Parse(text, tag));
}
