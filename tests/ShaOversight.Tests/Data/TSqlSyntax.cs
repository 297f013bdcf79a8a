using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ShaOversight.Tests.Data;

/// <summary>
/// No SQL Server runs here, so SQL Server statements are checked with Microsoft's own T-SQL
/// parser instead: the grammar of SQL Server 2016 (compatibility level 130), the oldest the app
/// supports. Dynamic SQL inside <c>EXEC(N'…')</c>, which EF's idempotent scripts use for
/// triggers and views, is parsed too, since the outer parse sees only a string.
/// </summary>
internal static class TSqlSyntax
{
    public static IReadOnlyList<string> Errors(string sql, string source)
    {
        var parser = new TSql130Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        var found = errors.Select(e => $"{source} line {e.Line}: {e.Message}").ToList();
        if (found.Count > 0) return found;

        var dynamicSql = new DynamicSqlFinder();
        fragment.Accept(dynamicSql);
        foreach (var (inner, index) in dynamicSql.Statements.Select((s, i) => (s, i)))
            found.AddRange(Errors(inner, $"{source}, EXEC string {index + 1}"));
        return found;
    }

    /// <summary>The literal text of every <c>EXEC(N'…')</c> in a script.</summary>
    public static IReadOnlyList<string> DynamicStatements(string sql)
    {
        var parser = new TSql130Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out _);
        var finder = new DynamicSqlFinder();
        fragment.Accept(finder);
        return finder.Statements;
    }

    private sealed class DynamicSqlFinder : TSqlFragmentVisitor
    {
        public List<string> Statements { get; } = [];

        public override void Visit(ExecutableStringList node)
        {
            var literals = node.Strings.OfType<StringLiteral>().Select(s => s.Value).ToList();
            if (literals.Count == node.Strings.Count) Statements.Add(string.Concat(literals));
        }
    }
}
