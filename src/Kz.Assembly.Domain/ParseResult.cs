using System;
using System.Diagnostics.CodeAnalysis;

namespace Kz.Assembly.Domain;

/// <summary>
/// What a pattern made of a text: the value, or the reason it refused the text (NodaTime's <c>ParseResult</c>, kept
/// internal). <c>Parse</c> turns the reason into a <see cref="FormatException"/>, <c>TryParse</c> into false.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal readonly struct ParseResult<T>
{
    private readonly T? value;

    private ParseResult(T? value, string? problem)
    {
        this.value = value;
        Problem = problem;
    }

    /// <summary>Gets why the text was refused, or null when it was read.</summary>
    internal string? Problem { get; }

    internal static ParseResult<T> Of(T value) => new(value, null);

    internal static ParseResult<T> Refused(string problem) => new(default, problem);

    /// <summary>The value, or false for a refused text.</summary>
    internal bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return Problem is null;
    }

    /// <summary>The value, or a <see cref="FormatException"/> that names the text, what it is not, and why.</summary>
    internal T GetValueOrThrow(string text, string what)
    {
        if (Problem is not null)
        {
            // Thrown from a non-generic method: shared generic code may report no TargetSite, and the web package
            // tells the domain's exceptions from others by the assembly of theirs.
            Preconditions.ThrowFormat($"'{text}' is not {what}: {Problem}.");
        }

        return value!;
    }
}
