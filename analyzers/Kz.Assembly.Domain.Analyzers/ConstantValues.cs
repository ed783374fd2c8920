using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kz.Assembly.Domain.Analyzers;

/// <summary>Reads compile-time values out of operations: integers, strings and constant NodaTime dates.</summary>
internal static class ConstantValues
{
    /// <summary>Strips implicit conversions (int → long, LocalDate → LocalDate?).</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    public static bool TryGetInteger(IOperation operation, out decimal value)
    {
        decimal? integer = operation.ConstantValue.HasValue ? AsInteger(operation.ConstantValue.Value) : null;
        value = integer ?? 0;
        return integer.HasValue;
    }

    /// <summary>A boxed integer of any width as a decimal (which holds them all exactly), or null for anything else.</summary>
    public static decimal? AsInteger(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        uint u => u,
        ulong ul => ul,
        sbyte sb => sb,
        ushort us => us,
        _ => null,
    };

    /// <summary>Reads <c>new LocalDate(2025, 4, 24)</c> with constant arguments as (year, month, day).</summary>
    public static bool TryGetDate(IOperation operation, INamedTypeSymbol? localDate, out (int Year, int Month, int Day) date)
    {
        date = default;
        if (localDate is null
            || Unwrap(operation) is not IObjectCreationOperation { Arguments.Length: 3 } creation
            || !SymbolEqualityComparer.Default.Equals(creation.Type, localDate))
        {
            return false;
        }

        if (!TryGetInteger(creation.Arguments[0].Value, out decimal year)
            || !TryGetInteger(creation.Arguments[1].Value, out decimal month)
            || !TryGetInteger(creation.Arguments[2].Value, out decimal day))
        {
            return false;
        }

        // The argument order follows the parameters, whatever order named arguments were written in.
        foreach (IArgumentOperation argument in creation.Arguments)
        {
            TryGetInteger(argument.Value, out decimal value);
            switch (argument.Parameter?.Name)
            {
                case "year": year = value; break;
                case "month": month = value; break;
                case "day": day = value; break;
            }
        }

        date = ((int)year, (int)month, (int)day);
        return true;
    }

    public static int Compare((int Year, int Month, int Day) left, (int Year, int Month, int Day) right) =>
        left.Year != right.Year ? left.Year.CompareTo(right.Year)
        : left.Month != right.Month ? left.Month.CompareTo(right.Month)
        : left.Day.CompareTo(right.Day);

    public static string Iso((int Year, int Month, int Day) date) =>
        date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "-"
        + date.Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "-"
        + date.Day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Finds the argument passed for a named parameter of the same call.</summary>
    public static IArgumentOperation? SiblingArgument(IArgumentOperation argument, string parameterName)
    {
        var arguments = argument.Parent switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => default,
        };
        if (arguments.IsDefault)
        {
            return null;
        }

        foreach (IArgumentOperation sibling in arguments)
        {
            if (sibling.Parameter?.Name == parameterName)
            {
                return sibling;
            }
        }

        return null;
    }
}

/// <summary>Reads an attribute's constructor argument as a number or a string.</summary>
internal readonly struct AttributeArgument
{
    private readonly TypedConstant constant;

    public AttributeArgument(TypedConstant constant) => this.constant = constant;

    // TypedConstant.Value throws for an array argument, and holds nothing useful for an error: read primitives only.
    public decimal? AsNumber => constant.Kind == TypedConstantKind.Primitive ? ConstantValues.AsInteger(constant.Value) : null;

    public string? AsString => constant.Kind == TypedConstantKind.Primitive ? constant.Value as string : null;

    /// <summary>The number at a constructor argument position of an attribute whose constructor has exactly
    /// <paramref name="arity"/> parameters, or null for anything else: a half-typed <c>[ValidRange(1, )]</c>, a missing
    /// or extra argument, a string where a number belongs, or a look-alike attribute of another shape.</summary>
    public static decimal? Number(AttributeData attribute, int index, int arity) =>
        Fits(attribute, index, arity) ? new AttributeArgument(attribute.ConstructorArguments[index]).AsNumber : null;

    /// <summary>The string at a constructor argument position, under the same conditions as <see cref="Number"/>.</summary>
    public static string? Text(AttributeData attribute, int index, int arity) =>
        Fits(attribute, index, arity) ? new AttributeArgument(attribute.ConstructorArguments[index]).AsString : null;

    private static bool Fits(AttributeData attribute, int index, int arity) =>
        attribute.AttributeConstructor is { } constructor
        && constructor.Parameters.Length == arity
        && attribute.ConstructorArguments.Length == arity
        && index < arity;
}
