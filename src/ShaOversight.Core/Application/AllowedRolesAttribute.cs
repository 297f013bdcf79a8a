using ShaOversight.Core.Security;

namespace ShaOversight.Core.Application;

/// <summary>
/// Limits a message to some roles. A message without it is open to any of the five roles;
/// row-level scope is then checked by its handler through <see cref="UserAccess"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedRolesAttribute(params Role[] roles) : Attribute
{
    public IReadOnlyList<Role> Roles { get; } = roles;
}
