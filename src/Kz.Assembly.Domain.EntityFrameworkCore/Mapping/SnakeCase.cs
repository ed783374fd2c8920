using System.Text;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Mapping;

/// <summary>PostgreSQL's own style for the library's columns and keys: <c>OrganiserId</c> → <c>organiser_id</c>, so
/// SQL written by hand needs no quotes. Only the library's tables are renamed; an application's own are left alone.</summary>
internal static class SnakeCase
{
    internal static void Apply(ModelBuilder model)
    {
        foreach (IMutableEntityType entity in model.Model.GetEntityTypes())
        {
            if (entity.ClrType.Namespace != typeof(BodyRow).Namespace)
            {
                continue;
            }

            foreach (IMutableProperty property in entity.GetProperties())
            {
                property.SetColumnName(Of(property.Name));
            }

            foreach (IMutableKey key in entity.GetKeys())
            {
                key.SetName("pk_" + entity.GetTableName());
            }

            foreach (IMutableForeignKey foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName($"fk_{entity.GetTableName()}_{Of(foreignKey.Properties[0].Name)}");
            }
        }
    }

    internal static string Of(string name)
    {
        var snake = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(name[i]));
        }

        return snake.ToString();
    }
}
