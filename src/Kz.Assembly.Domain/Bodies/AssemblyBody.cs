using System;
using Kz.Assembly.Domain.Annotations;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Bodies;

/// <summary>
/// An assembly body (a Popolo <c>Organization</c>): the national APK, a regional assembly, a district assembly, or a
/// body that succeeds one. Immutable and thread-safe; identified by <see cref="Id"/>, so two instances with the same
/// id are equal even when one records a dissolution the other does not yet.
/// </summary>
/// <remarks>
/// Invariants: founded within the domain's years; a regional or district body is tied to a region and founded no
/// earlier than the APK (1995-03-01); a dissolution falls after the founding; a successor is another body.
/// Named <c>AssemblyBody</c>, never <c>Assembly</c>, so it cannot hide <see cref="System.Reflection.Assembly"/>.
/// </remarks>
[Localized]
public sealed class AssemblyBody : IEntity<AssemblyBody>, IEquatable<AssemblyBody>, IFormattable
{
    private AssemblyBody(Id<AssemblyBody> id, AssemblyLevel level, Region? region, LocalizedText name, LocalDate founded, LocalDate? dissolved, AssemblyBody? successor)
    {
        Id = id;
        Level = level;
        Region = region;
        Name = name;
        Founded = founded;
        Dissolved = dissolved;
        Successor = successor;
    }

    /// <summary>Gets the stable identifier: lower-case letters, digits and hyphens, for example <c>apk</c> or <c>apk-kz-61</c>.</summary>
    public Id<AssemblyBody> Id { get; }

    /// <summary>Gets the level the body works at.</summary>
    public AssemblyLevel Level { get; }

    /// <summary>Gets the region of a regional or district body; null for a national body.</summary>
    public Region? Region { get; }

    /// <summary>Gets the body's name in Kazakh, Russian and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the founding date.</summary>
    public LocalDate Founded { get; }

    /// <summary>Gets the dissolution date, or null while the body exists.</summary>
    public LocalDate? Dissolved { get; }

    /// <summary>Gets the body that took over on dissolution, or null.</summary>
    public AssemblyBody? Successor { get; }

    /// <summary>Creates a national body.</summary>
    /// <param name="id">The identifier (lower-case letters, digits, hyphens).</param>
    /// <param name="name">The name.</param>
    /// <param name="founded">The founding date, within the domain's years.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="founded"/> is outside the domain's years.</exception>
    public static AssemblyBody National(string id, LocalizedText name, [NotBefore(1995, 1, 1)] LocalDate founded)
    {
        if (Validate(id, AssemblyLevel.National, null, name, founded) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new AssemblyBody(Id<AssemblyBody>.FromValid(id), AssemblyLevel.National, null, name, founded, null, null);
    }

    /// <summary>Creates the assembly of a region, with its standard kk/ru/en name and id <c>apk-kz-NN</c>.</summary>
    /// <param name="region">The region or city of republican significance.</param>
    /// <param name="founded">The founding date, not before the APK's (1995-03-01).</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="founded"/> precedes the APK's founding or is past the domain's years.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public static AssemblyBody Regional(Region region, [NotBefore(1995, 3, 1)] LocalDate founded)
    {
        Preconditions.CheckNotNull(region, nameof(region));
        return Create("apk-" + region.Code.ToLowerInvariant(), AssemblyLevel.Regional, region, RegionalNames.AssemblyOf(region), founded);
    }

    /// <summary>Creates a regional or district body with an explicit id and name.</summary>
    /// <param name="id">The identifier (lower-case letters, digits, hyphens).</param>
    /// <param name="level">Regional or district.</param>
    /// <param name="region">The region it works in.</param>
    /// <param name="name">The name.</param>
    /// <param name="founded">The founding date, not before the APK's (1995-03-01).</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is national or undefined, or
    /// <paramref name="founded"/> is out of range.</exception>
    public static AssemblyBody Create(string id, AssemblyLevel level, Region region, LocalizedText name, [NotBefore(1995, 3, 1)] LocalDate founded)
    {
        Preconditions.CheckNotNull(region, nameof(region));
        if (level is not (AssemblyLevel.Regional or AssemblyLevel.District))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"Level {level} needs no region: use AssemblyBody.National for a national body.");
        }

        if (Validate(id, level, region, name, founded) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new AssemblyBody(Id<AssemblyBody>.FromValid(id), level, region, name, founded, null, null);
    }

    /// <summary>Returns this body dissolved on <paramref name="date"/>, optionally succeeded by <paramref name="successor"/>.</summary>
    /// <param name="date">The dissolution date, after the founding.</param>
    /// <param name="successor">The body that takes over, or null.</param>
    /// <returns>A new instance; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not after the founding date.</exception>
    /// <exception cref="ArgumentException"><paramref name="successor"/> is this body.</exception>
    [Pure]
    public AssemblyBody WithDissolution([NotBefore(1995, 1, 1)] LocalDate date, AssemblyBody? successor)
    {
        if (DomainDates.ValidateDate(date, nameof(date), $"Dissolution date of {Id}") is { } invalidDate)
        {
            Preconditions.Throw(invalidDate);
        }

        if (date <= Founded)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                $"Dissolution date {DomainDates.Iso(date)} of {Id} must be after its founding date {DomainDates.Iso(Founded)}.");
        }

        if (successor is not null && successor.Equals(this))
        {
            throw new ArgumentException($"Body {Id} cannot succeed itself.", nameof(successor));
        }

        return new AssemblyBody(Id, Level, Region, Name, Founded, date, successor);
    }

    /// <summary>Tells whether the body existed on a date: founded on or before it and not yet dissolved.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the body existed then.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    [Pure]
    public bool ExistedOn(LocalDate date)
    {
        if (DomainDates.ValidateCalendar(date, nameof(date), "Date") is { } error)
        {
            Preconditions.Throw(error);
        }

        return date >= Founded && (Dissolved is not { } end || date < end);
    }

    /// <summary>
    /// The one check of a date a fact of this body carries (a session, an activity, a project's start): ISO calendar,
    /// the domain's years, the body's existence, and its region's existence. <paramref name="what"/> names the fact.
    /// </summary>
    internal ValidationError? ValidateActiveOn(LocalDate date, string paramName, string what)
    {
        if (DomainDates.ValidateCalendar(date, paramName, what) is { } notIso)
        {
            return notIso;
        }

        // Existence first: its message names the founding date, which says more than the domain's first year.
        if (date < Founded || (Dissolved is { } end && date >= end))
        {
            string when = Dissolved is { } last
                ? $"between its founding on {DomainDates.Iso(Founded)} and its dissolution on {DomainDates.Iso(last)}"
                : $"on or after its founding on {DomainDates.Iso(Founded)}";
            return ValidationError.OutOfRange(paramName, date, $"{what} is dated {DomainDates.Iso(date)}, but a fact of {Id} must fall {when}.");
        }

        return DomainDates.ValidateDate(date, paramName, what) ?? Region?.ValidateExistedOn(date, paramName, what);
    }

    /// <summary>Gets the anniversary of the body's founding that falls in a year (the APK's 30th falls in 2025).</summary>
    /// <param name="year">The year, after the founding year.</param>
    /// <returns>The anniversary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not after the founding year.</exception>
    [Pure]
    public Anniversary AnniversaryIn(int year) => Anniversary.Of(this, year);

    /// <summary>Returns the id and English name, for example <c>apk: Assembly of People of Kazakhstan</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => Id + ": " + Name.English;

    /// <summary>Returns the body's name in the language of <paramref name="formatProvider"/>.</summary>
    /// <param name="format">Null or "G".</param>
    /// <param name="formatProvider">A culture or <see cref="Localization.DomainFormatProvider"/> choosing the language; the
    /// invariant culture gives <see cref="ToString()"/>; null means the current culture.</param>
    /// <returns>The name.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not null, empty or "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Localization.FormattingContract.Named(this, Name, format, formatProvider);

    /// <inheritdoc/>
    public bool Equals(AssemblyBody? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AssemblyBody);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Compares two bodies by id.</summary>
    /// <param name="left">The first body.</param>
    /// <param name="right">The second body.</param>
    /// <returns>Whether they are the same body.</returns>
    public static bool operator ==(AssemblyBody? left, AssemblyBody? right) => Equals(left, right);

    /// <summary>Compares two bodies by id.</summary>
    /// <param name="left">The first body.</param>
    /// <param name="right">The second body.</param>
    /// <returns>Whether they are different bodies.</returns>
    public static bool operator !=(AssemblyBody? left, AssemblyBody? right) => !Equals(left, right);

    private static ValidationError? Validate(string? id, AssemblyLevel level, Region? region, LocalizedText? name, LocalDate founded)
    {
        if (id is null)
        {
            return ValidationError.Null(nameof(id));
        }

        if (name is null)
        {
            return ValidationError.Null(nameof(name));
        }

        if (!Id<AssemblyBody>.TryParse(id, out _))
        {
            return ValidationError.Invalid(nameof(id), $"Id '{id}' is not valid: use lower-case Latin letters, digits and inner hyphens.");
        }

        if (DomainDates.ValidateCalendar(founded, nameof(founded), $"Founding date of {id}") is { } notIso)
        {
            return notIso;
        }

        LocalDate earliest = level == AssemblyLevel.National ? new LocalDate(DomainCalendar.MinYear, 1, 1) : DomainCalendar.ApkFoundingDate;
        if (founded < earliest || founded.Year > DomainCalendar.MaxYear)
        {
            string rule = level == AssemblyLevel.National
                ? $"within the domain's years {DomainCalendar.MinYear}..{DomainCalendar.MaxYear}"
                : $"on or after the APK's founding on {DomainDates.Iso(DomainCalendar.ApkFoundingDate)} and before {DomainCalendar.MaxYear + 1}";
            return ValidationError.OutOfRange(nameof(founded), founded, $"Founding date {DomainDates.Iso(founded)} of {id} ({region?.Code ?? "national"}) must be {rule}.");
        }

        return region?.ValidateExistedOn(founded, nameof(founded), $"Founding of {id}");
    }
}
