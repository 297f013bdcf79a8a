using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ShaOversight.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_FileHash",
                table: "AuditEntries",
                column: "FileHash");

            // Append-only below the application too: raw SQL cannot rewrite history either.
            // CREATE TRIGGER must start its batch, and the idempotent script wraps every step
            // in IF … BEGIN … END, so it goes through EXEC as EF's own scripts do for views.
            migrationBuilder.Sql("""
                EXEC(N'CREATE TRIGGER AuditEntries_AppendOnly ON AuditEntries INSTEAD OF UPDATE, DELETE
                AS THROW 51000, ''Audit entries are append-only.'', 1;');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER AuditEntries_AppendOnly;");
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_FileHash",
                table: "AuditEntries");
        }
    }
}
