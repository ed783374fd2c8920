using System;
using Kz.Assembly.Domain.Annotations;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Representation;

/// <summary>
/// The Senate deputies appointed on the Assembly Council's recommendation over time. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Invariant: on no day do more than <see cref="SeatCount"/> (5) appointments overlap; a sixth concurrent
/// appointment is rejected. Successive terms in the same seat are fine.
/// </remarks>
public sealed class SenateRecommendations
{
    /// <summary>The number of Senate seats filled on the Assembly Council's recommendation.</summary>
    public const int SeatCount = 5;

    private SenateRecommendations(ImmutableArray<SenateAppointment> appointments) => Appointments = appointments;

    /// <summary>Gets an empty record.</summary>
    public static SenateRecommendations Empty { get; } = new([]);

    /// <summary>Gets every appointment, in the order added.</summary>
    public ImmutableArray<SenateAppointment> Appointments { get; }

    /// <summary>Creates the record from appointments.</summary>
    /// <param name="appointments">The appointments.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException">An argument or an appointment is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">More than five appointments overlap on some day.</exception>
    public static SenateRecommendations Create([MaxConcurrentTerms(SeatCount)] IEnumerable<SenateAppointment> appointments)
    {
        Preconditions.CheckNotNull(appointments, nameof(appointments));
        ImmutableArray<SenateAppointment> list = [.. appointments];
        if (Validate(list) is { } error)
        {
            Preconditions.Throw(error);
        }

        return new SenateRecommendations(list);
    }

    /// <summary>Creates the record, or returns false where <see cref="Create"/> would throw.</summary>
    /// <param name="appointments">The appointments.</param>
    /// <param name="recommendations">The record, or null.</param>
    /// <returns>Whether no more than five appointments overlap on any day.</returns>
    public static bool TryCreate(IEnumerable<SenateAppointment?>? appointments, [NotNullWhen(true)] out SenateRecommendations? recommendations)
    {
        recommendations = null;
        if (appointments is null)
        {
            return false;
        }

        ImmutableArray<SenateAppointment?> list = [.. appointments];
        if (list.Contains(null) || Validate(list!) is not null)
        {
            return false;
        }

        recommendations = new SenateRecommendations(list!);
        return true;
    }

    /// <summary>Returns a record that also holds <paramref name="appointment"/>.</summary>
    /// <param name="appointment">The appointment.</param>
    /// <returns>A new record; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The appointment would be a sixth serving at once.</exception>
    [Pure]
    public SenateRecommendations Add(SenateAppointment appointment) => Create([.. Appointments, Preconditions.CheckNotNull(appointment, nameof(appointment))]);

    /// <summary>Gets the appointments serving on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>At most five appointments.</returns>
    [Pure]
    public ImmutableArray<SenateAppointment> ServingOn(LocalDate date)
    {
        ImmutableArray<SenateAppointment>.Builder serving = ImmutableArray.CreateBuilder<SenateAppointment>(SeatCount);
        foreach (SenateAppointment appointment in Appointments)
        {
            if (appointment.Term.Contains(date))
            {
                serving.Add(appointment);
            }
        }

        return serving.ToImmutable();
    }

    /// <summary>Returns for example <c>5 Senate appointment(s) on the Council's recommendation</c>.</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => $"{Appointments.Length} Senate appointment(s) on the Council's recommendation";

    private static ValidationError? Validate(ImmutableArray<SenateAppointment> list)
    {
        foreach (SenateAppointment? appointment in list)
        {
            if (appointment is null)
            {
                return ValidationError.Null("appointments");
            }
        }

        // The busiest day always begins some term, so counting at each start finds the maximum overlap.
        foreach (SenateAppointment candidate in list)
        {
            LocalDate day = candidate.Term.Start;
            int serving = 0;
            foreach (SenateAppointment other in list)
            {
                if (other.Term.Contains(day))
                {
                    serving++;
                }
            }

            if (serving > SeatCount)
            {
                return ValidationError.OutOfRange(
                    "appointments",
                    serving,
                    $"{serving} Senate appointments on the Council's recommendation serve on {LocalDatePattern.Iso.Format(day)}, but only {SeatCount} seats exist.");
            }
        }

        return null;
    }
}
