namespace ContentGen.Parsing.Speakers;

// "El director Jorge Sanz asegura …", "O diretor Nuno Pires garante …": a masculine article
// (MasculineArticles: Spanish "el", Portuguese "o", German "der") heading a role before a name shows
// a man, as a feminine one shows a woman ("la alcaldesa", "uma juíza"). Where the man's cue then drops
// its subject ("«…», dice."), nothing else shows his gender, so a later "Ella, en cambio, …" could not
// pass over him (SpeakerFinder.OtherGenderTurn.cs) and gave his turn back to him. Italian and French
// list no masculine articles: they write "il sindaco", "le ministre" of women too. Only where the
// article heads the phrase (RoleHolders.ShowGender's test): "la mujer del director, Ana Gil," names her.
internal sealed partial class RoleHolders
{
    // Whether `article` is a masculine one and `role` is no feminine role noun or title.
    private bool MasculineArticleShowsMan(Token article, System.ReadOnlySpan<char> role)
        => article.IsWord && _cues.Words.MasculineArticles.Contains(article.Span)
            && !_cues.Words.FemaleRoleNouns.Contains(role) && !_cues.Words.FemaleTitles.Contains(role);
}
