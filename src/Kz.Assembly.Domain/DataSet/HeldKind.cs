using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain;

/// <summary>
/// A kind of fact that a body holds and nothing else is built from (projects, activities, summaries, representation,
/// deputy groups, Friendship Houses), described once in its own file beside its entity: its document record, how it is
/// written to and read from the document, its body, and the rules that tie it to the rest of a data set. The builder,
/// the data set, the document reader and writer iterate <see cref="FactKinds.Held"/> instead of naming such kinds.
/// </summary>
internal abstract class HeldKind : FactKind
{
    private protected HeldKind(string name, Type entity, Func<DataSetDocument, IEnumerable<DocumentFact>> facts)
        : base(name, entity, facts)
    {
    }

    /// <summary>A new list for the builder to collect the kind's facts in.</summary>
    internal abstract IList NewList();

    /// <summary>The added facts with their first fact per id (a later one is a problem), checked by the kind's rules;
    /// returns them as an <see cref="ImmutableArray{T}"/> of the entity.</summary>
    internal abstract object Check(IList added, FactChecks checks);

    /// <summary>The index of the checked facts (<see cref="FactIndex{TEntity}"/>), by id and by body.</summary>
    internal abstract object Index(object facts);

    /// <summary>Adds the data set's facts of this kind to a document.</summary>
    internal abstract void Write(AssemblyDataSet data, DataSetDocument document);

    /// <summary>Reads the document's facts of this kind into the reader's builder.</summary>
    internal abstract void Read(DataSetDocument document, DataSetDocumentReader reader);
}

/// <summary>A held kind whose facts are <typeparamref name="TEntity"/>, written as <typeparamref name="TDocument"/>.</summary>
internal sealed class HeldKind<TEntity, TDocument> : HeldKind
    where TEntity : class, IEntity<TEntity>
    where TDocument : class
{
    private readonly Func<DataSetDocument, List<TDocument>> list;
    private readonly Func<TEntity, AssemblyBody> body;
    private readonly Func<TEntity, TDocument> write;
    private readonly Func<TDocument, DataSetDocumentReader, TEntity> read;
    private readonly Action<ImmutableArray<TEntity>, FactChecks> check;

    /// <summary>Describes a held kind.</summary>
    /// <param name="name">The document's list, an import's counts and (in snake case) the table.</param>
    /// <param name="list">The kind's list in a document.</param>
    /// <param name="json">The document record's JSON metadata (a merge compares facts by their JSON content).</param>
    /// <param name="id">A document fact's id.</param>
    /// <param name="body">The body a fact belongs to.</param>
    /// <param name="write">A fact as the document holds it.</param>
    /// <param name="read">A document fact built through the entity's factory (the reader's helpers resolve ids).</param>
    /// <param name="check">The rules that tie the kind's facts to the rest of the data set (a date within the body's days).</param>
    /// <param name="referredTo">Whether facts of other kinds refer to this kind's by id (an activity to its project).</param>
    internal HeldKind(
        string name,
        Func<DataSetDocument, List<TDocument>> list,
        JsonTypeInfo<TDocument> json,
        Func<TDocument, string> id,
        Func<TEntity, AssemblyBody> body,
        Func<TEntity, TDocument> write,
        Func<TDocument, DataSetDocumentReader, TEntity> read,
        Action<ImmutableArray<TEntity>, FactChecks> check,
        bool referredTo = false)
        : base(name, typeof(TEntity), document => list(document).Select(fact => DocumentFact.Of(name, id(fact), fact, json)))
    {
        this.list = list;
        this.body = body;
        this.write = write;
        this.read = read;
        this.check = check;
        ReferredTo = referredTo;
    }

    /// <summary>Gets whether facts of other kinds refer to this kind's by id, so that a document reader keeps them by id.</summary>
    internal bool ReferredTo { get; }

    /// <summary>A fact as the document holds it (a reading's JSON writes its facts the same way).</summary>
    internal TDocument Write(TEntity fact) => write(fact);

    internal override IList NewList() => new List<TEntity>();

    internal override object Check(IList added, FactChecks checks)
    {
        ImmutableArray<TEntity> unique = checks.Unique((List<TEntity>)added);
        check(unique, checks);
        checks.Hold(unique);
        return unique;
    }

    internal override object Index(object facts) => new FactIndex<TEntity>((ImmutableArray<TEntity>)facts, body);

    internal override void Write(AssemblyDataSet data, DataSetDocument document)
    {
        ImmutableArray<TEntity> facts = data.Held(this);
        List<TDocument> documents = list(document);
        documents.EnsureCapacity(documents.Count + facts.Length);
        foreach (TEntity fact in facts)
        {
            documents.Add(write(fact));
        }
    }

    internal override void Read(DataSetDocument document, DataSetDocumentReader reader) =>
        reader.Each(list(document), Name, fact => reader.Add(read(fact, reader), ReferredTo));
}
