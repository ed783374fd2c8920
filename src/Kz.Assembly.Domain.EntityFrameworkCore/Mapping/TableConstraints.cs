using System;
using System.Linq;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Mapping;

/// <summary>The SQL of the check constraints several tables share (snake_case column names).</summary>
internal static class TableConstraints
{
    /// <summary>A column limited to an enum's defined values.</summary>
    internal static string Enum<TEnum>(string column)
        where TEnum : struct, Enum =>
        $"{column} IN ({string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)))})";

    /// <summary>A region code <see cref="Region.FromCode"/> knows: every region since 1995, the abolished ones included.</summary>
    internal static string KnownRegion() =>
        $"region IN ({string.Join(", ", Region.AllSince1995.Select(r => $"'{r.Code}'"))})";

    /// <summary>A text in three languages: all three columns, or (where optional) none.</summary>
    internal static string AllOrNone(string prefix) =>
        $"({prefix}_kk IS NULL) = ({prefix}_ru IS NULL) AND ({prefix}_kk IS NULL) = ({prefix}_en IS NULL)";

    /// <summary>A place: a known region; a whole region has no name of its own, any other place has one in all three languages.</summary>
    internal static string Place() =>
        $"{KnownRegion()} AND {Enum<PlaceKind>("place_kind")} AND {AllOrNone("place_name")} AND (place_kind = {(int)PlaceKind.Region}) = (place_name_kk IS NULL)";

    /// <summary>A count that may be unknown: non-negative, with a defined qualifier exactly when it is known.</summary>
    internal static string Count(string column) =>
        $"({column} IS NULL) = ({column}_qualifier IS NULL) AND ({column} IS NULL OR ({column} >= 0 AND {Enum<CountQualifier>(column + "_qualifier")}))";
}
