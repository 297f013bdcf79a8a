namespace ShaOversight.Core.Security;

/// <summary>
/// Who is asking, and what they may see: their role (from the identity provider) and the
/// organisation they are scoped to (kept by the app). Every query and command decides on this.
/// </summary>
public sealed record UserAccess(
    string ObjectId,
    string DisplayName,
    Role? Role,
    OrganisationRef? Organisation,
    OrganisationRef? Region)
{
    public static readonly UserAccess Anonymous = new("", "Anonymous", null, null, null);

    /// <summary>Signed out on the server (or never signed in through a session): nothing is allowed.</summary>
    public bool SessionEnded { get; init; }

    public static UserAccess EndedSession(string objectId, string displayName) =>
        new(objectId, displayName, null, null, null) { SessionEnded = true };

    public bool SeesAllOfEngland => Role is Security.Role.National or Security.Role.Admin;

    /// <summary>A role that needs an organisation but has none cannot see anything yet.</summary>
    public bool HasUsableScope => SeesAllOfEngland || Role is not null && Organisation is not null && Region is not null;

    /// <summary>Whether the user may see this SHA's region in full (its PCTs, contracts and returns).</summary>
    public bool CanSeeRegion(int shaId) => SeesAllOfEngland || Role is Security.Role.BoardMember or Security.Role.Analyst && Region?.Id == shaId;

    /// <summary>Whether the user may see this PCT's own data (contracts, returns, uptake).</summary>
    public bool CanSeePct(int pctId, int shaId) => CanSeeRegion(shaId) || Role == Security.Role.Pct && Organisation?.Id == pctId;

    /// <summary>A PCT chief executive sees their own region's totals and peers' published ratings, not its contracts.</summary>
    public bool SeesAggregatesOf(int shaId) => Role == Security.Role.Pct && Region?.Id == shaId;

    /// <summary>A contract is read by those who see its region, and by the chief executive of a PCT it serves.</summary>
    public bool CanReadContract(int regionId, IEnumerable<int> servedPctIds) =>
        CanSeeRegion(regionId) || Role == Security.Role.Pct && Organisation is { } pct && servedPctIds.Contains(pct.Id);

    /// <summary>
    /// Whether a live-update notice may name a change and who made it: only to a viewer who sees
    /// every region it touched in full. Others are told only that figures were updated.
    /// </summary>
    public bool CanSeeChangeIn(IReadOnlySet<int> regionIds) => regionIds.Count > 0 && regionIds.All(CanSeeRegion);

    /// <summary>
    /// Whether the user may load or edit this SHA's data: its analysts, and administrators.
    /// Board members, the DoH directorate and PCT chief executives read only.
    /// </summary>
    public bool CanWriteRegion(int shaId) => Role == Security.Role.Admin || Role == Security.Role.Analyst && Region?.Id == shaId;

    /// <summary>Whether the user may write anything at all; the import and edit pages are shown only then.</summary>
    public bool CanWrite => Role is Security.Role.Admin or Security.Role.Analyst && HasUsableScope;

    public string Describe() => Role is { } role
        ? $"{RoleNames.Describe(role)}{(Organisation is { } org ? $", {org.Name}" : "")}"
        : "No role";
}

public sealed record OrganisationRef(int Id, string Code, string Name);
