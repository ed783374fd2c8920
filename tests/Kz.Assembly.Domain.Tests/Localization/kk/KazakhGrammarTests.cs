using Kz.Assembly.Domain.Localization;

namespace Kz.Assembly.Domain.Tests.Localization.Kk;

public class KazakhGrammarTests
{
    [Theory]
    [InlineData("мың", KazakhCase.Dative, "мыңға")]
    [InlineData("мың", KazakhCase.Ablative, "мыңнан")]
    [InlineData("сәуір", KazakhCase.Locative, "сәуірде")]
    [InlineData("қала", KazakhCase.Genitive, "қаланың")]
    [InlineData("көл", KazakhCase.Genitive, "көлдің")]
    [InlineData("кітап", KazakhCase.Genitive, "кітаптың")]
    [InlineData("Ассамблеясы", KazakhCase.Genitive, "Ассамблеясының")]
    [InlineData("Қазақстан", KazakhCase.Locative, "Қазақстанда")]
    [InlineData("адам", KazakhCase.Accusative, "адамды")]
    [InlineData("бала", KazakhCase.Accusative, "баланы")]
    [InlineData("жүз", KazakhCase.Ablative, "жүзден")]
    [InlineData("ту", KazakhCase.Dative, "туға")]
    [InlineData("мамыр", KazakhCase.Locative, "мамырда")]
    [InlineData("желтоқсан", KazakhCase.Locative, "желтоқсанда")]
    [InlineData("шілде", KazakhCase.Locative, "шілдеде")]
    public void Case_endings_follow_harmony_and_the_final_sound(string word, KazakhCase grammaticalCase, string expected) =>
        Assert.Equal(expected, KazakhGrammar.Inflect(word, grammaticalCase));

    [Theory]
    [InlineData("іс-шара", "мен")]
    [InlineData("тұрақтылық", "пен")]
    [InlineData("жүз", "бен")]
    [InlineData("бірлік", "пен")]
    [InlineData("адам", "мен")]
    public void The_conjunction_agrees_with_the_word_before_it(string word, string conjunction) =>
        Assert.Equal(conjunction, KazakhGrammar.Conjunction(word));
}
