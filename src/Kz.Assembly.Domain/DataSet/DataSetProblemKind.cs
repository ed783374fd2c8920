using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain;

/// <summary>Which rule of a data set a fact broke.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<DataSetProblemKind>))]
public enum DataSetProblemKind
{
    /// <summary>Two facts of one type share an id (the same fact added twice, or two facts that need ids of their own).</summary>
    DuplicateId = 0,

    /// <summary>Two summaries under different ids state the same facts: counted twice, they would double the figures.</summary>
    DuplicateContent = 1,

    /// <summary>A fact refers to a body, project or person that was not added, or that the data set knows otherwise.</summary>
    UnknownReference = 2,

    /// <summary>A fact's date falls outside the days of the version of its body that the data set holds (after a dissolution, say).</summary>
    DateOutsideBody = 3,

    /// <summary>A body's sessions do not form a history: a number twice, or numbers that do not increase with date.</summary>
    SessionHistory = 4,

    /// <summary>A project belongs to another body than the activity that names it.</summary>
    ForeignProject = 5,
}
