using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Identity;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>Makes the converter of each <see cref="Id{TEntity}"/>: the id as its slug (<c>"apk-kz-61"</c>), also as a dictionary key.</summary>
internal sealed class IdJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Id<>);

    /// <inheritdoc/>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "IdJsonConverter<T> is instantiated over reference types only (entities), which share one native instantiation.")]
    [UnconditionalSuppressMessage("Trimming", "IL2055", Justification = "The converter type is closed over the id's own entity type argument, which the id keeps.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Activator needs the public parameterless constructor the converter declares.")]
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(IdJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}

/// <summary>An id as its slug.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
internal sealed class IdJsonConverter<TEntity> : TextJsonConverter<Id<TEntity>>
    where TEntity : class
{
    /// <inheritdoc/>
    protected override string Text(Id<TEntity> value) =>
        value.IsDefault ? throw new ArgumentException($"default(Id<{typeof(TEntity).Name}>) is not an id and cannot be written.") : value.Value!;

    /// <inheritdoc/>
    protected override Id<TEntity> FromText(string text) => Id<TEntity>.Parse(text, null);
}
