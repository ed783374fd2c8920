namespace Kz.Assembly.Domain.Reading.Scanning;

/// <summary>A sentence as a range of tokens [<paramref name="First"/>, <paramref name="End"/>), with the paragraph it
/// is in; <paramref name="Aside"/> for a clause split off a sentence because it names a period of its own for a count
/// of its own (a comparison), whose period does not carry on to the sentences after it.</summary>
internal readonly record struct Sentence(int First, int End, int Paragraph, bool Aside = false);
