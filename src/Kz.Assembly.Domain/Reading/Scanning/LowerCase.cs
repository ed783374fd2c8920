using System;

namespace Kz.Assembly.Domain.Reading.Scanning;

/// <summary>
/// Lower case exactly as <see cref="char.ToLowerInvariant(char)"/> and <see cref="string.ToLowerInvariant()"/> give it,
/// looked up in a table for the Latin and Cyrillic letters reports are written in. The runtime lowers every letter outside
/// ASCII through ICU, one call a letter: measured with dotnet-trace, that was half of reading the article.
/// </summary>
internal static class LowerCase
{
    // Basic Latin up to the end of the Cyrillic Supplement (Kazakh's ә ғ қ ң ө ұ ү һ і, the 2018 Latin's á ǵ ń ó ú ý ı).
    private const int TableEnd = 0x0530;

    private const int StackLimit = 256;

    private static readonly char[] Table = Build();

    /// <summary>The letter in lower case.</summary>
    public static char Of(char c) => c < TableEnd ? Table[c] : char.ToLowerInvariant(c);

    /// <summary>The text in lower case (the same string where nothing changes).</summary>
    public static string Of(string text) => Of(text.AsSpan(), text);

    /// <summary>A slice of a text in lower case.</summary>
    public static string Of(ReadOnlySpan<char> text) => Of(text, null);

    private static string Of(ReadOnlySpan<char> text, string? whole)
    {
        int first = 0;
        while (first < text.Length && text[first] < TableEnd && Table[text[first]] == text[first])
        {
            first++;
        }

        if (first == text.Length)
        {
            return whole ?? text.ToString();
        }

        // A letter beyond the table (a surrogate pair among them): the runtime's own casing, for the whole text.
        foreach (char c in text[first..])
        {
            if (c >= TableEnd)
            {
                return (whole ?? text.ToString()).ToLowerInvariant();
            }
        }

        // Words are short: lowered on the stack, one string allocated.
        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        text[..first].CopyTo(buffer);
        for (int i = first; i < text.Length; i++)
        {
            buffer[i] = Table[text[i]];
        }

        return new string(buffer);
    }

    private static char[] Build()
    {
        char[] table = new char[TableEnd];
        for (int c = 0; c < TableEnd; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
