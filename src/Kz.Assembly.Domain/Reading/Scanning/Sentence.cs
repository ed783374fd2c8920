namespace Kz.Assembly.Domain.Reading.Scanning;

/// <summary>A sentence as a range of tokens [<paramref name="First"/>, <paramref name="End"/>), with the paragraph it
/// is in.</summary>
internal readonly record struct Sentence(int First, int End, int Paragraph);
