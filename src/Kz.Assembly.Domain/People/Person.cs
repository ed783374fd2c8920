using System;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Annotations;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.People;

/// <summary>
/// A person (a Popolo <c>Person</c>) known by name in Kazakh, Russian and English, for example
/// Нұралхан Көшеров / Нуралхан Кушеров / Nuralkhan Kusherov. Immutable; equal by <see cref="Id"/>, which is derived
/// from the English name unless set with <see cref="WithId"/>: two people who share a name need ids of their own.
/// </summary>
[Localized]
public sealed class Person : IEntity<Person>, IEquatable<Person>, IFormattable
{
    private Person(LocalizedText name, Id<Person>? id = null)
    {
        Name = name;
        Id = id ?? Id<Person>.Derive(name.English);
    }

    /// <summary>Gets the id: the English name as a slug (<c>nuralkhan-kusherov</c>) unless set with <see cref="WithId"/>.</summary>
    public Id<Person> Id { get; }

    /// <summary>Gets the person's full name in each language.</summary>
    public LocalizedText Name { get; }

    /// <summary>Creates a person from a full name in each language.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The person.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static Person Named(LocalizedText name) => new(Preconditions.CheckNotNull(name, nameof(name)));

    /// <summary>Creates a person from a full name in each language.</summary>
    /// <param name="kazakh">The Kazakh spelling.</param>
    /// <param name="russian">The Russian spelling.</param>
    /// <param name="english">The English transliteration.</param>
    /// <returns>The person.</returns>
    /// <exception cref="ArgumentException">A spelling is null, blank or padded.</exception>
    public static Person Named([SingleScript] string kazakh, [SingleScript] string russian, [SingleScript] string english) => new(LocalizedText.Create(kazakh, russian, english));

    /// <summary>Returns this person under another id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the invalid default.</exception>
    [Pure]
    public Person WithId(Id<Person> id) => new(Name, IdRules.Require(id, nameof(id)));

    /// <summary>Returns the English name.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => Name.English;

    /// <summary>Returns the name in the language of <paramref name="formatProvider"/>.</summary>
    /// <param name="format">Null or "G".</param>
    /// <param name="formatProvider">A culture or <see cref="Localization.DomainFormatProvider"/> choosing the language; the
    /// invariant culture gives <see cref="ToString()"/> (the English name); null means the current culture.</param>
    /// <returns>The name.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not null, empty or "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => Name.ToString(format, formatProvider);

    /// <inheritdoc/>
    public bool Equals(Person? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Person);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Compares two persons for equality.</summary>
    /// <param name="left">The first person.</param>
    /// <param name="right">The second person.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Person? left, Person? right) => Equals(left, right);

    /// <summary>Compares two persons for inequality.</summary>
    /// <param name="left">The first person.</param>
    /// <param name="right">The second person.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Person? left, Person? right) => !Equals(left, right);
}
