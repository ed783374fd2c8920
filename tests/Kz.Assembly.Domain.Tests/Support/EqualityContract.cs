using System;
using System.Collections.Generic;

namespace Kz.Assembly.Domain.Tests.Support;

/// <summary>Checks the equality contract once for every type: Equals, GetHashCode and the == / != operators agree.</summary>
internal static class EqualityContract
{
    public static void Holds<T>(T value, T equal, T different)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(equal), "value.Equals(equal)");
        Assert.True(equal.Equals(value), "equality is symmetric");
        Assert.False(value.Equals(different), "value.Equals(different)");
        Assert.True(value.Equals((object)equal), "object.Equals(equal)");
        Assert.False(value.Equals((object?)null), "Equals(null)");
        Assert.False(value.Equals(new object()), "Equals(other type)");
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());
        Assert.True(EqualityComparer<T>.Default.Equals(value, equal));

        var op = typeof(T).GetMethod("op_Equality", [typeof(T), typeof(T)]);
        var notOp = typeof(T).GetMethod("op_Inequality", [typeof(T), typeof(T)]);
        if (op is not null && notOp is not null)
        {
            Assert.True((bool)op.Invoke(null, [value, equal])!, "== equal");
            Assert.False((bool)op.Invoke(null, [value, different])!, "== different");
            Assert.False((bool)notOp.Invoke(null, [value, equal])!, "!= equal");
            Assert.True((bool)notOp.Invoke(null, [value, different])!, "!= different");
        }
    }

    public static void Orders<T>(T smaller, T larger)
        where T : IComparable<T>
    {
        Assert.True(smaller.CompareTo(larger) < 0);
        Assert.True(larger.CompareTo(smaller) > 0);
        Assert.Equal(0, smaller.CompareTo(smaller));
        var lt = typeof(T).GetMethod("op_LessThan", [typeof(T), typeof(T)]);
        var gt = typeof(T).GetMethod("op_GreaterThan", [typeof(T), typeof(T)]);
        var le = typeof(T).GetMethod("op_LessThanOrEqual", [typeof(T), typeof(T)]);
        var ge = typeof(T).GetMethod("op_GreaterThanOrEqual", [typeof(T), typeof(T)]);
        if (lt is not null && gt is not null && le is not null && ge is not null)
        {
            Assert.True((bool)lt.Invoke(null, [smaller, larger])!);
            Assert.False((bool)lt.Invoke(null, [larger, smaller])!);
            Assert.True((bool)gt.Invoke(null, [larger, smaller])!);
            Assert.True((bool)le.Invoke(null, [smaller, smaller])!);
            Assert.True((bool)ge.Invoke(null, [larger, larger])!);
            Assert.False((bool)ge.Invoke(null, [smaller, larger])!);
        }
    }
}
