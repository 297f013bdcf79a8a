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

    public bool SeesAllOfEngland => Role is Security.Role.National or Security.Role.Admin;

    /// <summary>A role that needs an organisation but has none cannot see anything yet.</summary>
    public bool HasUsableScope => SeesAllOfEngland || Role is not null && Organisation is not null && Region is not null;

    /// <summary>Whether the user may see this SHA's region in full (its PCTs, contracts and returns).</summary>
    public bool CanSeeRegion(int shaId) => SeesAllOfEngland || Role is Security.Role.Sha or Security.Role.Analyst && Region?.Id == shaId;

    /// <summary>Whether the user may see this PCT's own data (contracts, returns, uptake).</summary>
    public bool CanSeePct(int pctId, int shaId) => CanSeeRegion(shaId) || Role == Security.Role.Pct && Organisation?.Id == pctId;

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
