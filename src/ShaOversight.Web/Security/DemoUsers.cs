using ShaOversight.Core.Security;

namespace ShaOversight.Web.Security;

/// <summary>A laptop user for demonstrations: one per role. Their scopes live in seed/user-scopes.csv.</summary>
public sealed record DemoUser(string Key, string ObjectId, string Name, Role? Role, string Description);

public static class DemoUsers
{
    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("national", "00000000-0000-0000-0000-00000000d0e1", "Demo: DoH commissioning directorate", Role.National,
            "Department of Health commissioning directorate: all of England, read-only."),
        new("sha", "00000000-0000-0000-0000-00000000a0b1", "Demo: NHS London board member", Role.BoardMember,
            "SHA board member for NHS London: the region and its 31 PCTs, read-only."),
        new("analyst", "00000000-0000-0000-0000-00000000a0b2", "Demo: NHS London performance analyst", Role.Analyst,
            "SHA performance analyst for NHS London: loads and corrects the region's data."),
        new("pct", "00000000-0000-0000-0000-00000000c0e1", "Demo: Hillingdon PCT chief executive", Role.Pct,
            "PCT chief executive of Hillingdon PCT: their own PCT in full, peers' ratings and aggregates."),
        new("admin", "00000000-0000-0000-0000-00000000ad01", "Demo: system administrator", Role.Admin,
            "System administrator: everything, including reference data and who is scoped to what."),
    ];

    /// <summary>Not offered on the sign-in page: it exists to prove that a user with no role is turned away.</summary>
    public static readonly DemoUser WithoutRole =
        new("norole", "00000000-0000-0000-0000-000000000000", "Demo: user with no role", null, "Signed in, but given no role.");

    public static DemoUser? Find(string? key) =>
        All.FirstOrDefault(u => u.Key == key) ?? (key == WithoutRole.Key ? WithoutRole : null);
}
