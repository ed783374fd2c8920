using System;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Tests.Support;
using static Kz.Assembly.Domain.Metrics.CountQualifier;

namespace Kz.Assembly.Domain.Tests.Metrics;

public class QualifiedCountTests
{
    [Theory]
    [InlineData(Exact, Exact, Exact)]
    [InlineData(Exact, About, About)]
    [InlineData(Exact, MoreThan, MoreThan)]
    [InlineData(Exact, AtLeast, AtLeast)]
    [InlineData(Exact, UpTo, UpTo)]
    [InlineData(About, About, About)]
    [InlineData(About, MoreThan, About)]
    [InlineData(About, UpTo, About)]
    [InlineData(MoreThan, MoreThan, MoreThan)]
    [InlineData(MoreThan, AtLeast, MoreThan)]
    [InlineData(AtLeast, AtLeast, AtLeast)]
    [InlineData(UpTo, UpTo, UpTo)]
    [InlineData(MoreThan, UpTo, About)]
    [InlineData(AtLeast, UpTo, About)]
    public void Qualifiers_combine_by_the_documented_rule(CountQualifier left, CountQualifier right, CountQualifier sum)
    {
        Assert.Equal(sum, QualifiedCount.Combine(left, right));
        Assert.Equal(sum, QualifiedCount.Combine(right, left));
    }

    [Fact]
    public void The_articles_figures_add_up_as_reports_state_them()
    {
        QualifiedCount activities = QualifiedCount.Exactly(631) + QualifiedCount.Exactly(49);
        Assert.Equal(QualifiedCount.Exactly(680), activities);
        Assert.Equal(QualifiedCount.About(48_000), QualifiedCount.About(39_000) + QualifiedCount.About(9_000));
        Assert.Equal(QualifiedCount.MoreThan(2_631), QualifiedCount.MoreThan(2_000) + QualifiedCount.Exactly(631));
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(-5L)]
    [InlineData(long.MinValue)]
    public void Negative_counts_are_rejected(long value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => QualifiedCount.Create(value));
        Assert.Equal("value", exception.ParamName);
        Assert.Equal(value, exception.ActualValue);
        Assert.Contains("negative", exception.Message, StringComparison.Ordinal);
        Assert.False(QualifiedCount.TryCreate(value, Exact, out _));
    }

    [Fact]
    public void An_undefined_qualifier_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QualifiedCount.Create(1, (CountQualifier)9));

    [Fact]
    public void Overflow_throws_and_TryAdd_reports_it()
    {
        QualifiedCount max = QualifiedCount.Exactly(long.MaxValue);
        Assert.Throws<OverflowException>(() => max + QualifiedCount.Exactly(1));
        Assert.False(max.TryAdd(QualifiedCount.Exactly(1), out _));
        Assert.Throws<OverflowException>(() => QualifiedCount.Sum([max, QualifiedCount.About(1)]));
    }

    [Fact]
    public void Default_is_exactly_zero() =>
        Assert.Equal(QualifiedCount.Exactly(0), default(QualifiedCount));

    [Theory]
    [InlineData("631", 631L, Exact)]
    [InlineData("~39000", 39000L, About)]
    [InlineData(">2000", 2000L, MoreThan)]
    [InlineData(">=5", 5L, AtLeast)]
    [InlineData("<=9000", 9000L, UpTo)]
    [InlineData("0", 0L, Exact)]
    [InlineData("9223372036854775807", long.MaxValue, Exact)]
    public void Parse_reads_the_invariant_form(string text, long value, CountQualifier qualifier) =>
        Assert.Equal(QualifiedCount.Create(value, qualifier), QualifiedCount.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("~")]
    [InlineData("about 5")]
    [InlineData("007")]
    [InlineData(" 5")]
    [InlineData("9223372036854775808")]
    [InlineData("<5")]
    public void Parse_rejects_anything_else(string text)
    {
        var exception = Assert.Throws<FormatException>(() => QualifiedCount.Parse(text));
        Assert.Contains($"'{text}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_and_sort_order()
    {
        EqualityContract.Holds(QualifiedCount.About(39_000), QualifiedCount.Create(39_000, About), QualifiedCount.Exactly(39_000));
        EqualityContract.Orders(QualifiedCount.About(10), QualifiedCount.Exactly(11));
        EqualityContract.Orders(QualifiedCount.Exactly(10), QualifiedCount.About(10));
    }

    [Fact]
    public void Parse_of_ToString_round_trips() =>
        Generators.Count.Sample(count => Assert.Equal(count, QualifiedCount.Parse(count.ToString())));

    [Fact]
    public void TryParse_never_throws_on_any_string() =>
        Gen.String.Sample(text => QualifiedCount.TryParse(text, out QualifiedCount count) || count == QualifiedCount.Zero);

    [Fact]
    public void TryParse_never_throws_on_count_shaped_strings() =>
        Gen.OneOf("", "~", ">", ">=", "<=", "<", "-").Select(Gen.String["0123456789"]).Sample((prefix, digits) =>
        {
            bool parsed = QualifiedCount.TryParse(prefix + digits, out _);
            bool canonical = prefix is not ("<" or "-") && digits.Length is > 0 and <= 19 && (digits.Length == 1 || digits[0] != '0')
                && decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) <= long.MaxValue;
            Assert.Equal(canonical, parsed);
        });

    [Fact]
    public void Addition_is_commutative_and_associative_and_adds_values() =>
        Generators.SmallCount.Select(Generators.SmallCount, Generators.SmallCount).Sample((a, b, c) =>
        {
            Assert.Equal(a + b, b + a);
            Assert.Equal((a + b) + c, a + (b + c));
            Assert.Equal(a.Value + b.Value, (a + b).Value);
            Assert.Equal(a, a + QualifiedCount.Zero);
        });

    [Fact]
    public void A_sum_is_exact_only_when_every_part_is_exact() =>
        Generators.SmallCount.Array[1, 10].Sample(parts =>
            Assert.Equal(parts.All(p => p.IsExact), QualifiedCount.Sum(parts).IsExact));
}
