using System;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kz.Assembly.Domain.AspNetCore.Binding;

/// <summary>
/// A domain value (or a <c>LocalDate</c>) taken by a minimal API from its route or query string by the JSON rule, as
/// MVC's binders take it: <c>app.MapGet("/totals", (DomainParameter&lt;ReportingPeriod&gt; period) =&gt; …)</c>. Minimal
/// APIs have no binder to register, so the parameter's type binds itself; a value that breaks the rule is a 400 problem
/// naming the parameter, the value and the rule, and a missing one the framework's "required" 400 (use
/// <c>DomainParameter&lt;T&gt;?</c> for an optional one).
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
public readonly struct DomainParameter<T> : IEquatable<DomainParameter<T>>
{
    private static readonly JsonSerializerOptions DefaultOptions = Json.DomainJson.Configure(new JsonSerializerOptions());

    private DomainParameter(T value) => Value = value;

    /// <summary>Gets the value.</summary>
    public T Value { get; }

    /// <summary>Gets the value.</summary>
    /// <param name="parameter">The parameter.</param>
    public static implicit operator T(DomainParameter<T> parameter) => parameter.Value;

    /// <summary>Compares two parameters by their values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether their values are equal.</returns>
    public static bool operator ==(DomainParameter<T> left, DomainParameter<T> right) => left.Equals(right);

    /// <summary>Compares two parameters by their values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether their values differ.</returns>
    public static bool operator !=(DomainParameter<T> left, DomainParameter<T> right) => !left.Equals(right);

    /// <summary>Binds the parameter from the route, then the query string, by the app's JSON options (which
    /// <c>AddAssemblyDomainWeb</c> configures); called by ASP.NET Core.</summary>
    /// <param name="context">The request.</param>
    /// <param name="parameter">The endpoint's parameter.</param>
    /// <returns>The parameter, or null when the request gives no value.</returns>
    /// <exception cref="BadHttpRequestException">The value breaks its type's rule (status 400; the message names
    /// the parameter, the value and the rule).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "ASP.NET Core finds BindAsync on the parameter's own type.")]
    public static ValueTask<DomainParameter<T>?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parameter);
        string name = parameter.Name ?? string.Empty;
        string? text = context.Request.RouteValues.TryGetValue(name, out object? routed) ? routed?.ToString() : context.Request.Query[name].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return ValueTask.FromResult<DomainParameter<T>?>(null);
        }

        JsonSerializerOptions options = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            T value = (T)DomainValues.FromText(text, typeof(T), options)!;
            return ValueTask.FromResult<DomainParameter<T>?>(new DomainParameter<T>(value));
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException($"{name}: {DomainValueBinder.Explain(text, typeof(T), exception)}", StatusCodes.Status400BadRequest, exception);
        }
    }

    /// <summary>
    /// Reads a value by its JSON rule with the library's default options, or returns false; never throws. ASP.NET Core
    /// binds through <see cref="BindAsync"/>, which says why a value was refused; this twin lets a route parameter of
    /// this type pass the framework's check that a route value can be parsed.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the rules are culture-invariant.</param>
    /// <param name="result">The parameter, or default.</param>
    /// <returns>Whether the text is a valid value.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "ASP.NET Core finds TryParse on the parameter's own type.")]
    public static bool TryParse(string? s, IFormatProvider? provider, out DomainParameter<T> result)
    {
        result = default;
        if (string.IsNullOrEmpty(s))
        {
            return false;
        }

        try
        {
            result = new DomainParameter<T>((T)DomainValues.FromText(s, typeof(T), DefaultOptions)!);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public bool Equals(DomainParameter<T> other) => System.Collections.Generic.EqualityComparer<T>.Default.Equals(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DomainParameter<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : Value.GetHashCode();

    /// <summary>Returns the value's text.</summary>
    /// <returns>The value's <c>ToString</c>.</returns>
    public override string ToString() => Value?.ToString() ?? string.Empty;
}
