using Microsoft.Extensions.Configuration;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;

namespace ShaOversight.Tests.Application;

public sealed class ChangeFeedSettingsTests
{
    private static ChangeFeedSettings Read(string? pollSeconds) => ChangeFeedSettings.From(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ChangeFeed:PollSeconds"] = pollSeconds }).Build());

    [Fact]
    public void Unset_the_feed_is_read_every_two_seconds_and_a_fraction_of_a_second_may_be_given()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), Read(null).PollInterval);
        Assert.Equal(TimeSpan.FromMilliseconds(500), Read("0.5").PollInterval);
    }

    [Theory]
    [InlineData("0", "ChangeFeed:PollSeconds must be more than 0 and at most 60 seconds")]
    [InlineData("soon", "ChangeFeed:PollSeconds is 'soon', which is not a number of seconds.")]
    public void A_poll_interval_that_is_not_a_sensible_number_of_seconds_stops_start_up_naming_the_setting(string value, string message)
    {
        var refused = Assert.Throws<SettingsException>(() => Read(value));
        Assert.StartsWith(message, refused.Message);
    }
}
