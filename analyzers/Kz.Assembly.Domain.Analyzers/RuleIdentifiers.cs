namespace Kz.Assembly.Domain.Analyzers;

/// <summary>The rule ids, and where each rule's page lives.</summary>
public static class RuleIdentifiers
{
    public const string ConstantOutOfRange = "ASM0001";
    public const string InvalidRomanNumeral = "ASM0002";
    public const string MixedScript = "ASM0003";
    public const string DefaultDomainValue = "ASM0004";
    public const string DateBeforeBound = "ASM0005";
    public const string SystemClock = "ASM0006";
    public const string DiscardedPureResult = "ASM0007";
    public const string NonExhaustiveSwitch = "ASM0008";
    public const string CultureFreeFormatting = "ASM0009";
    public const string ConstantCollection = "ASM0010";
    public const string QualifiedValueArithmetic = "ASM0011";

    public const string DomainCategory = "Domain";
    public const string LocalizationCategory = "Localization";

    /// <summary>The base of every rule's help link: its page is docs/rules/ASMxxxx.md in the repository whose URL
    /// Directory.Build.props sets (RepositoryUrl), the same the package's nuspec names.</summary>
    public const string HelpBase = Repository.Url + "/blob/" + Repository.Branch + "/docs/rules/";

    public static string HelpLink(string id) => HelpBase + id + ".md";
}
