using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kz.Assembly.Domain.AspNetCore.Binding;

/// <summary>
/// Binds a value of the domain (or a <c>LocalDate</c>) from a route or query string by its JSON rule: the text is read
/// as the JSON string it would be in a document. A value that breaks the rule is a model error naming the value and
/// the rule, which an <c>[ApiController]</c> answers as a problem details 400.
/// </summary>
internal sealed class DomainValueBinder(Type type, JsonSerializerOptions options) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        ValueProviderResult values = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (values == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, values);
        string? text = values.FirstValue;
        if (string.IsNullOrEmpty(text))
        {
            // Nothing given: left unbound, so a required parameter says so and an optional one stays null.
            return Task.CompletedTask;
        }

        try
        {
            bindingContext.Result = ModelBindingResult.Success(DomainValues.FromText(text, type, options));
        }
        catch (JsonException exception)
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Explain(text, type, exception));
        }

        return Task.CompletedTask;
    }

    /// <summary>'2025-Q5' is not a ReportingPeriod: expected 2025, 2025-Q2, … (the rule from the domain's own message).</summary>
    internal static string Explain(string text, Type type, JsonException exception)
    {
        // The domain's own sentence, without .NET's "(Parameter 'code')" and "Actual value was …" decorations.
        string rule = exception.InnerException?.Message ?? exception.Message;
        rule = System.Text.RegularExpressions.Regex.Replace(rule, @"\s*\(Parameter '[^']*'\)|\s*Actual value was [^\n]*", string.Empty, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
        return rule.Contains(text, StringComparison.Ordinal)
            ? rule
            : $"'{text}' is not a valid {DomainValues.NameOf(type)}: {rule}";
    }
}
