using System;
using System.Diagnostics.CodeAnalysis;

namespace Kz.Assembly.Domain;

/// <summary>
/// Argument checks shared by every factory. The throw paths live in separate methods so the checks themselves stay
/// small enough to inline (the NodaTime pattern).
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }

        return argument;
    }

    internal static void CheckArgumentRange(string paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message);
        }
    }

    [DoesNotReturn]
    internal static void Throw(ValidationError error) => throw error.ToException();

    [DoesNotReturn]
    internal static void ThrowFormat(string message) => throw new FormatException(message);

    [DoesNotReturn]
    private static void ThrowArgumentNull(string paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    private static void ThrowArgumentOutOfRange(string paramName, long value, long minInclusive, long maxInclusive) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            $"Value {value} is out of range for {paramName}: it must be between {minInclusive} and {maxInclusive} inclusive.");

    [DoesNotReturn]
    private static void ThrowArgument(string paramName, string message) => throw new ArgumentException(message, paramName);
}

/// <summary>
/// Why a value was rejected, kept as data so that a <c>TryCreate</c> can report failure without throwing and a
/// <c>Create</c> can throw the typed exception that names the value and the rule.
/// </summary>
internal readonly record struct ValidationError(string ParamName, object? ActualValue, string Message, ValidationErrorKind Kind)
{
    internal static ValidationError OutOfRange(string paramName, object? actualValue, string message) =>
        new(paramName, actualValue, message, ValidationErrorKind.OutOfRange);

    internal static ValidationError Invalid(string paramName, string message) =>
        new(paramName, null, message, ValidationErrorKind.Invalid);

    internal static ValidationError Null(string paramName) =>
        new(paramName, null, $"{paramName} must not be null.", ValidationErrorKind.Null);

    internal Exception ToException() => Kind switch
    {
        ValidationErrorKind.OutOfRange => new ArgumentOutOfRangeException(ParamName, ActualValue, Message),
        ValidationErrorKind.Null => new ArgumentNullException(ParamName, Message),
        _ => new ArgumentException(Message, ParamName),
    };
}

internal enum ValidationErrorKind
{
    Invalid,
    OutOfRange,
    Null,
}
