using System;
using System.Collections.Generic;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain;

/// <summary>
/// One kind of fact a data set holds, described once: its name (the document's list, an import's counts and conflicts,
/// and in snake case the table: <c>councilMemberships</c>, <c>council_memberships</c>), the entity its ids name, and its
/// facts as a document holds them, each with the id that makes two of them the same fact and the content a merge
/// compares. The layers that handle every kind (document facts, the database's id conventions and its merge) iterate
/// <see cref="FactKinds.All"/> instead of listing the kinds again.
/// </summary>
internal class FactKind
{
    private readonly Func<DataSetDocument, IEnumerable<DocumentFact>> facts;

    internal FactKind(string name, Type entity, Func<DataSetDocument, IEnumerable<DocumentFact>> facts)
    {
        Name = name;
        Entity = entity;
        this.facts = facts;
    }

    /// <summary>Gets the kind's name in documents and imports (<c>friendshipHouses</c>).</summary>
    internal string Name { get; }

    /// <summary>Gets the entity type its ids name (<c>Id&lt;FriendshipHouse&gt;</c>).</summary>
    internal Type Entity { get; }

    /// <summary>The document's facts of this kind, each with its id and content.</summary>
    internal IEnumerable<DocumentFact> FactsOf(DataSetDocument document) => facts(document);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
