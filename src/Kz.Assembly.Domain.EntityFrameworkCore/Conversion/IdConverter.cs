using System;
using System.Globalization;
using Kz.Assembly.Domain.Identity;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores an <see cref="Id{TEntity}"/> as its text. Reading goes through <see cref="Id{TEntity}.Parse(string)"/>, so a
/// row whose id breaks the slug rule fails to load instead of producing an invalid id; writing a default (empty) id
/// fails instead of storing a null key.
/// </summary>
/// <typeparam name="TEntity">The entity the id names.</typeparam>
public sealed class IdConverter<TEntity> : ValueConverter<Id<TEntity>, string>
    where TEntity : class
{
    /// <summary>Initializes the converter.</summary>
    public IdConverter()
        : base(id => ToText(id), text => Id<TEntity>.Parse(text, CultureInfo.InvariantCulture))
    {
    }

    private static string ToText(Id<TEntity> id) =>
        id.Value ?? throw new ArgumentException($"A default Id<{typeof(TEntity).Name}> cannot be stored: give the entity an id.", nameof(id));
}
