namespace Kz.Assembly.Domain.Identity;

/// <summary>
/// An entity with an identity: the data set indexes it by <see cref="Id"/>, and it is equal to another instance
/// exactly when their ids are equal (two versions of one entity are equal).
/// </summary>
/// <typeparam name="TEntity">The entity type itself.</typeparam>
public interface IEntity<TEntity>
    where TEntity : class, IEntity<TEntity>
{
    /// <summary>Gets the entity's id.</summary>
    Id<TEntity> Id { get; }
}
