using Kz.Assembly.Domain.Activities;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>A set of activity kinds as its invariant text (<c>"Event+CharityAction"</c>).</summary>
internal sealed class ActivityKindSetJsonConverter : TextJsonConverter<ActivityKindSet>
{
    /// <inheritdoc/>
    protected override string Text(ActivityKindSet value) => value.ToString();

    /// <inheritdoc/>
    protected override ActivityKindSet FromText(string text) => ActivityKindSet.Parse(text);
}
