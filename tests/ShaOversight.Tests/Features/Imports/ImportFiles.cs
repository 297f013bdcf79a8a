using System.Text;
using ShaOversight.Core.Features.Imports;

namespace ShaOversight.Tests.Features.Imports;

/// <summary>Builds upload files for tests, good and bad.</summary>
public static class ImportFiles
{
    public const string ReturnsHeader = "Contract reference,Month,Claimed (£),Validated (£)";

    public static UploadedFile Csv(string name, params string[] lines) =>
        new(name, Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    public static UploadedFile Returns(params string[] rows) => Csv("returns.csv", [ReturnsHeader, .. rows]);
}
