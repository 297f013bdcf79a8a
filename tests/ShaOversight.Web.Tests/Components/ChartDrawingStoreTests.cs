using ShaOversight.Web.Components.Charts;

namespace ShaOversight.Web.Tests.Components;

/// <summary>What a live page's chart addresses name, and whose they are (Components/Charts).</summary>
public sealed class ChartDrawingStoreTests
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Savings</title></svg>";

    [Fact]
    public void The_same_drawing_has_the_same_address_so_the_browsers_copy_serves_it_again()
    {
        using var store = new ChartDrawingStore();

        Assert.Equal(store.KeyOf(Svg), store.Keep("board-member", Svg));
        Assert.Equal(store.Keep("board-member", Svg), store.Keep("analyst", Svg));
        Assert.NotEqual(store.KeyOf(Svg), store.KeyOf(Svg.Replace("Savings", "Uptake")));
    }

    [Fact]
    public void A_drawing_is_found_only_for_the_users_who_drew_it()
    {
        using var store = new ChartDrawingStore();
        var key = store.Keep("board-member", Svg);

        Assert.Equal(Svg, store.Find("board-member", key));
        Assert.Null(store.Find("someone-else", key));
        Assert.Null(store.Find("", key));

        store.Keep("someone-else", Svg);
        Assert.Equal(Svg, store.Find("someone-else", key));
    }

    [Fact]
    public void An_address_says_nothing_of_the_drawing_and_differs_between_servers()
    {
        using var first = new ChartDrawingStore();
        using var second = new ChartDrawingStore();

        var key = first.KeyOf(Svg);

        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.NotEqual(key, second.KeyOf(Svg));
        Assert.Null(second.Find("board-member", first.Keep("board-member", Svg)));
    }

    [Fact]
    public void Two_users_drawing_the_same_chart_at_once_can_both_fetch_it()
    {
        using var store = new ChartDrawingStore();
        var users = Enumerable.Range(0, 16).Select(i => $"user-{i}").ToList();

        var keys = users.AsParallel().WithDegreeOfParallelism(8).Select(user => store.Keep(user, Svg)).Distinct().ToList();

        var key = Assert.Single(keys);
        Assert.All(users, user => Assert.Equal(Svg, store.Find(user, key)));
    }

    [Fact]
    public void A_full_store_makes_room_for_a_new_drawing_rather_than_refusing_it()
    {
        using var store = new ChartDrawingStore();
        // Each a quarter of the store: the fifth does not fit until the oldest go.
        var drawings = Enumerable.Range(0, 5).Select(i => $"<svg>{i}{new string('x', (int)(ChartDrawingStore.MostChars / 4) - 20)}</svg>").ToList();

        var keys = drawings.Select(svg => store.Keep("board-member", svg)).ToList();

        Assert.Equal(drawings[^1], store.Find("board-member", keys[^1]));
    }
}
