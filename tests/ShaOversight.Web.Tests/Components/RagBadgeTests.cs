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
        var badge = Context.Render<RagBadge>(p => p.Add(x => x.Value, rag));

        var span = badge.Find("span.rag-badge");
        Assert.Equal(word, span.TextContent.Trim());
        Assert.Contains(colourClass, span.ClassList);
    }

    [Fact]
    public void Each_rating_has_its_own_colour()
    {
        var classes = Enum.GetValues<Rag>()
            .Select(rag => Context.Render<RagBadge>(p => p.Add(x => x.Value, rag)).Find("span").ClassName)
            .ToList();

        Assert.Equal(3, classes.Distinct().Count());
    }
}
