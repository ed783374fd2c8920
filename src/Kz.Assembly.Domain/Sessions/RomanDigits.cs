using System.Text;

namespace Kz.Assembly.Domain.Sessions;

/// <summary>Writes 1..3999 in canonical Latin Roman numerals: the form sessions are numbered in.</summary>
internal static class RomanDigits
{
    private static readonly (int Value, string Symbol)[] Table =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    internal static string Format(int value)
    {
        var builder = new StringBuilder(15);
        foreach ((int part, string symbol) in Table)
        {
            while (value >= part)
            {
                builder.Append(symbol);
                value -= part;
            }
        }

        return builder.ToString();
    }
}
