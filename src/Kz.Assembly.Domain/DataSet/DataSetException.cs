using System;
using System.Collections.Immutable;
using System.Linq;

namespace Kz.Assembly.Domain;

/// <summary>
/// Thrown by <see cref="AssemblyDataSetBuilder.Build"/> when facts do not hold together: carries every problem found,
/// not only the first, and lists them in its message.
/// </summary>
public sealed class DataSetException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public DataSetException()
        : this("The data set's facts do not hold together.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public DataSetException(string message)
        : base(message) => Problems = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DataSetException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Creates the exception for the problems found.</summary>
    /// <param name="problems">Every problem, at least one.</param>
    public DataSetException(ImmutableArray<DataSetProblem> problems)
        : base($"The data set's facts do not hold together ({problems.Length} problem(s)):\n" + string.Join("\n", problems.Select(p => "- " + p)))
        => Problems = problems;

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<DataSetProblem> Problems { get; }
}
