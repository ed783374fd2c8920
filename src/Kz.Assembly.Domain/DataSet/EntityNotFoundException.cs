using System;
using System.Collections.Generic;

namespace Kz.Assembly.Domain;

/// <summary>
/// Thrown when a data set holds no entity with an id: names the entity type and the id, so a caller can tell a
/// missing session from a missing body. The <c>TryGet</c> twins return false instead.
/// </summary>
public sealed class EntityNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public EntityNotFoundException()
        : this(typeof(object), string.Empty)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public EntityNotFoundException(string message)
        : base(message)
    {
        EntityType = typeof(object);
        Id = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EntityNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        EntityType = typeof(object);
        Id = string.Empty;
    }

    /// <summary>Creates the exception for an entity type and an id.</summary>
    /// <param name="entityType">The entity type looked for.</param>
    /// <param name="id">The id looked for.</param>
    public EntityNotFoundException(Type entityType, string id)
        : base($"No {entityType.Name} with id '{id}' is in this data set.")
    {
        EntityType = entityType;
        Id = id;
    }

    /// <summary>Gets the entity type looked for.</summary>
    public Type EntityType { get; }

    /// <summary>Gets the id looked for.</summary>
    public string Id { get; }
}
