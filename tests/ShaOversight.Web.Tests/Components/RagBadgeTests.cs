using ShaOversight.Core.Domain;
using ShaOversight.Web.Components.Shared;

namespace ShaOversight.Web.Tests.Components;

public sealed class RagBadgeTests : ComponentTest
{
    [Theory]
    [InlineData(Rag.Red, "Red", "rag-red")]
    [InlineData(Rag.Amber, "Amber", "rag-amber")]
    [InlineData(Rag.Green, "Green", "rag-green")]
    public void Says_the_rating_in_words_not_colour_alone(Rag rag, string word, string colourClass)
    {
        var badge = Context.Render(builder => builder.AddContent(0, RagBadge.Of(rag)));

        var span = badge.Find("span.rag-badge");
        Assert.Equal(word, span.TextContent.Trim());
        Assert.Contains(colourClass, span.ClassList);
    }

    [Fact]
    public void Each_rating_has_its_own_colour()
    {
        var classes = Enum.GetValues<Rag>()
            .Select(rag => Context.Render(builder => builder.AddContent(0, RagBadge.Of(rag))).Find("span").ClassName)
            .ToList();

        Assert.Equal(3, classes.Distinct().Count());
    }

    [Fact]
    public void No_rating_says_so_rather_than_pretending_to_a_colour()
    {
        var badge = Context.Render(builder => builder.AddContent(0, RagBadge.Of(null)));

        var span = badge.Find("span.rag-badge");
        Assert.Equal("Not rated", span.TextContent);
        Assert.Contains("rag-none", span.ClassList);
    }
}
