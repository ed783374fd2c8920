using System;
using System.Linq;
using System.Reflection;
using Kz.Assembly.Domain.Samples;

namespace Kz.Assembly.Domain.Tests.PublicApi;

/// <summary>House rules of the public surface, checked by reflection so a new type cannot forget them.</summary>
public class PublicSurfaceTests
{
    private static readonly Type[] Types = typeof(AssemblyDataSet).Assembly.GetExportedTypes();

    private static readonly BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static bool IsClrDate(Type type)
    {
        Type bare = Nullable.GetUnderlyingType(type) ?? type;
        return bare == typeof(DateTime) || bare == typeof(DateTimeOffset) || bare == typeof(DateOnly);
    }

    [Fact]
    public void The_production_assembly_carries_no_sample_data() =>
        Assert.DoesNotContain(typeof(AssemblyDataSet).Assembly.GetTypes(), t => t.Namespace?.StartsWith("Kz.Assembly.Domain.Samples", StringComparison.Ordinal) == true);

    [Fact]
    public void No_DateTime_appears_anywhere_in_the_public_API()
    {
        var offenders =
            from type in Types
            from member in type.GetMembers(Public)
            let signature = member switch
            {
                MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                PropertyInfo p => [p.PropertyType],
                FieldInfo f => [f.FieldType],
                _ => [],
            }
            where signature.Any(IsClrDate)
            select $"{type.Name}.{member.Name}";
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_public_class_is_sealed_or_static() =>
        Assert.Empty(Types.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    [Fact]
    public void No_public_property_has_a_public_setter_other_than_init() =>
        Assert.Empty(
            from type in Types
            where !typeof(Attribute).IsAssignableFrom(type)
            from property in type.GetProperties(Public)
            where property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter)
            select $"{type.Name}.{property.Name}");

    [Fact]
    public void Every_public_struct_is_readonly() =>
        Assert.Empty(Types.Where(t => t.IsValueType && !t.IsEnum && !t.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute")).Select(t => t.FullName));
}
