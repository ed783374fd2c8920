using System.Globalization;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// The scale word a round count is written with: thousands (<c>39 мың</c>), millions (<c>1,2 млн</c> written out:
/// <c>1,2 миллиона</c>) or billions, with at most one decimal, chosen by <see cref="ThousandsStyle"/>: whole thousands
/// from 10 000 up in Auto (every whole thousand in Words), and from a million up a count with at most one decimal in
/// millions (<c>1 200 000</c> is <c>1,2</c> million), from a billion up in billions; never in Digits.
/// </summary>
internal readonly record struct NumberScale(long Divisor, long Whole, int Tenths)
{
    internal const long Thousand = 1_000;
    internal const long Million = 1_000_000;
    internal const long Billion = 1_000_000_000;

    internal bool IsFraction => Tenths != 0;

    internal static NumberScale? For(long value, ThousandsStyle style)
    {
        if (style == ThousandsStyle.Digits || value < Thousand)
        {
            return null;
        }

        if (value >= Billion && value % (Billion / 10) == 0)
        {
            return new NumberScale(Billion, value / Billion, (int)(value % Billion / (Billion / 10)));
        }

        if (value >= Million && value % (Million / 10) == 0)
        {
            return new NumberScale(Million, value / Million, (int)(value % Million / (Million / 10)));
        }

        bool thousands = style == ThousandsStyle.Words ? value % Thousand == 0 : value >= 10_000 && value % Thousand == 0;
        return thousands ? new NumberScale(Thousand, value / Thousand, 0) : null;
    }

    /// <summary>The number before the scale word: <c>39</c>, <c>1,2</c> (kk, ru), <c>1.2</c> (en).</summary>
    internal string Number(string wholeDigits, char decimalSeparator) =>
        IsFraction ? wholeDigits + decimalSeparator + Tenths.ToString(CultureInfo.InvariantCulture) : wholeDigits;
}
