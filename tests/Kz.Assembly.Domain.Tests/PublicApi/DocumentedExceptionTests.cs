using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;
using Article = Kz.Assembly.Domain.Samples.TurkistanArticle2025;

namespace Kz.Assembly.Domain.Tests.PublicApi;

/// <summary>
/// Walks the public surface: every public method and constructor is called with values drawn from a pool of edge
/// cases (null, blank, undefined enum values, other calendars, the ends of each range, the sample's entities), and
/// every exception it throws must be listed in its XML docs, by its type or a base type. A caller who reads the docs
/// is never surprised. Found in v2: ReportingPeriod.Custom, Term.Contains, RepresentationFact.Create and the ledger's
/// Append threw exceptions their docs did not list.
/// </summary>
public class DocumentedExceptionTests
{
    private const int CallsPerMember = 200;

    private static readonly System.Reflection.Assembly Library = typeof(AssemblyDataSet).Assembly;

    [Fact]
    public void Every_exception_a_public_member_throws_is_in_its_docs()
    {
        Dictionary<string, HashSet<string>> documented = DocumentedExceptions();
        Dictionary<Type, object?[]> pool = Pool();
        var undocumented = new SortedSet<string>(StringComparer.Ordinal);
        int calls = 0, members = 0;
        var random = new Random(20261206);
        foreach (MethodBase member in Members())
        {
            ParameterInfo[] parameters = member.GetParameters();
            Type? receiver = member.IsStatic || member is ConstructorInfo ? null : member.DeclaringType;
            object?[]? receivers = receiver is null ? [null] : Candidates(pool, receiver)?.Where(r => r is not null).ToArray();
            object?[]?[] found = [.. parameters.Select(p => Candidates(pool, p.ParameterType))];
            if (receivers is null || receivers.Length == 0 || found.Any(a => a is null || a.Length == 0))
            {
                continue;
            }

            object?[][] arguments = [.. found.Select(a => a!)];

            members++;
            HashSet<string> allowed = documented.GetValueOrDefault(Key(member)) ?? [];
            for (int call = 0; call < CallsPerMember; call++)
            {
                object? target = receivers[random.Next(receivers.Length)];
                // Every candidate of every parameter at least once, then at random.
                object?[] values = [.. arguments.Select(a => a[call < a.Length ? call : random.Next(a.Length)])];
                calls++;
                try
                {
                    _ = member is ConstructorInfo constructor ? constructor.Invoke(values) : member.Invoke(target, values);
                }
                catch (TargetInvocationException invocation) when (invocation.InnerException is { } thrown)
                {
                    if (!IsDocumented(thrown.GetType(), allowed))
                    {
                        undocumented.Add($"{Key(member)}: {thrown.GetType().Name}: {thrown.Message.Split('\n')[0]}");
                    }
                }
            }
        }

        Assert.True(members > 300, $"only {members} members could be called");
        Assert.True(undocumented.Count == 0, $"{undocumented.Count} undocumented (of {calls} calls on {members} members):\n" + string.Join("\n", undocumented));
    }

    private static bool IsDocumented(Type thrown, HashSet<string> allowed)
    {
        for (Type? type = thrown; type is not null && type != typeof(Exception) && type != typeof(SystemException); type = type.BaseType)
        {
            if (allowed.Contains(type.FullName!))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<MethodBase> Members() =>
        from type in Library.GetExportedTypes()
        where !type.IsGenericTypeDefinition && !type.IsInterface && !typeof(Delegate).IsAssignableFrom(type) && !type.IsEnum
        from member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).OfType<MethodBase>()
        where !member.IsAbstract && !(member is MethodInfo { IsGenericMethodDefinition: true })
        where member.GetParameters().All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsPointer && !p.ParameterType.IsByRefLike)
        where member.DeclaringType != typeof(object) && member.Name is not ("Equals" or "GetHashCode" or "Deconstruct" or "<Clone>$" or "PrintMembers")
        select member;

    /// <summary>The values a parameter of a type is drawn from; null when the pool has nothing that fits.</summary>
    private static object?[]? Candidates(Dictionary<Type, object?[]> pool, Type type)
    {
        if (pool.TryGetValue(type, out object?[]? values))
        {
            return values;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Candidates(pool, underlying) is { } inner ? [null, .. inner] : null;
        }

        if (type.IsEnum)
        {
            return [.. Enum.GetValues(type).Cast<object?>(), Enum.ToObject(type, 99)];
        }

        if (type.IsValueType)
        {
            return null;
        }

        object?[] fitting = [.. pool.Values.SelectMany(v => v).Where(v => v is not null && type.IsInstanceOfType(v)).Distinct()];
        return fitting.Length == 0 ? null : [null, .. fitting];
    }

    private static Dictionary<Type, object?[]> Pool()
    {
        AssemblyDataSet data = Article.DataSet;
        AssemblyDataSet karaganda = Samples.KaragandaDataSetTests.Build();
        var julian = new LocalDate(2025, 4, 24, CalendarSystem.Julian);
        var pool = new Dictionary<Type, object?[]>
        {
            [typeof(string)] = [null, string.Empty, " ", "x", "XXVII", "ХХVІІ", "kk", "ru", "en", "kk-Latn", "kz", "2025-Q2", "2025-Q5", "~39000", "-5", "KZ-61", "KZ-99", "apk-kz-61", "Bad Id!", "39 мыңға жуық", "Абай\uD800", "G", "D", "W", "yyyy"],
            [typeof(int)] = [0, 1, -1, 12, 27, 1995, 2025, 3999, 4000, 70_000],
            [typeof(long)] = [0L, 1L, -1L, 39_000L, 1_000_000_000_000L, long.MaxValue, long.MinValue],
            [typeof(decimal)] = [0m, 1.5m, -2m, 21m, 1_000_000m],
            [typeof(double)] = [0d, 2.5d, double.NaN],
            [typeof(bool)] = [true, false],
            [typeof(char)] = ['a', 'Х', 'X', '\uD800'],
            [typeof(LocalDate)] = [new LocalDate(2025, 4, 24), new LocalDate(1995, 3, 1), new LocalDate(1990, 1, 1), new LocalDate(2101, 1, 1), julian, new LocalDate(2024, 2, 29)],
            [typeof(Instant)] = [Instant.FromUtc(2025, 4, 24, 10, 0)],
            [typeof(DateInterval)] = [null, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 4, 24))],
            [typeof(IClock)] = [null, NodaTime.Testing.FakeClock.FromUtc(2025, 4, 24)],
            [typeof(DateTimeZone)] = [null, DateTimeZone.Utc],
            [typeof(IFormatProvider)] = [null, CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("ru-RU"), DomainFormatProvider.For("kk"), DomainFormatProvider.For("kk-Latn")],
            [typeof(CultureInfo)] = [null, CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("kk-KZ")],
            [typeof(SessionNumber)] = [SessionNumber.Create(27), SessionNumber.Create(1), default(SessionNumber)],
            [typeof(QualifiedCount)] = [QualifiedCount.About(39_000), QualifiedCount.Exactly(0), QualifiedCount.MoreThan(long.MaxValue), QualifiedCount.UpTo(5)],
            [typeof(Region)] = [null, Regions.Turkistan, Regions.Karaganda, .. Region.All.Where(r => !r.ExistedOn(new LocalDate(2025, 1, 1))).Take(1)],
            [typeof(ReportingPeriod)] = [null, Article.YearToDate, Article.ThisYear, ReportingPeriod.Quarter(1996, 2), ReportingPeriod.Month(2025, 4)],
            [typeof(LocalizedText)] = [null, LocalizedText.Create("Абай", "Абай", "Abai")],
            [typeof(AssemblyDataSet)] = [null, data, karaganda, AssemblyDataSet.Empty],
            [typeof(object)] = [null, 5, "x", new LocalDate(2025, 4, 24), Kz.Assembly.Domain.Activities.AssemblyActivityKind.Event, QualifiedCount.About(12_000), (Audience)42],
        };
        object?[] entities = [.. data.Bodies, .. data.Sessions, .. data.People, .. data.Summaries, .. data.Representation, .. data.DeputyGroups, .. data.FriendshipHouses, .. data.Projects,
            .. karaganda.Activities, .. karaganda.Councils, .. karaganda.Councils.SelectMany(c => c.Memberships), .. karaganda.Bodies, Place.WholeRegion(Regions.Turkistan)];
        // The sample's entities, found for any parameter of their type (a body, a session, a council …).
        pool[typeof(DocumentedExceptionTests)] = entities;
        return pool;
    }

    /// <summary>"Namespace.Type.Member" → the exception types its XML docs list, over all overloads.</summary>
    private static Dictionary<string, HashSet<string>> DocumentedExceptions()
    {
        XDocument docs = XDocument.Load(System.IO.Path.ChangeExtension(Library.Location, ".xml"));
        var documented = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (XElement member in docs.Descendants("member"))
        {
            string name = (string)member.Attribute("name")!;
            if (!name.StartsWith("M:", StringComparison.Ordinal))
            {
                continue;
            }

            string key = name[2..].Split('(')[0];
            int generic = key.IndexOf("``", StringComparison.Ordinal);
            key = generic < 0 ? key : key[..generic];
            HashSet<string> set = documented.TryGetValue(key, out HashSet<string>? existing) ? existing : documented[key] = [];
            foreach (XElement exception in member.Elements("exception"))
            {
                set.Add(((string)exception.Attribute("cref")!)[2..]);
            }
        }

        return documented;
    }

    private static string Key(MethodBase member)
    {
        string type = member.DeclaringType!.FullName!.Replace('+', '.');
        int generic = type.IndexOf('`', StringComparison.Ordinal);
        type = generic < 0 ? type : type[..(generic + 2)];
        return $"{type}.{(member is ConstructorInfo ? "#ctor" : member.Name)}";
    }
}
