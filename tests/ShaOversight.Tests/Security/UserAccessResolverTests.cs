using System.Security.Claims;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Security;

public sealed class UserAccessTests
{
    private static readonly OrganisationRef London = new(7, "Q36", "NHS London");
    private static readonly OrganisationRef Hillingdon = new(117, "5AT", "Hillingdon PCT");

    [Fact]
    public void A_pct_chief_executive_may_see_their_own_pct_but_not_a_neighbour_or_the_whole_region()
    {
        var user = new UserAccess("x", "CE", Role.Pct, Hillingdon, London);

        Assert.True(user.CanSeePct(117, 7));
        Assert.False(user.CanSeePct(118, 7));
        Assert.False(user.CanSeeRegion(7));
    }

    [Fact]
    public void An_sha_board_member_sees_every_pct_in_their_region_and_none_outside()
    {
        var user = new UserAccess("x", "Board", Role.BoardMember, London, London);

        Assert.True(user.CanSeeRegion(7));
        Assert.True(user.CanSeePct(118, 7));
        Assert.False(user.CanSeeRegion(8));
        Assert.False(user.CanSeePct(200, 8));
    }

    [Theory]
    [InlineData(Role.National)]
    [InlineData(Role.Admin)]
    public void National_and_admin_roles_see_all_of_england_without_an_organisation(Role role)
    {
        var user = new UserAccess("x", "n", role, null, null);
        Assert.True(user.HasUsableScope);
        Assert.True(user.CanSeeRegion(3));
        Assert.True(user.CanSeePct(99, 3));
    }
}

[Collection(SeededDatabase.Name)]
public sealed class UserAccessResolverTests(SliceFixture fixture)
{
    [Fact]
    public async Task The_hillingdon_chief_executive_is_scoped_to_hillingdon_in_london()
    {
        var access = await fixture.ResolveAsync(SliceFixture.HillingdonChiefExecutive);

        Assert.Equal(Role.Pct, access.Role);
        Assert.Equal("5AT", access.Organisation?.Code);
        Assert.Equal("Q36", access.Region?.Code);
    }

    [Fact]
    public async Task With_several_roles_the_widest_wins()
    {
        var principal = SliceFixture.Principal("00000000-0000-0000-0000-00000000a0b1", Role.BoardMember);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(UserAccessResolver.RolesClaim, nameof(Role.Analyst)));

        var access = await fixture.ResolveAsync(principal);

        Assert.Equal(Role.Analyst, access.Role);
    }

    [Fact]
    public async Task An_unknown_role_name_counts_as_no_role()
    {
        var principal = SliceFixture.Principal("00000000-0000-0000-0000-00000000a0b1", null);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(UserAccessResolver.RolesClaim, "Superuser"));

        var access = await fixture.ResolveAsync(principal);

        Assert.Null(access.Role);
        Assert.False(access.HasUsableScope);
    }
}
