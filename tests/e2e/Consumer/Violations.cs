using System;
using System.Globalization;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Consumer;

// One violation of each rule, ASM0001 to ASM0010; the CI step checks that exactly these appear.
public static class Violations
{
    private static readonly AssemblyBody Apk = AssemblyBody.National("apk", LocalizedText.Create("Ассамблея", "Ассамблея", "Assembly"), new LocalDate(1995, 3, 1));

    public static SessionNumber Asm0001() => SessionNumber.Create(0);

    public static int Asm0002() => RomanNumeral.Parse("XXVIIII");

    public static LocalizedText Asm0003() => LocalizedText.Create("Мың бaла", "Мың бала", "Myn Bala");

    public static SessionNumber Asm0004() => default(SessionNumber);

    public static Session Asm0005() => Session.Create(Apk, SessionNumber.Create(1), new LocalDate(1990, 5, 1));

    public static LocalDate Asm0006() => KazakhstanTime.Today(SystemClock.Instance);

    public static QualifiedCount Asm0007(QualifiedCount total)
    {
        total.Add(QualifiedCount.Exactly(1));
        return total;
    }

    public static int Asm0008(Chamber chamber)
    {
        switch (chamber)
        {
            case Chamber.Senate:
                return 5;
        }

        return 0;
    }

    public static string Asm0009(Region region) => region.ToString();

    public static SessionHistory Asm0010() => SessionHistory.Create(Apk, [
        Session.Create(Apk, SessionNumber.Create(34), null),
        Session.Create(Apk, SessionNumber.Create(34), null),
    ]);

    public static long Asm0011(QualifiedCount[] counts) => System.Linq.Enumerable.Sum(counts, c => c.Value);

    public static string Clean() => string.Create(CultureInfo.InvariantCulture, $"{SessionNumber.Create(27)}");
}
