using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Web.Components.Forms;
using ShaOversight.Web.Features.Contracts;
using ShaOversight.Web.Tests.Components;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Forms;

/// <summary>The monthly return form over the real pipeline: the validator's messages land beside their fields, and a conflict is shown, never overwritten.</summary>
public sealed class MonthlyReturnFormTests : ComponentTest, IClassFixture<CoreDatabase>
{
    private readonly CoreDatabase _database;

    public MonthlyReturnFormTests(CoreDatabase database)
    {
        _database = database;
        database.AddTo(Context.Services);
    }

    private async Task<(int ContractId, string Month)> LondonReturnAsync(int skip)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT r.ContractId, substr(r.Month, 1, 7) FROM MonthlyReturns r JOIN Contracts c ON c.Id = r.ContractId
            JOIN Organisations b ON b.Id = c.BuyerId JOIN Organisations s ON s.Id = b.ParentId
            WHERE s.Code = 'Q36' ORDER BY r.Id LIMIT 1 OFFSET {skip}
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetString(1));
    }

    private IRenderedComponent<MonthlyReturnEditPage> RenderForm(int contractId, string month)
    {
        var form = Context.Render<MonthlyReturnEditPage>(p => p.Add(x => x.Id, contractId).Add(x => x.Month, month));
        form.WaitForElement("form");
        return form;
    }

    private static string FieldText(IRenderedComponent<MonthlyReturnEditPage> form, string label) =>
        form.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label).TextContent;

    [Fact]
    public async Task Each_refused_amount_is_explained_beside_its_own_field()
    {
        var (contractId, month) = await LondonReturnAsync(0);
        var form = RenderForm(contractId, month);

        form.FindAll("input")[0].Change("100");
        form.FindAll("input")[1].Change("250");
        await form.Find("form").SubmitAsync();

        form.WaitForAssertion(() => Assert.Contains("Savings validated cannot be more than the savings claimed.", FieldText(form, "Savings validated (£)")));
        Assert.DoesNotContain("cannot be more", FieldText(form, "Savings claimed (£)"));
        Assert.Single(form.FindAll(".mud-input-control"), c => c.ClassList.Contains("mud-input-error") || c.QuerySelector(".mud-input-error") is not null);

        form.FindAll("input")[0].Change("");
        await form.Find("form").SubmitAsync();

        form.WaitForAssertion(() => Assert.Contains("Enter the savings claimed", FieldText(form, "Savings claimed (£)")));
    }

    [Fact]
    public async Task A_change_saved_by_someone_else_is_announced_and_then_shown_beside_the_users_own_values()
    {
        var (contractId, month) = await LondonReturnAsync(1);
        var form = RenderForm(contractId, month);
        var user = Context.Services.GetRequiredService<SwitchableUser>();

        user.Principal = CoreDatabase.Administrator;
        var stored = await Context.Services.GetRequiredService<ISender>().Send(new GetMonthlyReturnForEdit(contractId, DateOnly.ParseExact(month, "yyyy-MM")));
        await form.InvokeAsync(async () => await Context.Services.GetRequiredService<ISender>()
            .Send(new RecordMonthlyReturn(contractId, stored.Month, 7_000m, 6_000m, stored.Version)));
        user.Principal = CoreDatabase.LondonAnalyst;

        form.WaitForAssertion(() => Assert.Contains("This return was changed by Test Administrator", form.Markup));
        form.FindAll("input")[0].Change("9000");
        form.FindAll("input")[1].Change("");
        await form.Find("form").SubmitAsync();

        form.WaitForAssertion(() => Assert.Contains("Someone else saved this first", form.Markup));
        Assert.DoesNotContain("This return was changed by", form.Markup);
        var panel = form.FindComponent<ConflictPanel>();
        var rows = panel.FindAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(["Savings claimed£9,000.00£7,000.00", "Savings validated–£6,000.00"], rows);
        Assert.Contains("Test Administrator changed this record", panel.Markup);

        await panel.FindAll("button").Single(b => b.TextContent.Contains("Discard mine")).ClickAsync();

        form.WaitForAssertion(() => Assert.Empty(form.FindComponents<ConflictPanel>()));
        Assert.Equal("7000.00", form.FindAll("input")[0].GetAttribute("value"));
    }
}
