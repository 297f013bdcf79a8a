using ShaOversight.Core.Application;

namespace ShaOversight.Tests.Application;

/// <summary>How one instance tells its own subscribers of a change: every one hears it, whatever another does.</summary>
public sealed class DataChangesTests
{
    private static readonly DataChange AChange = new("return FESC-5AT-001 2009-06", new HashSet<int> { 1 }, "Someone", DateTimeOffset.UtcNow);

    [Fact]
    public void A_subscriber_that_throws_neither_stops_the_later_ones_hearing_nor_reaches_the_publisher()
    {
        var changes = new DataChanges();
        var heard = new List<string>();
        changes.Committed += _ => throw new InvalidOperationException("a page that failed to reload");
        changes.Committed += change => heard.Add(change.What);

        changes.Publish(AChange);

        Assert.Equal([AChange.What], heard);
    }

    [Fact]
    public async Task The_national_figures_are_forgotten_even_when_a_page_subscribed_before_them_throws()
    {
        var changes = new DataChanges();
        changes.Committed += _ => throw new InvalidOperationException("a page that failed to reload");
        using var national = new NationalFigures(changes);
        await national.GetAsync("key", () => Task.FromResult("before the change"));

        changes.Publish(AChange);

        Assert.Equal("after the change", await national.GetAsync("key", () => Task.FromResult("after the change")));
    }
}
