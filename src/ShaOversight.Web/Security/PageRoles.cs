using ShaOversight.Core.Security;

namespace ShaOversight.Web.Security;

/// <summary>Role lists for <c>[Authorize(Roles = …)]</c> on pages that only some roles may open.</summary>
public static class PageRoles
{
    /// <summary>Those who may change data: analysts (in their own SHA) and administrators.</summary>
    public const string Writers = RoleNames.Analyst + "," + RoleNames.Admin;
}
