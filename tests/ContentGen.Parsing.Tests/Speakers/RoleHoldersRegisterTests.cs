using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>The register of who holds which role (<see cref="RoleHolders"/>), and what a role noun as a speaker then means.</summary>
public sealed class RoleHoldersRegisterTests
{
    [Fact]
    public void ARoleWithOneHolder_MeansThatHolder()
    {
        var roles = Roles("The mayor Jane Roe opened the new quay.");

        Assert.Equal("Jane Roe", roles.Holder("mayor", complement: null, salient: null, name => name, out var decided));
        Assert.True(decided);
    }

    [Fact]
    public void ARoleWithSeveralHolders_MeansTheSalientOne_OrNoOne()
    {
        var roles = Roles("The mayor Jane Roe met Tom Vale.", "The mayor Ann Lee spoke later.");

        Assert.Equal("Ann Lee", roles.Holder("mayor", complement: null, salient: "Ann Lee", name => name, out _));
        Assert.Null(roles.Holder("mayor", complement: null, salient: "Tom Vale", name => name, out var decided));
        Assert.True(decided);
    }

    // A hostile article giving one role to thousands of names: each question about the role reads
    // a bounded number of them, so the article reads in linear time.
    [Fact]
    public void ARoleGivenToThousandsOfNames_IsReadFromABoundedNumberOfThem()
    {
        var sentences = Surnames().Take(2_000).Select(surname => $"The mayor Anna {surname} opened the fair.").ToArray();
        var roles = Roles(sentences);
        var asked = 0;

        var holder = roles.Holder("mayor", complement: null, salient: null, name => { asked++; return name; }, out var decided);

        Assert.Null(holder);
        Assert.True(decided);
        Assert.InRange(asked, 2, 64);
    }

    private static RoleHolders Roles(params string[] sentences)
    {
        var roles = new RoleHolders(OneSentence.Cues);
        foreach (var sentence in sentences)
        {
            roles.Read(OneSentence.Tokens(sentence));
        }

        return roles;
    }

    // "Kab", "Kac", …: distinct capitalised surnames.
    private static IEnumerable<string> Surnames()
        => from first in "abcdefghijklmnopqrstuvwxyz" from second in "abcdefghijklmnopqrstuvwxyz" select $"K{first}{second}er";
}
