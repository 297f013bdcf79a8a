namespace ShaOversight.Web.Components.Forms;

/// <summary>One field of a record two people changed: what this user typed, and what is stored now.</summary>
public sealed record ConflictRow(string Field, string Yours, string Current)
{
    public bool Differs => Yours != Current;
}
