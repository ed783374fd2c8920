namespace Kz.Assembly.Domain.Identity;

/// <summary>The check every <c>WithId</c> makes.</summary>
internal static class IdRules
{
    internal static Id<TEntity> Require<TEntity>(Id<TEntity> id, string paramName)
        where TEntity : class
    {
        if (Id<TEntity>.RejectDefault(id, paramName) is { } error)
        {
            Preconditions.Throw(error);
        }

        return id;
    }
}
