using System;
using System.Collections.Generic;
using System.Text.Json;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.AspNetCore.Binding;

/// <summary>
/// The values a web app takes from a route or a query string, each read by its JSON rule (so one value has one rule
/// wherever it arrives), with what OpenAPI says of it: its pattern, an example and a description.
/// </summary>
internal static class DomainValues
{
    private static readonly Dictionary<Type, Described> Known = new()
    {
        [typeof(LocalDate)] = new("date", @"^\d{4}-\d{2}-\d{2}$", "2025-04-24", "A calendar day in ISO 8601 (year-month-day)."),
        [typeof(ReportingPeriod)] = new(null, @"^(\d{4}(-Q[1-4]|-\d{2})?|YTD \d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2})$", "2025-Q1", "A reporting period: a year (2025), a quarter (2025-Q2), a month (2025-04), a year to date (YTD 2025-04-24) or a run of days (2025-01-10/2025-02-20), in the years 1995..2100."),
        [typeof(Region)] = new(null, "^KZ-[A-Z0-9]{2,3}$", "KZ-61", "A region of Kazakhstan by its ISO 3166-2:KZ code (regions abolished in 1997 by the library's codes, such as KZ-TAL); names are not read."),
        [typeof(SessionNumber)] = new(null, "^[IVXLCDM]+$", "XXVII", "A session's number as a Roman numeral, 1..3999."),
        [typeof(QualifiedCount)] = new(null, @"^(~|>|>=|<=)?\d+$", "~39000", "A count with how exactly it is stated: 631, ~39000 (about), >500 (more than), >=500 (at least), <=500 (up to)."),
        [typeof(ActivityKindSet)] = new(null, "^[A-Za-z]+(\\+[A-Za-z]+)*$", "Event+CharityAction", "One or more kinds of activity joined by +."),
    };

    /// <summary>
    /// Reads a value from route or query text by its JSON rule: the text is read as the JSON string it would be in a
    /// document. The one place MVC's binder and minimal APIs' <see cref="DomainParameter{T}"/> take values from text.
    /// </summary>
    /// <exception cref="JsonException">The text breaks the type's rule; the message names it.</exception>
    internal static object? FromText(string text, Type type, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(text), type, options);

    /// <summary>Whether the binders read this type (a nullable one by its underlying type).</summary>
    internal static bool IsBound(Type type) => Describe(type) is not null || IsDomainEnum(type);

    /// <summary>What OpenAPI says of a bound type other than an enum, or null.</summary>
    internal static Described? Describe(Type type)
    {
        if (Known.TryGetValue(type, out Described? described))
        {
            return described;
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Id<>)
            ? new Described(null, "^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$", "apk-kz-61", $"The id of a {type.GetGenericArguments()[0].Name}: lower-case Latin letters, digits and inner hyphens, 1..100 characters.")
            : null;
    }

    /// <summary>An enum of the library: written and read by name only.</summary>
    internal static bool IsDomainEnum(Type type) =>
        type.IsEnum && type.Namespace is { } ns && ns.StartsWith("Kz.Assembly.Domain", StringComparison.Ordinal);

    /// <summary>A type's name as an error message says it: <c>Id&lt;AssemblyBody&gt;</c> rather than <c>Id`1</c>.</summary>
    internal static string NameOf(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", Array.ConvertAll(type.GetGenericArguments(), NameOf))}>" : type.Name;

    internal sealed record Described(string? Format, string Pattern, string Example, string Description);
}
