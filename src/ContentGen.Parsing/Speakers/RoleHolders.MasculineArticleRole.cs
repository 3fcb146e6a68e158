namespace ContentGen.Parsing.Speakers;

// "El director Jorge Sanz asegura …", "O diretor Nuno Pires garante …": a masculine article
// (MasculineArticles: Spanish "el", Portuguese "o", German "der") heading a role before a name shows
// a man, as a feminine one shows a woman ("la alcaldesa", "uma juíza"). Where the man's cue then drops
// its subject ("«…», dice."), nothing else shows his gender, so a later "Ella, en cambio, …" could not
// pass over him (SpeakerFinder.OtherGenderTurn.cs) and gave his turn back to him. Italian and French
// list no masculine articles: they write "il sindaco", "le ministre" of women too. Only where the
// article heads the phrase (ArticleHeadsRole, ShowGender's test): "la mujer del director, Ana Gil," names her.
// Kept apart from the genders ShowGender shows, and asked only by the other gender's turn: shown to
// every pronoun's reading, it took a bare role's later epithet ("explicou a autarca") and a person
// named after a particle from the readings that were right (the parsing tests' Portuguese and Spanish
// rows), so it serves only to rule the last speaker out.
internal sealed partial class RoleHolders
{
    // The people a masculine article before their role showed to be men; made at the first.
    private System.Collections.Generic.HashSet<string>? _maleByArticle;

    /// <summary>Whether a masculine article heading a role before <paramref name="person"/>'s name showed a man.</summary>
    public bool ShownMaleByArticle(string person)
    {
        if (_maleByArticle is null)
        {
            return false;
        }

        foreach (var name in _maleByArticle)
        {
            if (SamePerson(name, person))
            {
                return true;
            }
        }

        return false;
    }

    // Asked only of a role that shows no gender of its own (neither a female role nor a man's title).
    private void NoteMasculineArticleHolder(System.Collections.Generic.IReadOnlyList<Token> sentence, int role, Token article, string name)
    {
        if (!article.IsWord || !_cues.Words.MasculineArticles.Contains(article.Span) || !ArticleHeadsRole(sentence, role, article))
        {
            return;
        }

        _maleByArticle ??= new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        if (_maleByArticle.Count < MaxShown)
        {
            _maleByArticle.Add(name);
        }
    }
}
