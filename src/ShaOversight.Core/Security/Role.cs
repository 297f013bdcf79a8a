namespace ShaOversight.Core.Security;

/// <summary>
/// The five roles of the product brief. The names are the Entra ID app role values, so a
/// token's "roles" claim maps straight onto them.
/// </summary>
public enum Role
{
    /// <summary>Department of Health commissioning directorate: all of England, read-only.</summary>
    National,

    /// <summary>SHA board member: their SHA and its PCTs, read-only.</summary>
    BoardMember,

    /// <summary>SHA performance analyst: as a board member, and may load and edit their SHA's data.</summary>
    Analyst,

    /// <summary>PCT chief executive: their own PCT in full, peers' ratings and aggregates.</summary>
    Pct,

    /// <summary>System administrator: everything, including reference data and user scopes.</summary>
    Admin,
}

public static class RoleNames
{
    public const string National = nameof(Role.National);
    /// <summary>
    /// "Sha", not "BoardMember": the app role value Entra ID registrations already assign, and audit
    /// history already records. The code says what the role is; the value stays what tenants hold.
    /// </summary>
    public const string BoardMember = "Sha";
    public const string Analyst = nameof(Role.Analyst);
    public const string Pct = nameof(Role.Pct);
    public const string Admin = nameof(Role.Admin);

    /// <summary>For <c>[Authorize(Roles = ...)]</c>: anyone with one of the five roles.</summary>
    public const string Any = "National,Sha,Analyst,Pct,Admin";

    /// <summary>The role's app role value: what a token's "roles" claim carries.</summary>
    public static string ValueOf(Role role) => role == Role.BoardMember ? BoardMember : role.ToString();

    public static string Describe(Role role) => role switch
    {
        Role.National => "DoH commissioning directorate",
        Role.BoardMember => "SHA board member",
        Role.Analyst => "SHA performance analyst",
        Role.Pct => "PCT chief executive",
        Role.Admin => "System administrator",
        _ => role.ToString(),
    };
}
