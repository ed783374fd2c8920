using Microsoft.CodeAnalysis;

namespace Kz.Assembly.Domain.Analyzers;

/// <summary>
/// The marker attributes and types the rules recognise, resolved once per compilation by full name. The analyzers
/// hold no reference to the library: any assembly (an application's own included) may declare the same attributes.
/// </summary>
internal sealed class DomainSymbols
{
    private const string Annotations = "Kz.Assembly.Domain.Annotations.";

    private DomainSymbols(Compilation compilation)
    {
        ValidRange = compilation.GetTypeByMetadataName(Annotations + "ValidRangeAttribute");
        ValidRangeWhen = compilation.GetTypeByMetadataName(Annotations + "ValidRangeWhenAttribute");
        NoDefault = compilation.GetTypeByMetadataName(Annotations + "NoDefaultAttribute");
        RomanNumeral = compilation.GetTypeByMetadataName(Annotations + "RomanNumeralAttribute");
        SingleScript = compilation.GetTypeByMetadataName(Annotations + "SingleScriptAttribute");
        NotBefore = compilation.GetTypeByMetadataName(Annotations + "NotBeforeAttribute");
        NotBeforeParameter = compilation.GetTypeByMetadataName(Annotations + "NotBeforeParameterAttribute");
        Localized = compilation.GetTypeByMetadataName(Annotations + "LocalizedAttribute");
        Exhaustive = compilation.GetTypeByMetadataName(Annotations + "ExhaustiveAttribute");
        UniqueSessionNumbers = compilation.GetTypeByMetadataName(Annotations + "UniqueSessionNumbersAttribute");
        MaxConcurrentTerms = compilation.GetTypeByMetadataName(Annotations + "MaxConcurrentTermsAttribute");
        QualifiedValue = compilation.GetTypeByMetadataName(Annotations + "QualifiedValueAttribute");
        LocalDate = compilation.GetTypeByMetadataName("NodaTime.LocalDate");
        SystemClock = compilation.GetTypeByMetadataName("NodaTime.SystemClock");
        Pure = compilation.GetTypeByMetadataName("System.Diagnostics.Contracts.PureAttribute");
        FormatProvider = compilation.GetTypeByMetadataName("System.IFormatProvider");
    }

    public INamedTypeSymbol? ValidRange { get; }

    public INamedTypeSymbol? ValidRangeWhen { get; }

    public INamedTypeSymbol? NoDefault { get; }

    public INamedTypeSymbol? RomanNumeral { get; }

    public INamedTypeSymbol? SingleScript { get; }

    public INamedTypeSymbol? NotBefore { get; }

    public INamedTypeSymbol? NotBeforeParameter { get; }

    public INamedTypeSymbol? Localized { get; }

    public INamedTypeSymbol? Exhaustive { get; }

    public INamedTypeSymbol? UniqueSessionNumbers { get; }

    public INamedTypeSymbol? MaxConcurrentTerms { get; }

    public INamedTypeSymbol? QualifiedValue { get; }

    public INamedTypeSymbol? LocalDate { get; }

    public INamedTypeSymbol? SystemClock { get; }

    public INamedTypeSymbol? Pure { get; }

    public INamedTypeSymbol? FormatProvider { get; }

    /// <summary>Resolves the symbols, or returns null when the compilation does not see the domain's annotations at all.</summary>
    public static DomainSymbols? Create(Compilation compilation)
    {
        var symbols = new DomainSymbols(compilation);
        return symbols.ValidRange is null && symbols.NoDefault is null ? null : symbols;
    }

    /// <summary>Finds every attribute of a given class on a symbol (for attributes that may repeat), matched by full name.</summary>
    public static System.Collections.Generic.List<AttributeData> FindAll(ISymbol symbol, INamedTypeSymbol? attribute)
    {
        var found = new System.Collections.Generic.List<AttributeData>();
        if (attribute is not null)
        {
            foreach (AttributeData data in symbol.GetAttributes())
            {
                if (SameName(data.AttributeClass, attribute))
                {
                    found.Add(data);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Finds an attribute of a given class on a symbol, without LINQ (this runs per node). Matched by full name, not by
    /// symbol: a project that declares its own copy of an annotation gets its copy resolved by the compilation, and
    /// the library's own attributes on its factories must still be seen. A copy of another shape is read as nothing
    /// (see <see cref="AttributeArgument.Number"/>), never as a crash.
    /// </summary>
    public static AttributeData? Find(ISymbol symbol, INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return null;
        }

        foreach (AttributeData data in symbol.GetAttributes())
        {
            if (SameName(data.AttributeClass, attribute))
            {
                return data;
            }
        }

        return null;
    }

    private static bool SameName(INamedTypeSymbol? candidate, INamedTypeSymbol attribute)
    {
        if (candidate is null || candidate.Name != attribute.Name || candidate.Arity != attribute.Arity)
        {
            return false;
        }

        INamespaceSymbol? left = candidate.ContainingNamespace, right = attribute.ContainingNamespace;
        for (; left is { IsGlobalNamespace: false } && right is { IsGlobalNamespace: false }; left = left.ContainingNamespace, right = right.ContainingNamespace)
        {
            if (left.Name != right.Name)
            {
                return false;
            }
        }

        return left is { IsGlobalNamespace: true } && right is { IsGlobalNamespace: true };
    }

    /// <summary>Whether a type belongs to the domain (a Kz.Assembly.Domain namespace) or to NodaTime.</summary>
    public static bool IsDomainOrNodaTime(ITypeSymbol? type) => IsDomain(type) || IsNodaTime(type);

    /// <summary>Whether a type lives in Kz.Assembly.Domain or a namespace below it.</summary>
    public static bool IsDomain(ITypeSymbol? type)
    {
        for (INamespaceSymbol? ns = type?.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name == "Domain" && ns.ContainingNamespace is { Name: "Assembly", ContainingNamespace: { Name: "Kz", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a type lives in NodaTime or a namespace below it.</summary>
    public static bool IsNodaTime(ITypeSymbol? type)
    {
        for (INamespaceSymbol? ns = type?.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name == "NodaTime" && ns.ContainingNamespace is { IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }
}
