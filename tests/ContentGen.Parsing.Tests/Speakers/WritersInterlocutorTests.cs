using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "J'ai posé la question à X. Pour lui, « … »": a sentence whose subject is the writer and that
/// names one person in full brings that person in; a later pronoun means them, not whoever was in
/// focus before, in every language that writes the first person's pronoun. Two people named leave
/// the pronoun to no one new.
/// </summary>
public sealed class WritersInterlocutorTests
{
    [Theory]
    [InlineData("Le projet coûte cher, selon Claire Dumas. « Il faut revoir tout le dossier », a-t-elle dit.",
        "J’ai posé la question à Bernard Lestrade, vice-président chargé de l’environnement. Pour lui, « le rapport a raison sur le fond ».", "Bernard Lestrade")]
    [InlineData("Le projet coûte cher, selon Claire Dumas. « Il faut revoir tout le dossier », a-t-elle dit.",
        "Nous avons joint Bernard Lestrade au téléphone. « On ne va pas faire payer les gens au poids », a-t-il expliqué.", "Bernard Lestrade")]
    [InlineData("The scheme is costly, Claire Dunn said. \"We must look again at the whole plan,\" she said.",
        "I asked Tom Vale, who runs the depot, about the plan. \"The report is right on the facts,\" he said.", "Tom Vale")]
    [InlineData("Het plan is duur, zegt Claire Dekker. \"We moeten alles opnieuw bekijken,\" zei ze.",
        "Ik sprak Tom de Vries over het plan. \"Het rapport heeft gelijk,\" zei hij.", "Tom de Vries")]
    public void APronounAfterTheWritersOnePerson_MeansThem(string before, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Le projet divise la commune", before, paragraph)[1]);

    [Theory]
    // Two people named: the pronoun may mean either.
    [InlineData("Le projet coûte cher, selon Paul Morel. « Il faut revoir tout le dossier », a-t-il dit.",
        "J’ai posé la question à Bernard Lestrade et à Marc Delorme. « Le rapport a raison », a-t-il répondu.")]
    // A subject in the third person: the sentence is about someone else, not the writer's talk.
    [InlineData("Le projet coûte cher, selon Paul Morel. « Il faut revoir tout le dossier », a-t-il dit.",
        "Jean Roux a posé la question à Bernard Lestrade. « Le rapport a raison », a-t-il répondu.")]
    public void AnUnsureOrThirdPersonIntroduction_GivesNotTheNamedPerson(string before, string paragraph)
        => Assert.NotEqual("Bernard Lestrade", QuoteSpeakers.Under("Le projet divise la commune", before, paragraph)[1]);
}
