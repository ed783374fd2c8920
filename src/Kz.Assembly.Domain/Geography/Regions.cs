namespace Kz.Assembly.Domain.Geography;

/// <summary>The regions and cities of republican significance of Kazakhstan as of 2025, by name.</summary>
public static class Regions
{
    /// <summary>Gets Abai Region (KZ-10, Абай облысы).</summary>
    public static Region Abai => Region.FromCode("KZ-10");

    /// <summary>Gets Akmola Region (KZ-11, Ақмола облысы).</summary>
    public static Region Akmola => Region.FromCode("KZ-11");

    /// <summary>Gets Aktobe Region (KZ-15, Ақтөбе облысы).</summary>
    public static Region Aktobe => Region.FromCode("KZ-15");

    /// <summary>Gets Almaty Region (KZ-19, Алматы облысы).</summary>
    public static Region AlmatyRegion => Region.FromCode("KZ-19");

    /// <summary>Gets Atyrau Region (KZ-23, Атырау облысы).</summary>
    public static Region Atyrau => Region.FromCode("KZ-23");

    /// <summary>Gets West Kazakhstan Region (KZ-27, Батыс Қазақстан облысы).</summary>
    public static Region WestKazakhstan => Region.FromCode("KZ-27");

    /// <summary>Gets Jambyl Region (KZ-31, Жамбыл облысы).</summary>
    public static Region Jambyl => Region.FromCode("KZ-31");

    /// <summary>Gets Jetisu Region (KZ-33, Жетісу облысы).</summary>
    public static Region Jetisu => Region.FromCode("KZ-33");

    /// <summary>Gets Karaganda Region (KZ-35, Қарағанды облысы).</summary>
    public static Region Karaganda => Region.FromCode("KZ-35");

    /// <summary>Gets Kostanay Region (KZ-39, Қостанай облысы).</summary>
    public static Region Kostanay => Region.FromCode("KZ-39");

    /// <summary>Gets Kyzylorda Region (KZ-43, Қызылорда облысы).</summary>
    public static Region Kyzylorda => Region.FromCode("KZ-43");

    /// <summary>Gets Mangystau Region (KZ-47, Маңғыстау облысы).</summary>
    public static Region Mangystau => Region.FromCode("KZ-47");

    /// <summary>Gets Pavlodar Region (KZ-55, Павлодар облысы).</summary>
    public static Region Pavlodar => Region.FromCode("KZ-55");

    /// <summary>Gets North Kazakhstan Region (KZ-59, Солтүстік Қазақстан облысы).</summary>
    public static Region NorthKazakhstan => Region.FromCode("KZ-59");

    /// <summary>Gets Turkistan Region (KZ-61, Түркістан облысы).</summary>
    public static Region Turkistan => Region.FromCode("KZ-61");

    /// <summary>Gets Ulytau Region (KZ-62, Ұлытау облысы).</summary>
    public static Region Ulytau => Region.FromCode("KZ-62");

    /// <summary>Gets East Kazakhstan Region (KZ-63, Шығыс Қазақстан облысы).</summary>
    public static Region EastKazakhstan => Region.FromCode("KZ-63");

    /// <summary>Gets Astana (KZ-71, Астана).</summary>
    public static Region Astana => Region.FromCode("KZ-71");

    /// <summary>Gets Almaty (KZ-75, Алматы).</summary>
    public static Region AlmatyCity => Region.FromCode("KZ-75");

    /// <summary>Gets Shymkent (KZ-79, Шымкент).</summary>
    public static Region Shymkent => Region.FromCode("KZ-79");
}
